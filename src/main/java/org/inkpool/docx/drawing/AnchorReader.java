package org.inkpool.docx.drawing;

import org.inkpool.docx.opc.Ooxml;
import org.inkpool.model.drawing.Anchor;
import org.inkpool.model.drawing.TextBox;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a DrawingML {@code wp:anchor} frame's position and wrap into an {@link Anchor}, and a shape's
 * {@code bodyPr} into a {@link TextBox}'s insets, anchoring and direction. Lengths are EMU in the file.
 */
public final class AnchorReader {

    private static final double EMU_PER_PT = 12700.0;
    /** Wrap polygons are in a 21600 × 21600 space over the object's extent. */
    private static final double POLYGON_UNITS = 21600.0;

    private AnchorReader() {
    }

    /** The anchor of a wp:anchor frame of width × height points. */
    public static Anchor read(Element frame, double width, double height) {
        Anchor.Point simple = null;
        if (isOn(frame.getAttribute("simplePos"))) {
            Element sp = Ooxml.child(frame, Ooxml.WP, "simplePos");
            if (sp != null) {
                simple = new Anchor.Point(emu(sp.getAttribute("x")), emu(sp.getAttribute("y")));
            }
        }
        Anchor.Position h = position(positionElement(frame, "positionH"), Anchor.RelativeFrom.COLUMN);
        Anchor.Position v = position(positionElement(frame, "positionV"), Anchor.RelativeFrom.PARAGRAPH);
        long z = parseLong(frame.getAttribute("relativeHeight"));
        boolean behind = isOn(frame.getAttribute("behindDoc"));
        String overlap = frame.getAttribute("allowOverlap");
        String inCell = frame.getAttribute("layoutInCell");
        return new Anchor(h, v, wrap(frame, width, height), behind, z,
                overlap.isEmpty() || isOn(overlap), inCell.isEmpty() || isOn(inCell),
                isOn(frame.getAttribute("locked")), simple);
    }

    /**
     * wp:positionH or wp:positionV, also where Word 2010 wraps it in mc:AlternateContent: a Choice needing
     * wp14 (a percentage offset, which is read) is taken before the Fallback's absolute offset.
     */
    private static Element positionElement(Element frame, String name) {
        Element direct = Ooxml.child(frame, Ooxml.WP, name);
        if (direct != null) {
            return direct;
        }
        Element fallback = null;
        for (Element alternate : Ooxml.children(frame)) {
            if (!Ooxml.is(alternate, Ooxml.MC, "AlternateContent")) {
                continue;
            }
            for (Element branch : Ooxml.children(alternate)) {
                Element found = Ooxml.child(branch, Ooxml.WP, name);
                if (found != null && Ooxml.is(branch, Ooxml.MC, "Choice")) {
                    return found;
                }
                if (found != null && fallback == null) {
                    fallback = found;
                }
            }
        }
        return fallback;
    }

    private static Anchor.Position position(Element e, Anchor.RelativeFrom fallback) {
        if (e == null) {
            return Anchor.Position.offset(fallback, 0);
        }
        Anchor.RelativeFrom from = relativeFrom(e.getAttribute("relativeFrom"), fallback);
        for (Element c : Ooxml.children(e)) {
            String text = c.getTextContent() == null ? "" : c.getTextContent().trim();
            switch (c.getLocalName()) {
                case "posOffset" -> {
                    return Anchor.Position.offset(from, emu(text));
                }
                case "align" -> {
                    return Anchor.Position.aligned(from, align(text));
                }
                case "pctPosHOffset", "pctPosVOffset" -> {
                    return new Anchor.Position(from, 0, Anchor.Align.NONE, parseLong(text) / 100000.0);
                }
                default -> { }
            }
        }
        return Anchor.Position.offset(from, 0);
    }

    static Anchor.RelativeFrom relativeFrom(String s, Anchor.RelativeFrom fallback) {
        return switch (s == null ? "" : s) {
            case "page" -> Anchor.RelativeFrom.PAGE;
            case "margin" -> Anchor.RelativeFrom.MARGIN;
            case "column", "text" -> Anchor.RelativeFrom.COLUMN;
            case "character", "char" -> Anchor.RelativeFrom.CHARACTER;
            case "paragraph" -> Anchor.RelativeFrom.PARAGRAPH;
            case "line" -> Anchor.RelativeFrom.LINE;
            case "insideMargin", "inner-margin-area" -> Anchor.RelativeFrom.INSIDE_MARGIN;
            case "outsideMargin", "outer-margin-area" -> Anchor.RelativeFrom.OUTSIDE_MARGIN;
            case "leftMargin", "left-margin-area" -> Anchor.RelativeFrom.LEFT_MARGIN;
            case "rightMargin", "right-margin-area" -> Anchor.RelativeFrom.RIGHT_MARGIN;
            case "topMargin", "top-margin-area" -> Anchor.RelativeFrom.TOP_MARGIN;
            case "bottomMargin", "bottom-margin-area" -> Anchor.RelativeFrom.BOTTOM_MARGIN;
            default -> fallback;
        };
    }

    static Anchor.Align align(String s) {
        return switch (s == null ? "" : s.trim().toLowerCase(Locale.ROOT)) {
            case "left" -> Anchor.Align.LEFT;
            case "center" -> Anchor.Align.CENTER;
            case "right" -> Anchor.Align.RIGHT;
            case "inside" -> Anchor.Align.INSIDE;
            case "outside" -> Anchor.Align.OUTSIDE;
            case "top" -> Anchor.Align.TOP;
            case "bottom" -> Anchor.Align.BOTTOM;
            default -> Anchor.Align.NONE;
        };
    }

