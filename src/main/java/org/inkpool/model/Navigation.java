package org.inkpool.model;

import java.util.List;

/**
 * What a reader navigates to in a paragraph: its outline level (a heading shows in the bookmarks
 * panel) and the bookmarks that start in it (targets of internal links).
 *
 * @param outlineLevel 0 … 8 for outline levels 1 … 9 (w:outlineLvl, direct or from the style);
 *                     {@link #BODY_TEXT} for body text
 * @param bookmarks    names of the w:bookmarkStart in the paragraph, in order
 */
public record Navigation(int outlineLevel, List<String> bookmarks) {
    public static final int BODY_TEXT = 9;
    public static final Navigation NONE = new Navigation(BODY_TEXT, List.of());

    public Navigation {
        outlineLevel = outlineLevel < 0 || outlineLevel > BODY_TEXT ? BODY_TEXT : outlineLevel;
        bookmarks = List.copyOf(bookmarks);
    }

    public boolean isHeading() {
        return outlineLevel < BODY_TEXT;
    }

    public boolean isEmpty() {
        return !isHeading() && bookmarks.isEmpty();
    }
}
