package org.inkpool.docx.drawing;

import org.inkpool.model.drawing.DrawingItem;
import org.inkpool.model.InlineDrawing;
import org.inkpool.model.InlineImage;
import org.inkpool.model.drawing.PathSegment;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.drawing.ShapeFill;
import org.inkpool.model.drawing.ShapeStroke;
import org.w3c.dom.Element;

import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads DrawingML shapes (wps:wsp), groups (wpg:wgp, nested wpg:grpSp) and canvases (wpc:wpc) into an
 * {@link InlineDrawing}: every shape's geometry as paths in the drawing's coordinates (points, y down), with
 * its group transforms (a:xfrm off/ext/chOff/chExt), rotation and flips applied, its fill and outline
 * resolved (theme colours, style references), arrowheads as paths of their own, and pictures placed where
 * they stand in the group. Text boxes' text is not read here.
 */
public final class ShapeReader {
    private static final double EMU_PER_POINT = 12700;
    private static final Set<String> DRAWINGS = Set.of("wsp", "wgp", "wpc");

    /** Loads a picture by relationship id at a size in points; null when it cannot be shown. */
    public interface Pictures {
        InlineImage load(String relId, double width, double height, String description);
    }

    private final ShapeTheme theme;
    private final Pictures pictures;

    public ShapeReader(ShapeTheme theme, Pictures pictures) {
        this.theme = theme == null ? ShapeTheme.OFFICE : theme;
        this.pictures = pictures;
    }

    /** True for the graphic data children this reader draws: a shape, a group or a canvas. */
    public static boolean isDrawing(Element e) {
        return e != null && DRAWINGS.contains(e.getLocalName());
    }

    /**
     * The drawing for a shape, group or canvas shown in a frame of {@code width} × {@code height} points,
     * or null when nothing in it is visible.
     */
    public InlineDrawing read(Element e, double width, double height, String description) {
        List<DrawingItem> items = new ArrayList<>();
        String kind = e.getLocalName();
        if ("wpc".equals(kind)) {
            AffineTransform root = AffineTransform.getScaleInstance(1 / EMU_PER_POINT, 1 / EMU_PER_POINT);
            Element bg = Dom.child(e, "bg");
            if (bg != null) {
                shapePaths(bg, null, width * EMU_PER_POINT, height * EMU_PER_POINT, root, null, items);
            }
            for (Element c : Dom.children(e)) {
                node(c, root, null, items);
            }
        } else {
            Element props = Dom.child(e, "wgp".equals(kind) ? "grpSpPr" : "spPr");
            Element xfrm = Dom.child(props, "xfrm");
            double[] off = pair(Dom.child(xfrm, "off"), "x", "y", 0, 0);
            double[] ext = pair(Dom.child(xfrm, "ext"), "cx", "cy", width * EMU_PER_POINT, height * EMU_PER_POINT);
            // the frame shows the top element's box: its offset is the frame's corner, its extent the frame's size
            AffineTransform root = AffineTransform.getScaleInstance(
                    ext[0] > 0 ? width / ext[0] : 1 / EMU_PER_POINT, ext[1] > 0 ? height / ext[1] : 1 / EMU_PER_POINT);
            root.translate(-off[0], -off[1]);
            node(e, root, null, items);
        }
        return items.isEmpty() ? null : new InlineDrawing(width, height, items, description);
    }

    /** One element of a drawing, in the coordinates {@code parent} maps to the drawing's. */
    private void node(Element e, AffineTransform parent, Element groupFill, List<DrawingItem> items) {
        switch (e.getLocalName()) {
            case "wsp", "sp", "cxnSp" -> shape(e, parent, groupFill, items);
            case "wgp", "grpSp" -> group(e, parent, groupFill, items);
            case "pic" -> picture(e, parent, items);
            case "AlternateContent" -> {
                Element choice = Dom.child(e, "Choice");
                Element branch = choice != null ? choice : Dom.child(e, "Fallback");
                for (Element c : Dom.children(branch)) {
                    node(c, parent, groupFill, items);
                }
            }
            default -> {
                // non-visual properties, a chart frame inside a group, ink: nothing drawn here
            }
        }
    }

