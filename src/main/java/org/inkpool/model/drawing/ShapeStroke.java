package org.inkpool.model.drawing;

import org.inkpool.model.style.Rgb;
import java.util.List;

/**
 * The outline of a drawn path.
 *
 * @param width points
 * @param alpha opacity, 1 = opaque
 * @param dash  dash and gap lengths in multiples of the width, alternating; empty for a solid line
 */
public record ShapeStroke(Rgb color, double alpha, double width, List<Double> dash, Cap cap, Join join) {
    public enum Cap { FLAT, ROUND, SQUARE }

    public enum Join { MITER, ROUND, BEVEL }

    public ShapeStroke {
        color = color == null ? Rgb.BLACK : color;
        alpha = Double.isNaN(alpha) ? 1 : Math.max(0, Math.min(1, alpha));
        width = Double.isFinite(width) ? Math.max(0, width) : 0.75;
        dash = dash == null ? List.of() : List.copyOf(dash);
        cap = cap == null ? Cap.FLAT : cap;
        join = join == null ? Join.ROUND : join;
    }

    /** A solid line with flat caps and round joins. */
    public ShapeStroke(Rgb color, double width) {
        this(color, 1, width, List.of(), Cap.FLAT, Join.ROUND);
    }
}
