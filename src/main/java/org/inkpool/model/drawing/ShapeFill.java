package org.inkpool.model.drawing;

import org.inkpool.model.style.Rgb;
import java.util.List;

/** How the inside of a drawn path is painted: one colour, or a gradient between colour stops. */
public sealed interface ShapeFill {

    /** A colour with its opacity (1 = opaque). */
    record Solid(Rgb color, double alpha) implements ShapeFill {
        public Solid {
            alpha = clamp(alpha);
        }
    }

    /**
     * A gradient. Linear: the colours change along a line at {@code angle} degrees (clockwise from the x
     * axis, DrawingML's a:lin ang), across the path's bounding box. Radial: from the box's centre outwards.
     */
    record Gradient(List<Stop> stops, double angle, boolean radial) implements ShapeFill {
        public Gradient {
            stops = List.copyOf(stops);
            if (stops.isEmpty()) {
                throw new IllegalArgumentException("a gradient needs at least one stop");
            }
        }
    }

    /** A colour at a position from 0 (start) to 1 (end). */
    record Stop(double position, Rgb color, double alpha) {
        public Stop {
            position = clamp(position);
            alpha = clamp(alpha);
        }
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 1 : Math.max(0, Math.min(1, v));
    }
}
