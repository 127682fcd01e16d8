package org.inkpool.layout.page;

/**
 * A glyph run stretched vertically about its baseline by {@code yScale} (a tall parenthesis around a
 * fraction): drawn like {@code run}, with its height multiplied.
 */
public record StretchedGlyph(GlyphRun run, double yScale) implements PageItem {
}