    private static Anchor.Wrap wrap(Element frame, double width, double height) {
        double t = emu(frame.getAttribute("distT"));
        double b = emu(frame.getAttribute("distB"));
        double l = emu(frame.getAttribute("distL"));
        double r = emu(frame.getAttribute("distR"));
        for (Element c : Ooxml.children(frame)) {
            if (!Ooxml.WP.equals(Ooxml.family(c))) {
                continue;
            }
            Anchor.WrapType type = switch (c.getLocalName()) {
                case "wrapSquare" -> Anchor.WrapType.SQUARE;
                case "wrapTight" -> Anchor.WrapType.TIGHT;
                case "wrapThrough" -> Anchor.WrapType.THROUGH;
                case "wrapTopAndBottom" -> Anchor.WrapType.TOP_AND_BOTTOM;
                case "wrapNone" -> Anchor.WrapType.NONE;
                default -> null;
            };
            if (type == null) {
                continue;
            }
            // a wrap element's own distances, where given, are the ones that count
            t = c.hasAttribute("distT") ? emu(c.getAttribute("distT")) : t;
            b = c.hasAttribute("distB") ? emu(c.getAttribute("distB")) : b;
            l = c.hasAttribute("distL") ? emu(c.getAttribute("distL")) : l;
            r = c.hasAttribute("distR") ? emu(c.getAttribute("distR")) : r;
            return new Anchor.Wrap(type, wrapText(c.getAttribute("wrapText")), t, b, l, r,
                    polygon(Ooxml.child(c, Ooxml.WP, "wrapPolygon"), width, height));
        }
        return new Anchor.Wrap(Anchor.WrapType.NONE, Anchor.WrapText.BOTH_SIDES, t, b, l, r, List.of());
    }

    static Anchor.WrapText wrapText(String s) {
        return switch (s == null ? "" : s) {
            case "left" -> Anchor.WrapText.LEFT;
            case "right" -> Anchor.WrapText.RIGHT;
            case "largest" -> Anchor.WrapText.LARGEST;
            default -> Anchor.WrapText.BOTH_SIDES;
        };
    }

    private static List<Anchor.Point> polygon(Element poly, double width, double height) {
        if (poly == null) {
            return List.of();
        }
        List<Anchor.Point> out = new ArrayList<>();
        for (Element pt : Ooxml.children(poly)) {
            if ("start".equals(pt.getLocalName()) || "lineTo".equals(pt.getLocalName())) {
                out.add(new Anchor.Point(parseLong(pt.getAttribute("x")) / POLYGON_UNITS * width,
                        parseLong(pt.getAttribute("y")) / POLYGON_UNITS * height));
            }
        }
        return out.size() >= 3 ? out : List.of();
    }

    /** A shape's wps:bodyPr: insets (EMU, DrawingML defaults), vertical anchor, direction, grow-to-fit. */
    public static TextBox textBox(Element bodyPr, List<org.inkpool.model.Block> blocks, String linkId, int sequence) {
        if (bodyPr == null) {
            return new TextBox(blocks, TextBox.Insets.DEFAULT, TextBox.VerticalAnchor.TOP,
                    TextBox.Direction.HORIZONTAL, false, linkId, sequence);
        }
        TextBox.Insets insets = new TextBox.Insets(
                inset(bodyPr, "lIns", TextBox.Insets.DEFAULT.left()), inset(bodyPr, "tIns", TextBox.Insets.DEFAULT.top()),
                inset(bodyPr, "rIns", TextBox.Insets.DEFAULT.right()),
                inset(bodyPr, "bIns", TextBox.Insets.DEFAULT.bottom()));
        TextBox.VerticalAnchor anchor = switch (bodyPr.getAttribute("anchor")) {
            case "ctr" -> TextBox.VerticalAnchor.CENTER;
            case "b" -> TextBox.VerticalAnchor.BOTTOM;
            default -> TextBox.VerticalAnchor.TOP;
        };
        TextBox.Direction direction = switch (bodyPr.getAttribute("vert")) {
            case "vert", "wordArtVert" -> TextBox.Direction.VERTICAL;
            case "vert270" -> TextBox.Direction.VERTICAL_270;
            case "eaVert", "mongolianVert", "wordArtVertRtl" -> TextBox.Direction.EAST_ASIAN;
            default -> TextBox.Direction.HORIZONTAL;
        };
        boolean autoFit = Ooxml.child(bodyPr, Ooxml.A, "spAutoFit") != null;
        return new TextBox(blocks, insets, anchor, direction, autoFit, linkId, sequence);
    }

    private static double inset(Element bodyPr, String name, double fallback) {
        String v = bodyPr.getAttribute(name);
        return v.isEmpty() ? fallback : emu(v);
    }

    static boolean isOn(String v) {
        return "1".equals(v) || "true".equalsIgnoreCase(v) || "on".equalsIgnoreCase(v);
    }

    static double emu(String v) {
        if (v == null || v.isEmpty()) {
            return 0;
        }
        try {
            double d = Double.parseDouble(v.trim()) / EMU_PER_PT;
            return Double.isFinite(d) ? d : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static long parseLong(String v) {
        if (v == null || v.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            try {
                return Math.round(Double.parseDouble(v.trim()));
            } catch (NumberFormatException e2) {
                return 0;
            }
        }
    }
}
