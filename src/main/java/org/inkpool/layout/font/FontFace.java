package org.inkpool.layout.font;

/**
 * One concrete font face, as layout sees it. All results are in points for the given size.
 * Implementations must be cheap to call: layout asks per character.
 */
public interface FontFace {
    /** A stable name for the face (used in warnings and by the painter to find its font). */
    String name();

    double advance(int codePoint, double size);

    /** Distance from the baseline up to the top of the line box's text part. */
    double ascent(double size);

    /** Distance from the baseline down to the bottom (positive). */
    double descent(double size);

    /**
     * Word's single line height for this font (word-layout-facts §2): from the OS/2 win and hhea
     * metrics of the font the document names, not 1.2 × size.
     */
    double lineHeight(double size);

    /**
     * How far the glyph's outline reaches above and below the baseline, in points ({ascent, descent},
     * descent positive down), or null when the face does not know (math stacks its parts by this ink).
     */
    default double[] ink(int codePoint, double size) {
        return null;
    }

    /**
     * The font's OpenType MATH constants (the 56 values of MathConstants in the specification's order; the
     * three percentages as percentages, the rest in em), or null when the font has no MATH table.
     */
    default double[] mathConstants() {
        return null;
    }

    /** The OpenType shaper of this face, or null when it has none (text is then drawn character by character). */
    default GlyphShaper shaper() {
        return null;
    }

    /**
     * Whether the face's font has glyph substitutions (OpenType GSUB), so its shaper gives joining forms and
     * conjuncts; without them Arabic falls back to Unicode presentation forms.
     */
    default boolean substitutes() {
        return false;
    }
}
