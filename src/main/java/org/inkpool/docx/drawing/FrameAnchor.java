package org.inkpool.docx.drawing;

import org.inkpool.docx.opc.Ooxml;
import org.inkpool.model.Block;
import org.inkpool.model.drawing.Anchor;
import org.inkpool.model.drawing.TextBox;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

import java.util.List;
import java.util.TreeMap;

/**
 * A legacy text frame (w:framePr): adjacent paragraphs with identical frame attributes are one frame,
 * positioned against the next paragraph that is not in a frame (ECMA-376 §17.3.1.11). It is read as a
 * floating text box: position, size, wrap and distances from the attributes, no insets.
 */
public final class FrameAnchor {

    private FrameAnchor() {
    }

    /** The paragraph's frame properties, or null when it is not in a frame (a drop cap is not read as one). */
    public static Element framePr(Element p) {
        Element framePr = Ooxml.wChild(Ooxml.wChild(p, "pPr"), "framePr");
        if (framePr == null) {
            return null;
        }
        String dropCap = Ooxml.wAttr(framePr, "dropCap");
        if (dropCap != null && !dropCap.isEmpty() && !"none".equals(dropCap)) {
            return null;
        }
        // an auto-width frame set against the text (a form field, a word beside a line) is as wide as
        // its content, which the layout cannot size yet: the column's width would push the text below
        // it, so it stays in the flow; placed against the page or margin it floats at the column's width
        boolean autoWidth = width(framePr) <= 0;
        return autoWidth && anchor(framePr).vertical().from() == Anchor.RelativeFrom.PARAGRAPH ? null : framePr;
    }

    /** Equal keys: the same frame (every attribute equal, as the standard says). */
    public static String key(Element framePr) {
        TreeMap<String, String> sorted = new TreeMap<>();
        NamedNodeMap attrs = framePr.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            sorted.put(a.getLocalName() == null ? a.getName() : a.getLocalName(), a.getValue());
        }
        return sorted.toString();
    }

    /** Points; 0 when w:w is absent (an auto-width frame: the layout gives it its column's width). */
    public static double width(Element framePr) {
        return twips(Ooxml.wAttr(framePr, "w"));
    }

    /** Points: the exact or least height; 0 for an auto height. */
    public static double height(Element framePr) {
        return "auto".equals(Ooxml.wAttr(framePr, "hRule")) ? 0 : twips(Ooxml.wAttr(framePr, "h"));
    }

    /** The frame's paragraphs as a text box: no insets, growing with its text unless its height is exact. */
    public static TextBox textBox(Element framePr, List<Block> blocks) {
        boolean exact = "exact".equals(Ooxml.wAttr(framePr, "hRule")) && height(framePr) > 0;
        return new TextBox(blocks, TextBox.Insets.NONE, TextBox.VerticalAnchor.TOP, TextBox.Direction.HORIZONTAL,
                !exact, null, 0);
    }

    public static Anchor anchor(Element framePr) {
        Anchor.RelativeFrom h = switch (attr(framePr, "hAnchor")) {
            case "page" -> Anchor.RelativeFrom.PAGE;
            case "margin" -> Anchor.RelativeFrom.MARGIN;
            default -> Anchor.RelativeFrom.COLUMN; // "text": the column holding the anchor
        };
        String yAlign = attr(framePr, "yAlign");
        boolean aligned = !yAlign.isEmpty() && !"inline".equals(yAlign);
        Anchor.RelativeFrom v = switch (attr(framePr, "vAnchor")) {
            case "page" -> Anchor.RelativeFrom.PAGE;
            case "margin" -> Anchor.RelativeFrom.MARGIN;
            case "text" -> Anchor.RelativeFrom.PARAGRAPH;
            // no base named: an alignment needs an area (Word offers none against the paragraph)
            default -> aligned ? Anchor.RelativeFrom.MARGIN : Anchor.RelativeFrom.PARAGRAPH;
        };
        Anchor.Position horizontal = switch (attr(framePr, "xAlign")) {
            case "left" -> Anchor.Position.aligned(h, Anchor.Align.LEFT);
            case "center" -> Anchor.Position.aligned(h, Anchor.Align.CENTER);
            case "right" -> Anchor.Position.aligned(h, Anchor.Align.RIGHT);
            case "inside" -> Anchor.Position.aligned(h, Anchor.Align.INSIDE);
            case "outside" -> Anchor.Position.aligned(h, Anchor.Align.OUTSIDE);
            default -> Anchor.Position.offset(h, twips(Ooxml.wAttr(framePr, "x")));
        };
        Anchor.Position vertical = switch (aligned ? yAlign : "") {
            case "top" -> Anchor.Position.aligned(v, Anchor.Align.TOP);
            case "center" -> Anchor.Position.aligned(v, Anchor.Align.CENTER);
            case "bottom" -> Anchor.Position.aligned(v, Anchor.Align.BOTTOM);
            case "inside" -> Anchor.Position.aligned(v, Anchor.Align.INSIDE);
            case "outside" -> Anchor.Position.aligned(v, Anchor.Align.OUTSIDE);
            default -> Anchor.Position.offset(v, twips(Ooxml.wAttr(framePr, "y")));
        };
        double hSpace = twips(Ooxml.wAttr(framePr, "hSpace"));
        double vSpace = twips(Ooxml.wAttr(framePr, "vSpace"));
        Anchor.WrapType type = switch (attr(framePr, "wrap")) {
            case "notBeside" -> Anchor.WrapType.TOP_AND_BOTTOM;
            case "none" -> Anchor.WrapType.NONE;
            case "through" -> Anchor.WrapType.THROUGH;
            case "tight" -> Anchor.WrapType.TIGHT;
            default -> Anchor.WrapType.SQUARE; // around, auto
        };
        Anchor.Wrap wrap = new Anchor.Wrap(type, Anchor.WrapText.BOTH_SIDES, vSpace, vSpace, hSpace, hSpace, List.of());
        boolean locked = AnchorReader.isOn(attr(framePr, "anchorLock"));
        return new Anchor(horizontal, vertical, wrap, false, 0, true, true, locked, null);
    }

    /** A w: attribute, or "" where it is absent (frames and floating tables read theirs alike). */
    static String attr(Element e, String name) {
        String v = Ooxml.wAttr(e, name);
        return v == null ? "" : v;
    }

    /** Twips as points; 0 where absent or not a number. */
    static double twips(String v) {
        Double pt = v == null || v.isEmpty() ? null : Ooxml.twipsToPt(v);
        return pt == null || !Double.isFinite(pt) ? 0 : pt;
    }
}
