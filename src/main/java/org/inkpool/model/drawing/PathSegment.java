package org.inkpool.model.drawing;

/**
 * One step of a drawn path, in points from the drawing's top-left corner (y grows downwards). Arcs and
 * quadratic curves are read as cubic Béziers, so these four kinds describe every DrawingML and VML path.
 */
public sealed interface PathSegment {

    /** Starts a new subpath at (x, y). */
    record MoveTo(double x, double y) implements PathSegment {
    }

    /** A straight line to (x, y). */
    record LineTo(double x, double y) implements PathSegment {
    }

    /** A cubic Bézier through control points 1 and 2 to (x, y). */
    record CurveTo(double x1, double y1, double x2, double y2, double x, double y) implements PathSegment {
    }

    /** Closes the current subpath back to its start. */
    record Close() implements PathSegment {
    }
}
