package org.inkpool.layout;

import java.util.List;

/** One page: its size in points and what is drawn on it, in painting order. */
public record Page(double width, double height, List<PageItem> items) {
    public Page {
        items = List.copyOf(items);
    }
}
