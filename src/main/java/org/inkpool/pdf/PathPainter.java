package org.inkpool.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.function.PDFunctionType2;
import org.apache.pdfbox.pdmodel.common.function.PDFunctionType3;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShading;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShadingType2;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShadingType3;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.inkpool.layout.page.PathItem;
import org.inkpool.model.drawing.PathSegment;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.drawing.ShapeFill;
import org.inkpool.model.drawing.ShapeStroke;

import java.io.IOException;
import java.util.List;

/**
 * Paints a shape's path: a solid or gradient fill (a PDF axial or radial shading clipped to the path),
 * then its outline with width, dashes, caps and joins; opacity through an extended graphics state. Layout
 * works with y down from the page's top; PDF with y up, so every y becomes {@code pageHeight - y}.
 */
final class PathPainter {
    private final PDPageContentStream content;
    private final double pageHeight;

    PathPainter(PDPageContentStream content, double pageHeight) {
        this.content = content;
        this.pageHeight = pageHeight;
    }

    void paint(PathItem item) throws IOException {
        if (item.segments().isEmpty()) {
            return;
        }
        content.saveGraphicsState();
        try {
            if (item.fill() instanceof ShapeFill.Solid solid) {
                alpha(solid.alpha(), true);
                PageState.writeFill(content, solid.color());
                trace(item.segments());
                content.fill();
            } else if (item.fill() instanceof ShapeFill.Gradient gradient) {
                gradient(item.segments(), gradient);
            }
            ShapeStroke stroke = item.stroke();
            if (stroke != null && stroke.width() > 0) {
                stroke(item.segments(), stroke);
            }
        } finally {
            content.restoreGraphicsState();
        }
    }

    private void stroke(List<PathSegment> segments, ShapeStroke stroke) throws IOException {
        alpha(stroke.alpha(), false);
        PageState.writeStroke(content, stroke.color());
        float width = (float) stroke.width();
        content.setLineWidth(width);
        content.setLineCapStyle(switch (stroke.cap()) {
            case FLAT -> 0;
            case ROUND -> 1;
            case SQUARE -> 2;
        });
        content.setLineJoinStyle(switch (stroke.join()) {
            case MITER -> 0;
            case ROUND -> 1;
            case BEVEL -> 2;
        });
        if (stroke.dash().isEmpty()) {
            content.setLineDashPattern(new float[0], 0);
        } else {
            float[] pattern = new float[stroke.dash().size()];
            for (int i = 0; i < pattern.length; i++) {
                pattern[i] = (float) Math.max(0.01, stroke.dash().get(i) * width);
            }
            content.setLineDashPattern(pattern, 0);
        }
        trace(segments);
        content.stroke();
    }

    private void alpha(double alpha, boolean fill) throws IOException {
        if (alpha >= 1) {
            return;
        }
        PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
        if (fill) {
            gs.setNonStrokingAlphaConstant((float) alpha);
        } else {
            gs.setStrokingAlphaConstant((float) alpha);
        }
        content.setGraphicsStateParameters(gs);
    }

    private void trace(List<PathSegment> segments) throws IOException {
        for (PathSegment s : segments) {
            if (s instanceof PathSegment.MoveTo m) {
                content.moveTo((float) m.x(), y(m.y()));
            } else if (s instanceof PathSegment.LineTo l) {
                content.lineTo((float) l.x(), y(l.y()));
            } else if (s instanceof PathSegment.CurveTo c) {
                content.curveTo((float) c.x1(), y(c.y1()), (float) c.x2(), y(c.y2()), (float) c.x(), y(c.y()));
            } else {
                content.closePath();
            }
        }
    }

    private float y(double y) {
        return (float) (pageHeight - y);
    }

