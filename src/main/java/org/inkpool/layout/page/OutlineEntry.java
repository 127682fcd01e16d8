package org.inkpool.layout.page;

/**
 * A heading on its page, for the outline (bookmarks panel).
 *
 * @param level 0 … 8 (outline levels 1 … 9)
 * @param title the heading's text as written
 * @param y     the top of the heading's first line
 */
public record OutlineEntry(int level, String title, double x, double y) implements Landmark {
}
