package org.inkpool.docx.drawing;

import org.inkpool.model.drawing.DrawingItem;
import org.inkpool.model.InlineDrawing;
import org.inkpool.model.drawing.PathSegment;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.drawing.ShapeFill;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VmlShapeReaderTest {
    private static final String NS = "xmlns:v=\"urn:schemas-microsoft-com:vml\" "
            + "xmlns:o=\"urn:schemas-microsoft-com:office:office\"";

    @Test
    void aWatermarksTextPathKeepsItsTextFontColourOpacityAndTurn() {
        Element shape = parse("<v:shape " + NS + " type=\"#_x0000_t136\" style=\"position:absolute;"
                + "width:400pt;height:100pt;rotation:315;mso-position-horizontal:center\" fillcolor=\"silver\" "
                + "stroked=\"f\"><v:fill opacity=\".5\"/><v:textpath style=\"font-family:&quot;Calibri&quot;;"
                + "font-size:1pt\" string=\"CONFIDENTIAL\"/></v:shape>");
        assertTrue(VmlShapeReader.isShape(shape));
        InlineDrawing d = VmlShapeReader.read(shape, 400, 100, "");
        DrawingItem.DrawnTextArt art = (DrawingItem.DrawnTextArt) d.items().get(0);
        assertEquals("CONFIDENTIAL", art.text());
        assertEquals("Calibri", art.font());
        assertEquals(new ShapeFill.Solid(new Rgb(0xC0C0C0), 0.5), art.fill());
        assertEquals(315, art.rotation(), 1e-9);
        assertEquals(400, art.width(), 1e-9);
    }

    @Test
    void anOvalIsFourCurvesFilledAndOutlinedAsItsAttributesSay() {
        Element oval = parse("<v:oval " + NS + " style=\"width:60pt;height:30pt\" fillcolor=\"#f00\" "
                + "strokecolor=\"#0000FF [3213]\" strokeweight=\"2pt\"><v:stroke dashstyle=\"dash\"/></v:oval>");
        InlineDrawing d = VmlShapeReader.read(oval, 60, 30, "");
        DrawingItem.DrawnPath p = (DrawingItem.DrawnPath) d.items().get(0);
        assertEquals(4, p.segments().stream().filter(s -> s instanceof PathSegment.CurveTo).count());
        assertEquals(new ShapeFill.Solid(new Rgb(0xFF0000), 1), p.fill());
        assertEquals(new Rgb(0x0000FF), p.stroke().color());
        assertEquals(2, p.stroke().width(), 1e-9);
        assertEquals(List.of(4.0, 3.0), p.stroke().dash());
    }

    @Test
    void aLineIsSizedByItsEndsAndNeverFilled() {
        Element line = parse("<v:line " + NS + " from=\"10pt,40pt\" to=\"110pt,20pt\" strokecolor=\"red\"/>");
        InlineDrawing d = VmlShapeReader.read(line, 0, 0, "");
        assertEquals(100, d.width(), 1e-9);
        assertEquals(20, d.height(), 1e-9);
        DrawingItem.DrawnPath p = (DrawingItem.DrawnPath) d.items().get(0);
        assertNull(p.fill());
        PathSegment.MoveTo m = (PathSegment.MoveTo) p.segments().get(0);
        assertEquals(0, m.x(), 1e-9);
        assertEquals(20, m.y(), 1e-9);
    }

    @Test
    void pictureShapesAndUnfilledUnstrokedShapesAreNotDrawnHere() {
        Element picture = parse("<v:shape " + NS + " type=\"#_x0000_t75\"><v:imagedata/></v:shape>");
        assertFalse(VmlShapeReader.isShape(picture));
        Element invisible = parse("<v:rect " + NS + " filled=\"f\" stroked=\"f\" style=\"width:10pt;height:10pt\"/>");
        assertNull(VmlShapeReader.read(invisible, 10, 10, ""));
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
