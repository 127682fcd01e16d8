package org.inkpool.layout.area;

/** A free horizontal stretch [left, right) of a band, in points. */
public record Segment(double left, double right) {

    public double width() {
        return right - left;
    }
}
