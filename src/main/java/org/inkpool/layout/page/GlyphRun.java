package org.inkpool.layout.page;

import org.inkpool.layout.font.FontFace;
import org.inkpool.model.style.Rgb;

/**
 * Text drawn in one face at one size from (x, baseline), advancing by the face's advances times
 * {@code scale} plus {@code charSpacing} after each character — or, when {@code glyphs} is set, the shaped
 * glyphs drawn where they are placed, with {@code text} (in logical order) what a reader copies.
 *
 * @param scale  horizontal scale of the glyphs (w:w), 1 = 100 %
 * @param glyphs shaped glyphs, or null for text drawn character by character
 */
public record GlyphRun(double x, double baseline, FontFace face, double size, String text, Rgb color,
                       double charSpacing, double scale, PlacedGlyphs glyphs) implements PageItem {

    public GlyphRun {
        scale = scale > 0 ? scale : 1;
    }

    /** Text drawn character by character. */
    public GlyphRun(double x, double baseline, FontFace face, double size, String text, Rgb color,
                    double charSpacing, double scale) {
        this(x, baseline, face, size, text, color, charSpacing, scale, null);
    }

    /** The same run drawn from another origin. */
    public GlyphRun at(double newX, double newBaseline) {
        return new GlyphRun(newX, newBaseline, face, size, text, color, charSpacing, scale, glyphs);
    }

    /** Glyphs at their natural width. */
    public GlyphRun(double x, double baseline, FontFace face, double size, String text, Rgb color,
                    double charSpacing) {
        this(x, baseline, face, size, text, color, charSpacing, 1);
    }
}
