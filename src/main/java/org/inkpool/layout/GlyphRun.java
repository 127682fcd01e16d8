package org.inkpool.layout;

import org.inkpool.model.Rgb;

/**
 * Text drawn in one face at one size from (x, baseline), advancing by the face's advances plus
 * {@code charSpacing} after each character.
 */
public record GlyphRun(double x, double baseline, FontFace face, double size, String text, Rgb color,
                       double charSpacing) implements PageItem {
}
