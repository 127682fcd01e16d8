package org.inkpool.layout.page;

import org.inkpool.layout.font.FontFace;
import org.inkpool.model.style.Rgb;

/**
 * Text drawn in one face at one size from (x, baseline), advancing by the face's advances times
 * {@code scale} plus {@code charSpacing} after each character.
 *
 * @param scale horizontal scale of the glyphs (w:w), 1 = 100 %
 */
public record GlyphRun(double x, double baseline, FontFace face, double size, String text, Rgb color,
                       double charSpacing, double scale) implements PageItem {

    public GlyphRun {
        scale = scale > 0 ? scale : 1;
    }

    /** Glyphs at their natural width. */
    public GlyphRun(double x, double baseline, FontFace face, double size, String text, Rgb color,
                    double charSpacing) {
        this(x, baseline, face, size, text, color, charSpacing, 1);
    }
}
