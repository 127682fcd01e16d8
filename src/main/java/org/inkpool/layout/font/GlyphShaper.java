package org.inkpool.layout.font;

/**
 * OpenType shaping of one face: the glyphs its GSUB and GPOS tables give a stretch of text (joining forms,
 * conjuncts, ligatures, mark positions, kerning). Layout asks only for text that needs it; the pdf package
 * implements it with a real shaper, tests with fakes.
 */
public interface GlyphShaper {

    /**
     * Shapes {@code text[start, limit)}; the characters around it are context only (a letter joins its
     * neighbour across a run boundary).
     *
     * @param kerning   apply the font's kerning (w:kern)
     * @param ligatures apply the font's standard ligatures (w14:ligatures); the forms a script requires
     *                  (Arabic joining, Indic conjuncts) are applied either way
     * @return the glyphs, or null when this face cannot shape the text
     */
    ShapedText shape(char[] text, int start, int limit, boolean rightToLeft, boolean kerning, boolean ligatures);
}
