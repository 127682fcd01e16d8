package org.inkpool.docx.drawing;

import org.inkpool.model.drawing.DrawingItem;
import org.inkpool.model.drawing.PathSegment;
import org.inkpool.model.drawing.ShapeFill;
import org.inkpool.model.drawing.ShapeStroke;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Arrowheads at a line's ends (a:headEnd at its start, a:tailEnd at its end) as paths of their own, in the
 * drawing's coordinates: their size is a multiple of the line's width (sm/med/lg: 2, 3, 5 times), counted
 * from at least 2 pt so that a hairline's arrow stays visible, as Word draws them.
 */
final class Arrowheads {
    private static final double MIN_BASE_WIDTH = 2;

    private Arrowheads() {
    }

    static void add(Element end, List<PathSegment> path, boolean atStart, ShapeStroke stroke,
                    List<DrawingItem> out) {
        if (end == null || path.size() < 2) {
            return;
        }
        String type = end.getAttribute("type");
        if (type.isEmpty() || type.equals("none")) {
            return;
        }
        double[] tipAndFrom = atStart ? start(path) : end(path);
        if (tipAndFrom == null) {
            return;
        }
        double base = Math.max(stroke.width(), MIN_BASE_WIDTH);
        double width = base * factor(end.getAttribute("w"));
        double length = base * factor(end.getAttribute("len"));
        out.add(head(type, tipAndFrom, width, length, stroke));
    }

    private static double factor(String size) {
        return switch (size) {
            case "sm" -> 2;
            case "lg" -> 5;
            default -> 3;
        };
    }

    /** The path's first point and the next distinct point it heads for. */
    private static double[] start(List<PathSegment> path) {
        double[] tip = null;
        for (PathSegment s : path) {
            double[] p = firstPoint(s);
            if (p == null) {
                continue;
            }
            if (tip == null) {
                tip = p;
            } else if (Math.hypot(p[0] - tip[0], p[1] - tip[1]) > 1e-6) {
                return new double[] {tip[0], tip[1], p[0], p[1]};
            }
        }
        return null;
    }

    /** The path's last point and the last distinct point before it. */
    private static double[] end(List<PathSegment> path) {
        List<double[]> points = new ArrayList<>();
        for (PathSegment s : path) {
            if (s instanceof PathSegment.CurveTo c) {
                points.add(new double[] {c.x1(), c.y1()});
                points.add(new double[] {c.x2(), c.y2()});
            }
            double[] p = lastPoint(s);
            if (p != null) {
                points.add(p);
            }
        }
        if (points.isEmpty()) {
            return null;
        }
        double[] tip = points.get(points.size() - 1);
        for (int i = points.size() - 2; i >= 0; i--) {
            double[] p = points.get(i);
            if (Math.hypot(p[0] - tip[0], p[1] - tip[1]) > 1e-6) {
                return new double[] {tip[0], tip[1], p[0], p[1]};
            }
        }
        return null;
    }

    private static double[] firstPoint(PathSegment s) {
        if (s instanceof PathSegment.CurveTo c) {
            return new double[] {c.x1(), c.y1()};
        }
        return lastPoint(s);
    }

    private static double[] lastPoint(PathSegment s) {
        if (s instanceof PathSegment.MoveTo m) {
            return new double[] {m.x(), m.y()};
        }
        if (s instanceof PathSegment.LineTo l) {
            return new double[] {l.x(), l.y()};
        }
        if (s instanceof PathSegment.CurveTo c) {
            return new double[] {c.x(), c.y()};
        }
        return null;
    }

    private static DrawingItem head(String type, double[] tf, double width, double length, ShapeStroke stroke) {
        double tx = tf[0];
        double ty = tf[1];
        double d = Math.hypot(tf[0] - tf[2], tf[1] - tf[3]);
        // unit vector from the tip back along the line, and its normal
        double ux = (tf[2] - tf[0]) / d;
        double uy = (tf[3] - tf[1]) / d;
        double nx = -uy;
        double ny = ux;
        double hw = width / 2;
        ShapeFill fill = new ShapeFill.Solid(stroke.color(), stroke.alpha());
        List<PathSegment> p = new ArrayList<>();
        switch (type) {
            case "arrow" -> {
                p.add(new PathSegment.MoveTo(tx + ux * length + nx * hw, ty + uy * length + ny * hw));
                p.add(new PathSegment.LineTo(tx, ty));
                p.add(new PathSegment.LineTo(tx + ux * length - nx * hw, ty + uy * length - ny * hw));
                return new DrawingItem.DrawnPath(p, null, new ShapeStroke(stroke.color(), stroke.alpha(),
                        stroke.width(), List.of(), ShapeStroke.Cap.ROUND, ShapeStroke.Join.MITER));
            }
            case "stealth" -> {
                p.add(new PathSegment.MoveTo(tx, ty));
                p.add(new PathSegment.LineTo(tx + ux * length + nx * hw, ty + uy * length + ny * hw));
                p.add(new PathSegment.LineTo(tx + ux * length * 0.5, ty + uy * length * 0.5));
                p.add(new PathSegment.LineTo(tx + ux * length - nx * hw, ty + uy * length - ny * hw));
                p.add(new PathSegment.Close());
            }
            case "diamond" -> {
                double cx = tx;
                double cy = ty;
                p.add(new PathSegment.MoveTo(cx - ux * length / 2, cy - uy * length / 2));
                p.add(new PathSegment.LineTo(cx + nx * hw, cy + ny * hw));
                p.add(new PathSegment.LineTo(cx + ux * length / 2, cy + uy * length / 2));
                p.add(new PathSegment.LineTo(cx - nx * hw, cy - ny * hw));
                p.add(new PathSegment.Close());
            }
            case "oval" -> ellipse(tx, ty, ux, uy, length / 2, hw, p);
            default -> { // triangle
                p.add(new PathSegment.MoveTo(tx, ty));
                p.add(new PathSegment.LineTo(tx + ux * length + nx * hw, ty + uy * length + ny * hw));
                p.add(new PathSegment.LineTo(tx + ux * length - nx * hw, ty + uy * length - ny * hw));
                p.add(new PathSegment.Close());
            }
        }
        return new DrawingItem.DrawnPath(p, fill, null);
    }

    /** An ellipse centred on (cx, cy) with semi-axes a along (ux, uy) and b across, as four Béziers. */
    private static void ellipse(double cx, double cy, double ux, double uy, double a, double b,
                                List<PathSegment> p) {
        double k = 0.5522847498;
        double nx = -uy;
        double ny = ux;
        double[][] pts = {
            {a, 0}, {a, k * b}, {k * a, b}, {0, b}, {-k * a, b}, {-a, k * b}, {-a, 0},
            {-a, -k * b}, {-k * a, -b}, {0, -b}, {k * a, -b}, {a, -k * b}, {a, 0}};
        double[][] m = new double[pts.length][];
        for (int i = 0; i < pts.length; i++) {
            m[i] = new double[] {cx + ux * pts[i][0] + nx * pts[i][1], cy + uy * pts[i][0] + ny * pts[i][1]};
        }
        p.add(new PathSegment.MoveTo(m[0][0], m[0][1]));
        for (int i = 1; i + 2 < m.length; i += 3) {
            p.add(new PathSegment.CurveTo(m[i][0], m[i][1], m[i + 1][0], m[i + 1][1], m[i + 2][0], m[i + 2][1]));
        }
        p.add(new PathSegment.Close());
    }
}
