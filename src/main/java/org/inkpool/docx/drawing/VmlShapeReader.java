package org.inkpool.docx.drawing;

import org.inkpool.model.drawing.DrawingItem;
import org.inkpool.model.InlineDrawing;
import org.inkpool.model.drawing.PathSegment;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.drawing.ShapeFill;
import org.inkpool.model.drawing.ShapeStroke;
import org.w3c.dom.Element;

import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads VML shapes of older documents (v:rect, v:roundrect, v:oval, v:line, a text box v:shape) and
 * WordArt (a v:shape holding v:textpath, as Word's text watermarks are) into an {@link InlineDrawing}.
 * Fill and outline come from fillcolor/filled/strokecolor/strokeweight/stroked and the v:fill and
 * v:stroke children; rotation and flips from the style.
 */
public final class VmlShapeReader {
    private static final Map<String, Integer> NAMED = Map.ofEntries(
            Map.entry("black", 0x000000), Map.entry("white", 0xFFFFFF), Map.entry("red", 0xFF0000),
            Map.entry("green", 0x008000), Map.entry("lime", 0x00FF00), Map.entry("blue", 0x0000FF),
            Map.entry("yellow", 0xFFFF00), Map.entry("silver", 0xC0C0C0), Map.entry("gray", 0x808080),
            Map.entry("grey", 0x808080), Map.entry("maroon", 0x800000), Map.entry("navy", 0x000080),
            Map.entry("olive", 0x808000), Map.entry("purple", 0x800080), Map.entry("teal", 0x008080),
            Map.entry("aqua", 0x00FFFF), Map.entry("fuchsia", 0xFF00FF), Map.entry("window", 0xFFFFFF),
            Map.entry("windowtext", 0x000000));

    private VmlShapeReader() {
    }

    /** True for a VML element this reader draws (a picture v:shape is not one: it has v:imagedata). */
    public static boolean isShape(Element e) {
        if (e == null || Dom.child(e, "imagedata") != null) {
            return false;
        }
        return switch (e.getLocalName()) {
            case "rect", "roundrect", "oval", "line" -> true;
            case "shape" -> Dom.child(e, "textpath") != null || e.getAttribute("type").endsWith("_t202");
            default -> false;
        };
    }

    /**
     * The drawing of a VML shape whose style gives {@code width} × {@code height} points, or null when it
     * shows nothing (no fill, no outline, no text).
     */
    public static InlineDrawing read(Element e, double width, double height, String description) {
        String style = e.getAttribute("style");
        double rotation = number(property(style, "rotation"), 0);
        String flip = property(style, "flip");
        boolean flipH = flip != null && flip.contains("x");
        boolean flipV = flip != null && flip.contains("y");
        List<DrawingItem> items = new ArrayList<>();
        Element textpath = Dom.child(e, "textpath");
        if (textpath != null) {
            ShapeFill.Solid fill = fill(e);
            String text = textpath.getAttribute("string").strip();
            if (fill != null && !text.isEmpty() && !"false".equals(textpath.getAttribute("on"))) {
                String tpStyle = textpath.getAttribute("style");
                String font = property(tpStyle, "font-family");
                font = font == null ? null : font.replace("\"", "").replace("'", "").strip();
                items.add(new DrawingItem.DrawnTextArt(text, font, "bold".equals(property(tpStyle, "font-weight")),
                        "italic".equals(property(tpStyle, "font-style")), fill, 0, 0, width, height, rotation));
            }
            return items.isEmpty() ? null : new InlineDrawing(width, height, items, description);
        }
        boolean line = "line".equals(e.getLocalName());
        if (!line && (width <= 0 || height <= 0)) {
            return null; // a horizontal rule sized by its column (o:hrpct) is not drawn here
        }
        Path2D.Double path = new Path2D.Double();
        double w = width;
        double h = height;
        switch (e.getLocalName()) {
            case "oval" -> path.append(new java.awt.geom.Ellipse2D.Double(0, 0, w, h), false);
            case "roundrect" -> {
                // arcsize: the corner radius as a fraction of half the shorter side (default 0.2)
                double arc = fraction(e.getAttribute("arcsize"), 0.2) * Math.min(w, h);
                path.append(new java.awt.geom.RoundRectangle2D.Double(0, 0, w, h, arc, arc), false);
            }
            case "line" -> {
                double[] from = point(e.getAttribute("from"));
                double[] to = point(e.getAttribute("to"));
                double minX = Math.min(from[0], to[0]);
                double minY = Math.min(from[1], to[1]);
                w = Math.abs(to[0] - from[0]);
                h = Math.abs(to[1] - from[1]);
                path.moveTo(from[0] - minX, from[1] - minY);
                path.lineTo(to[0] - minX, to[1] - minY);
            }
            default -> path.append(new java.awt.geom.Rectangle2D.Double(0, 0, w, h), false);
        }
        AffineTransform t = AffineTransform.getTranslateInstance(w / 2, h / 2);
        t.rotate(Math.toRadians(rotation));
        t.scale(flipH ? -1 : 1, flipV ? -1 : 1);
        t.translate(-w / 2, -h / 2);
        List<PathSegment> segments = ShapeReader.segments(path, t);
        ShapeFill.Solid fill = line ? null : fill(e);
        ShapeStroke stroke = stroke(e);
        if (fill == null && stroke == null) {
            return null;
        }
        items.add(new DrawingItem.DrawnPath(segments, fill, stroke));
        return new InlineDrawing(w, h, items, description);
    }

    private static ShapeFill.Solid fill(Element e) {
        Element fill = Dom.child(e, "fill");
        if (isFalse(e.getAttribute("filled")) || (fill != null && isFalse(fill.getAttribute("on")))) {
            return null;
        }
        String colourAttr = e.getAttribute("fillcolor");
        if (fill != null && !fill.getAttribute("color").isEmpty()) {
            colourAttr = fill.getAttribute("color");
        }
        Rgb colour = colourAttr.isEmpty() ? new Rgb(0xFFFFFF) : colour(colourAttr);
        if (colour == null) {
            return null;
        }
        double alpha = fill == null ? 1 : fraction(fill.getAttribute("opacity"), 1);
        return new ShapeFill.Solid(colour, alpha);
    }

    private static ShapeStroke stroke(Element e) {
        Element stroke = Dom.child(e, "stroke");
        if (isFalse(e.getAttribute("stroked")) || (stroke != null && isFalse(stroke.getAttribute("on")))) {
            return null;
        }
        String colourAttr = e.getAttribute("strokecolor");
        if (stroke != null && !stroke.getAttribute("color").isEmpty()) {
            colourAttr = stroke.getAttribute("color");
        }
        Rgb colour = colourAttr.isEmpty() ? Rgb.BLACK : colour(colourAttr);
        if (colour == null) {
            return null;
        }
        String weight = e.getAttribute("strokeweight");
        if (stroke != null && !stroke.getAttribute("weight").isEmpty()) {
            weight = stroke.getAttribute("weight");
        }
        double width = weight.isEmpty() ? 0.75 : length(weight, 0.75);
        List<Double> dash = switch (stroke == null ? "" : stroke.getAttribute("dashstyle")) {
            case "dash" -> List.of(4.0, 3.0);
            case "dot", "1 1", "shortdot" -> List.of(1.0, 1.0);
            case "shortdash" -> List.of(3.0, 1.0);
            case "dashdot" -> List.of(4.0, 3.0, 1.0, 3.0);
            case "longdash" -> List.of(8.0, 3.0);
            default -> List.of();
        };
        double alpha = stroke == null ? 1 : fraction(stroke.getAttribute("opacity"), 1);
        return new ShapeStroke(colour, alpha, width, dash, ShapeStroke.Cap.FLAT, ShapeStroke.Join.ROUND);
    }

    private static boolean isFalse(String v) {
        return v.equals("f") || v.equals("false") || v.equals("0");
    }

    /** "#RRGGBB", "#RGB" or a named colour, with any " [index]" suffix; null for "none" or unknown. */
    static Rgb colour(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        int space = v.indexOf(' ');
        if (space > 0) {
            v = v.substring(0, space);
        }
        if (v.startsWith("#")) {
            String hex = v.substring(1);
            if (hex.length() == 3) {
                hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2)
                        + hex.charAt(2);
            }
            return Rgb.parse(hex);
        }
        Integer named = NAMED.get(v);
        return named == null ? null : new Rgb(named);
    }

    /** A VML fraction: "0.5", ".5", "50%" or "32768f" (65536ths). */
    static double fraction(String v, double otherwise) {
        String s = v == null ? "" : v.strip();
        if (s.isEmpty()) {
            return otherwise;
        }
        try {
            if (s.endsWith("f")) {
                return Double.parseDouble(s.substring(0, s.length() - 1)) / 65536;
            }
            if (s.endsWith("%")) {
                return Double.parseDouble(s.substring(0, s.length() - 1)) / 100;
            }
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static double[] point(String v) {
        String[] parts = v == null ? new String[0] : v.split(",");
        double x = parts.length > 0 ? length(parts[0], 0) : 0;
        double y = parts.length > 1 ? length(parts[1], 0) : 0;
        return new double[] {x, y};
    }

    /** A VML length in points: pt, in, cm, mm, px, or a bare number in points (as v:line's from/to use). */
    static double length(String v, double otherwise) {
        String s = v.strip().toLowerCase(Locale.ROOT);
        double factor = 1;
        for (String[] unit : new String[][] {{"pt", "1"}, {"in", "72"}, {"cm", "28.3464567"},
            {"mm", "2.83464567"}, {"px", "0.75"}, {"pc", "12"}, {"emu", "0.0000787402"}}) {
            if (s.endsWith(unit[0])) {
                factor = Double.parseDouble(unit[1]);
                s = s.substring(0, s.length() - unit[0].length());
                break;
            }
        }
        try {
            double d = Double.parseDouble(s.strip()) * factor;
            return Double.isFinite(d) ? d : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static String property(String style, String name) {
        if (style == null) {
            return null;
        }
        for (String decl : style.split(";")) {
            int colon = decl.indexOf(':');
            if (colon > 0 && decl.substring(0, colon).strip().equalsIgnoreCase(name)) {
                return decl.substring(colon + 1).strip();
            }
        }
        return null;
    }

    private static double number(String v, double otherwise) {
        if (v == null) {
            return otherwise;
        }
        try {
            String s = v.strip();
            if (s.endsWith("fd")) {
                return Double.parseDouble(s.substring(0, s.length() - 2)) / 65536;
            }
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
