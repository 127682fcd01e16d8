package org.inkpool.docx.drawing;

import org.inkpool.model.drawing.DrawingItem;
import org.inkpool.model.InlineDrawing;
import org.inkpool.model.drawing.PathSegment;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.drawing.ShapeFill;
import org.inkpool.model.drawing.ShapeStroke;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Geometry evaluation, transforms and paint of DrawingML shapes, on small XML fragments. */
class ShapeReaderTest {
    private static final String NS = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
            + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
            + "xmlns:wpg=\"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup\"";
    private static final double EMU = 12700;
    private static final double EPS = 1e-6;

    @Test
    void roundRectCornerFollowsItsAdjustValue() {
        // 100 × 50: the corner radius is the short side times adj / 100000
        List<ShapeGeometry.Outline> half = ShapeGeometry.preset("roundRect", 100, 50, Map.of("adj", "val 50000"));
        List<ShapeGeometry.Outline> defaults = ShapeGeometry.preset("roundRect", 100, 50, Map.of());
        PathSegment.MoveTo start = (PathSegment.MoveTo) ShapeReader.segments(half.get(0).path(), null).get(0);
        assertEquals(0, start.x(), EPS);
        assertEquals(25, start.y(), EPS);
        PathSegment.MoveTo startDefault =
                (PathSegment.MoveTo) ShapeReader.segments(defaults.get(0).path(), null).get(0);
        assertEquals(50 * 16667 / 100000.0, startDefault.y(), 1e-3); // the preset's own default, 16667
        assertTrue(ShapeReader.segments(half.get(0).path(), null).stream()
                .anyMatch(s -> s instanceof PathSegment.CurveTo), "rounded corners are curves");
    }

    @Test
    void rightArrowHasItsTipAtTheMiddleOfTheRightEdgeAndTheShaftFromItsAdjustValue() {
        List<PathSegment> arrow = ShapeReader.segments(
                ShapeGeometry.preset("rightArrow", 200, 100, Map.of("adj1", "val 40000")).get(0).path(), null);
        List<double[]> pts = points(arrow);
        assertTrue(pts.stream().anyMatch(p -> near(p, 200, 50)), "tip");
        // the shaft is 40 % of the height: from y = 30 to y = 70
        assertTrue(pts.stream().anyMatch(p -> near(p, 0, 30)), "shaft top");
        assertTrue(pts.stream().anyMatch(p -> near(p, 0, 70)), "shaft bottom");
    }

    @Test
    void customPathWithAnArcIsEvaluatedInItsOwnCoordinateSpace() {
        Element spPr = parse("<wps:spPr " + NS + "><a:custGeom><a:pathLst><a:path w=\"100\" h=\"100\">"
                + "<a:moveTo><a:pt x=\"100\" y=\"50\"/></a:moveTo>"
                + "<a:arcTo wR=\"50\" hR=\"50\" stAng=\"0\" swAng=\"10800000\"/>"
                + "<a:close/></a:path></a:pathLst></a:custGeom></wps:spPr>");
        // drawn at 200 × 200: the path's units are doubled
        List<PathSegment> s = ShapeReader.segments(ShapeGeometry.outlines(spPr, 200, 200).get(0).path(), null);
        PathSegment.MoveTo m = (PathSegment.MoveTo) s.get(0);
        assertEquals(200, m.x(), EPS);
        assertEquals(100, m.y(), EPS);
        double maxY = points(s).stream().mapToDouble(p -> p[1]).max().orElseThrow();
        assertEquals(200, maxY, 1e-3, "the half circle swings clockwise, through the bottom");
        double[] end = points(s).get(points(s).size() - 1);
        assertEquals(0, end[0], 1e-3);
        assertEquals(100, end[1], 1e-3);
        assertInstanceOf(PathSegment.Close.class, s.get(s.size() - 1));
    }

    @Test
    void groupMapsChildCoordinatesAndMirrorsAFlippedChild() {
        // a group 200 × 100 pt whose children count in half units from (1000, 1000): scale 2
        Element group = parse("<wpg:wgp " + NS + "><wpg:grpSpPr><a:xfrm>"
                + "<a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + (long) (200 * EMU) + "\" cy=\"" + (long) (100 * EMU) + "\"/>"
                + "<a:chOff x=\"1000\" y=\"1000\"/><a:chExt cx=\"" + (long) (100 * EMU) + "\" cy=\""
                + (long) (50 * EMU) + "\"/></a:xfrm></wpg:grpSpPr>"
                + "<wps:wsp><wps:spPr><a:xfrm flipH=\"1\"><a:off x=\"1000\" y=\"1000\"/><a:ext cx=\""
                + (long) (50 * EMU) + "\" cy=\"" + (long) (50 * EMU) + "\"/></a:xfrm>"
                + "<a:prstGeom prst=\"rtTriangle\"><a:avLst/></a:prstGeom>"
                + "<a:solidFill><a:srgbClr val=\"FF0000\"/></a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr></wps:wsp>"
                + "</wpg:wgp>");
        InlineDrawing drawing = new ShapeReader(ShapeTheme.OFFICE, null).read(group, 200, 100, "");
        assertNotNull(drawing);
        DrawingItem.DrawnPath path = (DrawingItem.DrawnPath) drawing.items().get(0);
        List<double[]> pts = points(path.segments());
        // the right triangle's right angle sits bottom-left; flipped, bottom-right; the child is 100 × 100 pt
        assertTrue(pts.stream().anyMatch(p -> near(p, 100, 0)), "top corner moved to the right");
        assertTrue(pts.stream().anyMatch(p -> near(p, 100, 100)), "right angle at bottom right");
        assertTrue(pts.stream().anyMatch(p -> near(p, 0, 100)), "far corner at bottom left");
        assertFalse(pts.stream().anyMatch(p -> near(p, 0, 0)));
        assertEquals(new ShapeFill.Solid(new Rgb(0xFF0000), 1), path.fill());
        assertNull(path.stroke());
    }