    private void group(Element g, AffineTransform parent, Element groupFill, List<DrawingItem> items) {
        Element props = Dom.child(g, "grpSpPr");
        Element xfrm = Dom.child(props, "xfrm");
        AffineTransform t = new AffineTransform(parent);
        if (xfrm != null) {
            double[] off = pair(Dom.child(xfrm, "off"), "x", "y", 0, 0);
            double[] ext = pair(Dom.child(xfrm, "ext"), "cx", "cy", 0, 0);
            double[] chOff = pair(Dom.child(xfrm, "chOff"), "x", "y", off[0], off[1]);
            double[] chExt = pair(Dom.child(xfrm, "chExt"), "cx", "cy", ext[0], ext[1]);
            t.concatenate(placement(xfrm, off, ext));
            t.scale(chExt[0] > 0 ? ext[0] / chExt[0] : 1, chExt[1] > 0 ? ext[1] / chExt[1] : 1);
            t.translate(-chOff[0], -chOff[1]);
        }
        Element fill = fillElement(props);
        Element inherited = fill != null ? fill : groupFill;
        for (Element c : Dom.children(g)) {
            node(c, t, inherited, items);
        }
    }

    /**
     * Maps a box of ext at (0, 0) into its parent: to its offset, mirrored about its centre when flipped, and
     * turned clockwise about the centre by rot (60000ths of a degree).
     */
    static AffineTransform placement(Element xfrm, double[] off, double[] ext) {
        double rot = Dom.longAttr(xfrm, "rot", 0) / 60000.0;
        boolean flipH = Dom.boolAttr(xfrm, "flipH");
        boolean flipV = Dom.boolAttr(xfrm, "flipV");
        AffineTransform t = AffineTransform.getTranslateInstance(off[0] + ext[0] / 2, off[1] + ext[1] / 2);
        t.rotate(Math.toRadians(rot));
        t.scale(flipH ? -1 : 1, flipV ? -1 : 1);
        t.translate(-ext[0] / 2, -ext[1] / 2);
        return t;
    }

    private void shape(Element sp, AffineTransform parent, Element groupFill, List<DrawingItem> items) {
        Element spPr = Dom.child(sp, "spPr");
        Element xfrm = Dom.child(spPr, "xfrm");
        double[] off = pair(Dom.child(xfrm, "off"), "x", "y", 0, 0);
        double[] ext = pair(Dom.child(xfrm, "ext"), "cx", "cy", 0, 0);
        AffineTransform t = new AffineTransform(parent);
        t.concatenate(placement(xfrm, off, ext));
        shapePaths(spPr, Dom.child(sp, "style"), ext[0], ext[1], t, groupFill, items);
    }

    /** The paths of one shape's geometry, filled and outlined as its properties and style say. */
    private void shapePaths(Element spPr, Element style, double w, double h, AffineTransform t, Element groupFill,
                            List<DrawingItem> items) {
        ShapeFill fill = ShapePaint.fill(spPr, style, groupFill, theme);
        Element blip = ShapePaint.pictureFill(spPr);
        ShapeStroke stroke = ShapePaint.stroke(spPr, style, theme);
        if (fill == null && stroke == null && blip == null) {
            return;
        }
        List<ShapeGeometry.Outline> outlines = ShapeGeometry.outlines(spPr, w, h);
        if (blip != null) {
            pictureBox(blip, w, h, t, items);
        }
        List<PathSegment> lastStroked = null;
        for (ShapeGeometry.Outline o : outlines) {
            List<PathSegment> segments = segments(o.path(), t);
            if (segments.isEmpty()) {
                continue;
            }
            ShapeFill f = o.filled() && blip == null ? ShapePaint.shaded(fill, o.shading()) : null;
            ShapeStroke s = o.stroked() ? stroke : null;
            if (f != null || s != null) {
                items.add(new DrawingItem.DrawnPath(segments, f, s));
            }
            if (s != null) {
                lastStroked = segments;
            }
        }
        if (stroke != null && lastStroked != null) {
            Element ln = Dom.child(spPr, "ln");
            Arrowheads.add(Dom.child(ln, "headEnd"), lastStroked, true, stroke, items);
            Arrowheads.add(Dom.child(ln, "tailEnd"), lastStroked, false, stroke, items);
        }
    }

