package org.inkpool.layout.page;

import java.util.List;

/**
 * One page: its size in points, what is drawn on it in painting order, and what a reader navigates by
 * on it (links, bookmark destinations, headings, its page number).
 */
public record Page(double width, double height, List<PageItem> items, PageMarks marks) {
    public Page {
        items = List.copyOf(items);
        marks = marks == null ? PageMarks.NONE : marks;
    }

    /** A page with nothing to navigate by. */
    public Page(double width, double height, List<PageItem> items) {
        this(width, height, items, PageMarks.NONE);
    }
}
