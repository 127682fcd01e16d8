package org.inkpool.layout.page;

import org.inkpool.model.drawing.PathSegment;
import org.inkpool.model.drawing.ShapeFill;
import org.inkpool.model.drawing.ShapeStroke;

import java.util.List;

/**
 * A shape's path in page coordinates (points from the page's top-left corner, y down), filled and/or
 * outlined; either paint may be null. A gradient spans the path's bounding box.
 */
public record PathItem(List<PathSegment> segments, ShapeFill fill, ShapeStroke stroke) implements PageItem {
    public PathItem {
        segments = List.copyOf(segments);
    }

    /** The same path scaled by {@code scale} about the origin, then moved by (dx, dy); the stroke scales too. */
    public PathItem moved(double scale, double dx, double dy) {
        List<PathSegment> out = new java.util.ArrayList<>(segments.size());
        for (PathSegment s : segments) {
            if (s instanceof PathSegment.MoveTo m) {
                out.add(new PathSegment.MoveTo(m.x() * scale + dx, m.y() * scale + dy));
            } else if (s instanceof PathSegment.LineTo l) {
                out.add(new PathSegment.LineTo(l.x() * scale + dx, l.y() * scale + dy));
            } else if (s instanceof PathSegment.CurveTo c) {
                out.add(new PathSegment.CurveTo(c.x1() * scale + dx, c.y1() * scale + dy, c.x2() * scale + dx,
                        c.y2() * scale + dy, c.x() * scale + dx, c.y() * scale + dy));
            } else {
                out.add(s);
            }
        }
        ShapeStroke st = stroke == null || scale == 1 ? stroke : new ShapeStroke(stroke.color(), stroke.alpha(),
                stroke.width() * scale, stroke.dash(), stroke.cap(), stroke.join());
        return new PathItem(out, fill, st);
    }
}
