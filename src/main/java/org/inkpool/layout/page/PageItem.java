package org.inkpool.layout.page;

/**
 * Something painted on a page. Coordinates are points from the page's top-left corner, y down.
 */
public sealed interface PageItem permits GlyphRun, Rule, FilledRect, PlacedImage, StretchedGlyph, ActualText,
        Landmark, PathItem, TurnedImage, TurnedText, Tag {
}
