package org.inkpool.doc;

import org.apache.poi.hwpf.model.Colorref;
import org.inkpool.model.style.Rgb;

/** Binary Word's units and colour codes, turned into the model's points and RGB values. */
final class Units {
    /** Word's 16 indexed colours (ico 1–16); ico 0 is "auto". */
    private static final int[] ICO = {-1, 0x000000, 0x0000FF, 0x00FFFF, 0x00FF00, 0xFF00FF, 0xFF0000, 0xFFFF00,
            0xFFFFFF, 0x000080, 0x008080, 0x008000, 0x800080, 0x800000, 0x808000, 0x808080, 0xC0C0C0};

    /** Word's largest page side (22 inches) and font size; a broken file may say anything. */
    static final double MAX_PAGE = 1584;
    static final double MAX_LENGTH = 2 * MAX_PAGE;
    static final double MAX_FONT = 1638;

    private Units() {
    }

    /** Twips (twentieths of a point) to points, clamped to Word's own bounds. */
    static double pt(int twips) {
        return clamp(twips / 20.0, -MAX_LENGTH, MAX_LENGTH);
    }

    static double positivePt(int twips) {
        return clamp(twips / 20.0, 0, MAX_LENGTH);
    }

    static double pageSide(int twips) {
        return clamp(Math.abs(twips) / 20.0, 36, MAX_PAGE);
    }

    static double fontSize(int halfPoints) {
        return clamp(halfPoints / 2.0, 1, MAX_FONT);
    }

    static double clamp(double v, double min, double max) {
        return Double.isNaN(v) ? Math.max(min, 0) : Math.max(min, Math.min(max, v));
    }

    /** An indexed colour, or null for auto and unknown indexes. */
    static Rgb ico(int ico) {
        return ico > 0 && ico < ICO.length ? new Rgb(ICO[ico]) : null;
    }

    /** A COLORREF (red in the low byte, the "auto" flag in the high byte), or null for auto. */
    static Rgb colorref(Colorref c) {
        if (c == null || c.isEmpty()) {
            return null;
        }
        int v = c.getValue();
        if ((v & 0xFF000000) != 0) {
            return null;
        }
        return new Rgb((v & 0xFF) << 16 | v & 0xFF00 | (v >> 16) & 0xFF);
    }
}