    /**
     * The path as a clip, filled by a shading across its bounding box. Stop opacity is averaged into one
     * alpha for the whole fill (a soft mask per stop would cost a form per shape).
     */
    private void gradient(List<PathSegment> segments, ShapeFill.Gradient g) throws IOException {
        double[] box = bounds(segments);
        content.saveGraphicsState();
        double alpha = g.stops().stream().mapToDouble(ShapeFill.Stop::alpha).average().orElse(1);
        alpha(alpha, true);
        trace(segments);
        content.clip();
        PDShading shading;
        double x0 = box[0];
        double top = box[1];
        double w = box[2] - box[0];
        double h = box[3] - box[1];
        if (g.radial()) {
            PDShadingType3 radial = new PDShadingType3(new COSDictionary());
            radial.setShadingType(PDShading.SHADING_TYPE3);
            double cx = x0 + w / 2;
            double cy = pageHeight - (top + h / 2);
            double r = Math.hypot(w, h) / 2;
            radial.setCoords(floats(cx, cy, 0, cx, cy, r));
            shading = radial;
        } else {
            PDShadingType2 axial = new PDShadingType2(new COSDictionary());
            axial.setShadingType(PDShading.SHADING_TYPE2);
            // DrawingML's angle turns clockwise with y down; the gradient line crosses the whole box
            double a = Math.toRadians(g.angle());
            double dx = Math.cos(a);
            double dy = Math.sin(a);
            double half = (Math.abs(w * dx) + Math.abs(h * dy)) / 2;
            double cx = x0 + w / 2;
            double cy = top + h / 2;
            axial.setCoords(floats(cx - dx * half, pageHeight - (cy - dy * half),
                    cx + dx * half, pageHeight - (cy + dy * half)));
            shading = axial;
        }
        shading.setColorSpace(PDDeviceRGB.INSTANCE);
        shading.getCOSObject().setItem(COSName.FUNCTION, function(g.stops()));
        COSArray extend = new COSArray();
        extend.add(org.apache.pdfbox.cos.COSBoolean.TRUE);
        extend.add(org.apache.pdfbox.cos.COSBoolean.TRUE);
        shading.getCOSObject().setItem(COSName.EXTEND, extend);
        content.shadingFill(shading);
        content.restoreGraphicsState();
    }

    /** One exponential function between two stops, or a stitching function over each pair of stops. */
    private static COSDictionary function(List<ShapeFill.Stop> stops) {
        if (stops.size() == 1) {
            return pair(stops.get(0).color(), stops.get(0).color());
        }
        if (stops.size() == 2 && stops.get(0).position() == 0 && stops.get(1).position() == 1) {
            return pair(stops.get(0).color(), stops.get(1).color());
        }
        COSDictionary stitch = new COSDictionary();
        stitch.setInt(COSName.FUNCTION_TYPE, 3);
        stitch.setItem(COSName.DOMAIN, floats(0, 1));
        COSArray functions = new COSArray();
        COSArray bounds = new COSArray();
        COSArray encode = new COSArray();
        ShapeFill.Stop first = stops.get(0);
        ShapeFill.Stop last = stops.get(stops.size() - 1);
        // before the first stop and after the last the end colours hold
        List<ShapeFill.Stop> all = new java.util.ArrayList<>();
        all.add(new ShapeFill.Stop(0, first.color(), first.alpha()));
        all.addAll(stops);
        all.add(new ShapeFill.Stop(1, last.color(), last.alpha()));
        double previous = 0;
        for (int i = 0; i + 1 < all.size(); i++) {
            functions.add(pair(all.get(i).color(), all.get(i + 1).color()));
            encode.add(new COSFloat(0));
            encode.add(new COSFloat(1));
            if (i + 2 < all.size()) {
                // bounds must not decrease
                previous = Math.max(previous, all.get(i + 1).position());
                bounds.add(new COSFloat((float) previous));
            }
        }
        stitch.setItem(COSName.FUNCTIONS, functions);
        stitch.setItem(COSName.BOUNDS, bounds);
        stitch.setItem(COSName.ENCODE, encode);
        return stitch;
    }

    private static COSDictionary pair(Rgb from, Rgb to) {
        COSDictionary f = new COSDictionary();
        f.setInt(COSName.FUNCTION_TYPE, 2);
        f.setItem(COSName.DOMAIN, floats(0, 1));
        f.setItem(COSName.C0, floats(from.red(), from.green(), from.blue()));
        f.setItem(COSName.C1, floats(to.red(), to.green(), to.blue()));
        f.setItem(COSName.N, COSInteger.ONE);
        return f;
    }

    private static COSArray floats(double... values) {
        COSArray a = new COSArray();
        for (double v : values) {
            a.add(new COSFloat((float) v));
        }
        return a;
    }

    /** minX, minY, maxX, maxY of the path's points (control points included: a slightly larger box is fine). */
    static double[] bounds(List<PathSegment> segments) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (PathSegment s : segments) {
            if (s instanceof PathSegment.MoveTo m) {
                grow(b, m.x(), m.y());
            } else if (s instanceof PathSegment.LineTo l) {
                grow(b, l.x(), l.y());
            } else if (s instanceof PathSegment.CurveTo c) {
                grow(b, c.x1(), c.y1());
                grow(b, c.x2(), c.y2());
                grow(b, c.x(), c.y());
            }
        }
        return b;
    }

    private static void grow(double[] b, double x, double y) {
        b[0] = Math.min(b[0], x);
        b[1] = Math.min(b[1], y);
        b[2] = Math.max(b[2], x);
        b[3] = Math.max(b[3], y);
    }
}