    @Test
    void rotationTurnsTheShapeAboutItsCentre() {
        Element sp = parse("<wps:wsp " + NS + "><wps:spPr><a:xfrm rot=\"5400000\"><a:off x=\"0\" y=\"0\"/>"
                + "<a:ext cx=\"" + (long) (100 * EMU) + "\" cy=\"" + (long) (50 * EMU) + "\"/></a:xfrm>"
                + "<a:prstGeom prst=\"rect\"/><a:noFill/><a:ln w=\"25400\"><a:solidFill><a:srgbClr val=\"00FF00\"/>"
                + "</a:solidFill></a:ln></wps:spPr></wps:wsp>");
        InlineDrawing drawing = new ShapeReader(ShapeTheme.OFFICE, null).read(sp, 100, 50, "");
        DrawingItem.DrawnPath path = (DrawingItem.DrawnPath) drawing.items().get(0);
        // turned a quarter about (50, 25): the box spans x 25…75 and y -25…75
        List<double[]> pts = points(path.segments());
        assertEquals(25, pts.stream().mapToDouble(p -> p[0]).min().orElseThrow(), 1e-6);
        assertEquals(-25, pts.stream().mapToDouble(p -> p[1]).min().orElseThrow(), 1e-6);
        assertNull(path.fill());
        assertEquals(2, path.stroke().width(), EPS);
        assertEquals(new Rgb(0x00FF00), path.stroke().color());
    }

    @Test
    void styleReferencesAndThemeColourTransformsGiveFillAndLine() {
        Element sp = parse("<wps:wsp " + NS + "><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"127000\" "
                + "cy=\"127000\"/></a:xfrm><a:prstGeom prst=\"ellipse\"/></wps:spPr>"
                + "<wps:style><a:lnRef idx=\"2\"><a:schemeClr val=\"accent1\"><a:shade val=\"50000\"/></a:schemeClr>"
                + "</a:lnRef><a:fillRef idx=\"1\"><a:schemeClr val=\"accent1\"><a:lumMod val=\"75000\"/>"
                + "<a:alpha val=\"50000\"/></a:schemeClr></a:fillRef></wps:style></wps:wsp>");
        InlineDrawing drawing = new ShapeReader(ShapeTheme.OFFICE, null).read(sp, 10, 10, "");
        DrawingItem.DrawnPath path = (DrawingItem.DrawnPath) drawing.items().get(0);
        ShapeFill.Solid fill = (ShapeFill.Solid) path.fill();
        assertEquals(0.5, fill.alpha(), EPS);
        assertEquals(new Rgb(0x2F5597), fill.color(), "accent1 4472C4 at 75 % luminance");
        ShapeStroke stroke = path.stroke();
        assertEquals(1, stroke.width(), EPS, "the theme's second line style is 1 pt");
        assertEquals(new Rgb(0x223962), stroke.color(), "accent1 shaded to half");
    }

    @Test
    void arrowheadsAreTrianglesAtTheLinesEnds() {
        Element sp = parse("<wps:wsp " + NS + "><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/>"
                + "<a:ext cx=\"" + (long) (100 * EMU) + "\" cy=\"0\"/></a:xfrm><a:prstGeom prst=\"straightConnector1\"/>"
                + "<a:ln w=\"12700\"><a:solidFill><a:srgbClr val=\"000000\"/></a:solidFill>"
                + "<a:prstDash val=\"dash\"/><a:tailEnd type=\"triangle\" w=\"lg\" len=\"med\"/></a:ln></wps:spPr></wps:wsp>");
        InlineDrawing drawing = new ShapeReader(ShapeTheme.OFFICE, null).read(sp, 100, 0, "");
        assertEquals(2, drawing.items().size());
        DrawingItem.DrawnPath line = (DrawingItem.DrawnPath) drawing.items().get(0);
        assertEquals(List.of(4.0, 3.0), line.stroke().dash());
        DrawingItem.DrawnPath head = (DrawingItem.DrawnPath) drawing.items().get(1);
        List<double[]> pts = points(head.segments());
        assertTrue(near(pts.get(0), 100, 0), "tip at the line's end");
        // 1 pt line counts as 2 pt: large width 5 × 2 = 10, medium length 3 × 2 = 6
        assertTrue(near(pts.get(1), 94, 5) || near(pts.get(1), 94, -5));
        assertNotNull(head.fill());
        assertNull(head.stroke());
    }

    private static boolean near(double[] p, double x, double y) {
        return Math.abs(p[0] - x) < 1e-3 && Math.abs(p[1] - y) < 1e-3;
    }

    private static List<double[]> points(List<PathSegment> segments) {
        List<double[]> out = new ArrayList<>();
        for (PathSegment s : segments) {
            if (s instanceof PathSegment.MoveTo m) {
                out.add(new double[] {m.x(), m.y()});
            } else if (s instanceof PathSegment.LineTo l) {
                out.add(new double[] {l.x(), l.y()});
            } else if (s instanceof PathSegment.CurveTo c) {
                out.add(new double[] {c.x(), c.y()});
            }
        }
        return out;
    }

    private static Element parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
