package org.inkpool.layout.page;

/**
 * Shaped glyphs of a {@link GlyphRun}, drawn by id instead of by character: what a font's OpenType tables made
 * of the run's text (joining forms, conjuncts, ligatures, kerned and mark-positioned glyphs).
 *
 * @param ids glyph ids of the run's face, left to right
 * @param x   each glyph's x in points from the run's x
 * @param y   each glyph's raise in points above the run's baseline
 * @param clusterStarts the index of each cluster's first glyph, left to right
 * @param clusterTexts  the characters each cluster draws, in logical order
 * @param rightToLeft   the glyphs are right-to-left text drawn in visual order
 * @param plain         every glyph is its character's own glyph (only moved, by kerning or GPOS): the font's
 *                      character map names them, no /ActualText is needed
 */
public record PlacedGlyphs(int[] ids, double[] x, double[] y, int[] clusterStarts, String[] clusterTexts,
                           boolean rightToLeft, boolean plain) {

    public int size() {
        return ids.length;
    }
}
