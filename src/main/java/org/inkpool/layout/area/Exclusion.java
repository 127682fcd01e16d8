package org.inkpool.layout.area;

import java.util.List;

/**
 * The room a floating object takes from the text: its bounds grown by the wrap distances, or for
 * tight/through wrap its outline polygon (page coordinates), and which sides text may use.
 *
 * @param polygon page points of the wrap outline, or empty to use the bounds
 */
public record Exclusion(double left, double top, double right, double bottom, Sides sides,
                        double distLeft, double distRight, List<double[]> polygon) {

    /** Which side of the object text may flow on. FULL_WIDTH: none (top and bottom wrap). */
    public enum Sides { BOTH, LEFT, RIGHT, LARGEST, FULL_WIDTH }

    public Exclusion {
        polygon = polygon == null ? List.of() : List.copyOf(polygon);
    }

    /** A rectangle whose sides already include the distances. */
    public static Exclusion box(double left, double top, double right, double bottom, Sides sides) {
        return new Exclusion(left, top, right, bottom, sides, 0, 0, List.of());
    }

    boolean meets(double bandTop, double bandBottom) {
        return bandTop < bottom && bandBottom > top;
    }

    /**
     * The x-range the object blocks within the band: its bounds, or the part of its polygon inside
     * the band widened by the side distances; null when the polygon misses the band.
     */
    double[] blocked(double bandTop, double bandBottom) {
        if (polygon.size() < 3) {
            return new double[] {left, right};
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < polygon.size(); i++) {
            double[] a = polygon.get(i);
            double[] b = polygon.get((i + 1) % polygon.size());
            double y0 = Math.max(bandTop, Math.min(a[1], b[1]));
            double y1 = Math.min(bandBottom, Math.max(a[1], b[1]));
            if (y0 > y1) {
                continue;
            }
            for (double y : new double[] {y0, y1}) {
                double x = a[1] == b[1] ? a[0] : a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]);
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
                if (a[1] == b[1]) {
                    lo = Math.min(lo, b[0]);
                    hi = Math.max(hi, b[0]);
                }
            }
        }
        return lo > hi ? null : new double[] {lo - distLeft, hi + distRight};
    }
}
