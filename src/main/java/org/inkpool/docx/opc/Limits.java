package org.inkpool.docx.opc;

/**
 * Word's own bounds on lengths. A broken or hostile document can say anything ("w:sz=2000000000");
 * clamping here keeps absurd values from reaching the layout engine, where they would cost time or memory.
 */
public final class Limits {
    /** Word's largest page side: 22 inches. */
    public static final double MAX_PAGE = 1584;
    /** Word's largest font size. */
    public static final double MAX_FONT = 1638;
    /** Any other length (indents, spacing, tab positions, picture sides). */
    public static final double MAX_LENGTH = 2 * MAX_PAGE;

    private Limits() {
    }

    public static double clamp(double v, double min, double max) {
        if (Double.isNaN(v)) {
            return min < 0 ? 0 : min;
        }
        return Math.max(min, Math.min(max, v));
    }

    /** A signed length (indents, character spacing). */
    public static double length(double v) {
        return clamp(v, -MAX_LENGTH, MAX_LENGTH);
    }

    /** A length that cannot be negative (spacing, sizes). */
    public static double positiveLength(double v) {
        return clamp(v, 0, MAX_LENGTH);
    }

    public static double fontSize(double v) {
        return clamp(v, 1, MAX_FONT);
    }

    public static double pageSide(double v) {
        return clamp(v, 36, MAX_PAGE);
    }
}
