package org.inkpool.pdf.font;

import org.inkpool.layout.font.GlyphShaper;
import org.inkpool.layout.font.ShapedText;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.awt.geom.Point2D;
import java.util.Map;

/**
 * Shapes with the JDK's OpenType layout engine (HarfBuzz, behind {@link Font#layoutGlyphVector}): no native
 * code of ours. A font created from the same file as the face gives that file's glyph ids, and positions that
 * hold GPOS (marks, kerning). Text is shaped at a large size without hinting and scaled, so results are in ems.
 */
final class AwtGlyphShaper implements GlyphShaper {

    /** The size shaping runs at: large enough that rounding of positions does not matter. */
    private static final float SIZE = 1000f;
    /** Fractional metrics, no anti-aliasing, no transform: outline positions, unhinted. */
    private static final FontRenderContext FRC = new FontRenderContext(null, false, true);
    /** The JDK's glyph codes for characters that draw nothing (joiners, format controls). */
    private static final int INVISIBLE = 0xFFFE;

    /** Indexed by kerning (1) + ligatures (2). */
    private final Font[] variants = new Font[4];
    private final int glyphCount;

    /** The font's own glyph for a character (its cmap), for the joiners the JDK draws as nothing. */
    private final java.util.function.IntUnaryOperator cmap;

    AwtGlyphShaper(Font font, int glyphCount, java.util.function.IntUnaryOperator cmap) {
        this.glyphCount = glyphCount;
        this.cmap = cmap;
        Font base = font.deriveFont(SIZE);
        variants[0] = base;
        variants[1] = base.deriveFont(Map.of(TextAttribute.KERNING, TextAttribute.KERNING_ON));
        variants[2] = base.deriveFont(Map.of(TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON));
        variants[3] = base.deriveFont(Map.of(TextAttribute.KERNING, TextAttribute.KERNING_ON,
                TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON));
    }

    @Override
    public ShapedText shape(char[] text, int start, int limit, boolean rightToLeft, boolean kerning,
                            boolean ligatures) {
        if (start >= limit) {
            return null;
        }
        Font font = variants[(kerning ? 1 : 0) + (ligatures ? 2 : 0)];
        GlyphVector gv = font.layoutGlyphVector(FRC, text, start, limit,
                rightToLeft ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
        int n = gv.getNumGlyphs();
        int[] codes = gv.getGlyphCodes(0, n, null);
        int[] glyphs = new int[n];
        double[] x = new double[n];
        double[] y = new double[n];
        int[] clusters = new int[n];
        int kept = 0;
        boolean plain = n == Character.codePointCount(text, start, limit - start);
        for (int i = 0; i < n; i++) {
            int code = codes[i];
            if (code >= INVISIBLE) {
                // a joiner shaped its neighbours; its own (empty) glyph keeps it a character of the page's text
                int joiner = start + gv.getGlyphCharIndex(i);
                code = joiner < limit ? cmap.applyAsInt(Character.codePointAt(text, joiner)) : 0;
                if (code <= 0) {
                    continue;
                }
            }
            if (code <= 0 || code >= glyphCount) {
                return null; // a character the font lacks: the caller draws this text without shaping
            }
            int at = start + gv.getGlyphCharIndex(i);
            plain &= at < limit && code == cmap.applyAsInt(Character.codePointAt(text, at));
            Point2D p = gv.getGlyphPosition(i);
            glyphs[kept] = code;
            x[kept] = p.getX() / SIZE;
            y[kept] = -p.getY() / SIZE;
            clusters[kept] = start + gv.getGlyphCharIndex(i);
            kept++;
        }
        double advance = gv.getGlyphPosition(n).getX() / SIZE;
        if (kept < n) {
            glyphs = java.util.Arrays.copyOf(glyphs, kept);
            x = java.util.Arrays.copyOf(x, kept);
            y = java.util.Arrays.copyOf(y, kept);
            clusters = java.util.Arrays.copyOf(clusters, kept);
        }
        return new ShapedText(glyphs, x, y, clusters, advance, plain && kept == n);
    }
}