    private void picture(Element pic, AffineTransform parent, List<DrawingItem> items) {
        Element spPr = Dom.child(pic, "spPr");
        Element xfrm = Dom.child(spPr, "xfrm");
        double[] off = pair(Dom.child(xfrm, "off"), "x", "y", 0, 0);
        double[] ext = pair(Dom.child(xfrm, "ext"), "cx", "cy", 0, 0);
        AffineTransform t = new AffineTransform(parent);
        t.concatenate(placement(xfrm, off, ext));
        Element blip = Dom.descendant(Dom.child(pic, "blipFill"), "blip");
        if (blip != null) {
            pictureBox(blip, ext[0], ext[1], t, items);
        }
        ShapeStroke stroke = ShapePaint.stroke(spPr, null, theme);
        if (stroke != null) {
            for (ShapeGeometry.Outline o : ShapeGeometry.outlines(spPr, ext[0], ext[1])) {
                items.add(new DrawingItem.DrawnPath(segments(o.path(), t), null, stroke));
            }
        }
    }

    /** A picture filling the box w × h of a shape whose coordinates {@code t} maps into the drawing. */
    private void pictureBox(Element blip, double w, double h, AffineTransform t, List<DrawingItem> items) {
        String rel = Dom.attr(blip, "embed");
        if (rel == null) {
            rel = Dom.attr(blip, "link");
        }
        if (rel == null || pictures == null) {
            return;
        }
        Point2D centre = t.transform(new Point2D.Double(w / 2, h / 2), null);
        double sx = Math.hypot(t.getScaleX(), t.getShearY());
        double sy = Math.hypot(t.getShearX(), t.getScaleY());
        double width = w * sx;
        double height = h * sy;
        if (!(width > 0) || !(height > 0)) {
            return;
        }
        InlineImage image = pictures.load(rel, width, height, "");
        if (image == null) {
            return;
        }
        // the matrix's turn, read from its first column; a mirrored matrix (negative determinant) is that
        // turn after a vertical flip, since a horizontal flip equals a vertical one turned by 180°
        double rotation = Math.toDegrees(Math.atan2(t.getShearY(), t.getScaleX()));
        boolean mirrored = t.getDeterminant() < 0;
        items.add(new DrawingItem.DrawnPicture(image, centre.getX() - width / 2, centre.getY() - height / 2,
                width, height, rotation, false, mirrored));
    }

    /** A Java2D path, mapped by {@code t}, as path segments (quadratic curves raised to cubic ones). */
    static List<PathSegment> segments(Path2D path, AffineTransform t) {
        List<PathSegment> out = new ArrayList<>();
        double[] c = new double[6];
        double lastX = 0;
        double lastY = 0;
        for (PathIterator it = path.getPathIterator(t); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            for (int i = 0; i < 6; i++) {
                if (!Double.isFinite(c[i])) {
                    return List.of(); // a formula divided by zero: nothing sensible to draw
                }
            }
            switch (type) {
                case PathIterator.SEG_MOVETO -> {
                    out.add(new PathSegment.MoveTo(c[0], c[1]));
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    out.add(new PathSegment.LineTo(c[0], c[1]));
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    out.add(new PathSegment.CurveTo(lastX + 2.0 / 3 * (c[0] - lastX), lastY + 2.0 / 3 * (c[1] - lastY),
                            c[2] + 2.0 / 3 * (c[0] - c[2]), c[3] + 2.0 / 3 * (c[1] - c[3]), c[2], c[3]));
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    out.add(new PathSegment.CurveTo(c[0], c[1], c[2], c[3], c[4], c[5]));
                    lastX = c[4];
                    lastY = c[5];
                }
                default -> out.add(new PathSegment.Close());
            }
        }
        return out;
    }

    private static Element fillElement(Element props) {
        for (Element c : Dom.children(props)) {
            switch (c.getLocalName()) {
                case "noFill", "solidFill", "gradFill", "pattFill", "blipFill" -> {
                    return c;
                }
                default -> {
                }
            }
        }
        return null;
    }

    private static double[] pair(Element e, String a, String b, double da, double db) {
        if (e == null) {
            return new double[] {da, db};
        }
        return new double[] {Dom.longAttr(e, a, (long) da), Dom.longAttr(e, b, (long) db)};
    }

    static Rgb rgbOrBlack(Rgb rgb) {
        return rgb == null ? Rgb.BLACK : rgb;
    }
}
