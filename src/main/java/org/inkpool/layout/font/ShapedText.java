package org.inkpool.layout.font;

/**
 * The glyphs a {@link GlyphShaper} gave a stretch of text, in visual order (left to right on the page).
 * Positions are in ems (multiply by the font size): {@code x[i]} from the stretch's left edge, {@code y[i]}
 * upward from the baseline; {@code advance} is the stretch's whole width.
 *
 * @param glyphs   glyph ids of the face's font file
 * @param clusters for each glyph, the index (in the shaped text array) of the first character it draws
 * @param plain    one glyph per character, each the one the font's character map gives it: shaping only
 *                 moved glyphs (kerning, mark positions)
 */
public record ShapedText(int[] glyphs, double[] x, double[] y, int[] clusters, double advance, boolean plain) {

    public ShapedText(int[] glyphs, double[] x, double[] y, int[] clusters, double advance) {
        this(glyphs, x, y, clusters, advance, false);
    }

    public int size() {
        return glyphs.length;
    }
}
