package org.inkpool.layout.page;

/**
 * A run of text turned {@code rotation} degrees clockwise about (cx, cy) and painted at {@code alpha}
 * opacity (WordArt, a text watermark). The run's own coordinates are those before turning.
 */
public record TurnedText(GlyphRun run, double cx, double cy, double rotation, double alpha) implements PageItem {
}
