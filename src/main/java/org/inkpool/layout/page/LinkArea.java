package org.inkpool.layout.page;

import org.inkpool.model.LinkTarget;

/** The box, in page points (top-left origin, y down), that text leading to {@code target} covers on one line. */
public record LinkArea(double x, double y, double width, double height, LinkTarget target) implements Landmark {
}
