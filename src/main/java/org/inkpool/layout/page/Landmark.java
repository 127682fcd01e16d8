package org.inkpool.layout.page;

/**
 * What a reader navigates by rather than sees: a link's clickable area, a bookmark's destination, a
 * heading for the bookmarks panel. Landmarks travel with the painted items while a page is built (so
 * they move wherever their text moves) and are taken out into {@link PageMarks} when the page is done.
 */
public sealed interface Landmark extends PageItem permits LinkArea, Destination, OutlineEntry {
}
