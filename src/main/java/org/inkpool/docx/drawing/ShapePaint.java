package org.inkpool.docx.drawing;

import org.inkpool.model.style.Rgb;
import org.inkpool.model.drawing.ShapeFill;
import org.inkpool.model.drawing.ShapeStroke;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * A shape's fill and outline from its properties (a:solidFill, a:gradFill, a:noFill, a:ln…), falling back
 * to its style references (wps:style fillRef / lnRef, resolved through the theme) where the properties are
 * silent.
 */
final class ShapePaint {
    private ShapePaint() {
    }

    /** The fill, or null for none (or a picture fill, which {@link #pictureFill} gives). */
    static ShapeFill fill(Element spPr, Element style, Element groupFill, ShapeTheme theme) {
        Element fill = null;
        for (Element c : Dom.children(spPr)) {
            switch (c.getLocalName()) {
                case "noFill", "solidFill", "gradFill", "pattFill", "blipFill", "grpFill" -> fill = c;
                default -> {
                }
            }
            if (fill != null) {
                break;
            }
        }
        if (fill != null && "grpFill".equals(fill.getLocalName())) {
            fill = groupFill;
        }
        if (fill != null) {
            return fillOf(fill, theme, null);
        }
        Element ref = Dom.child(style, "fillRef");
        if (ref == null || Dom.longAttr(ref, "idx", 0) == 0) {
            return null;
        }
        // the theme's fill styles are mostly the reference colour itself (its gradients are subtle): solid
        DrawingColor colour = DrawingColor.in(ref, theme, null);
        return colour == null ? null : new ShapeFill.Solid(colour.rgb(), colour.alpha());
    }

    private static ShapeFill fillOf(Element fill, ShapeTheme theme, DrawingColor placeholder) {
        switch (fill.getLocalName()) {
            case "solidFill" -> {
                DrawingColor c = DrawingColor.in(fill, theme, placeholder);
                return c == null ? null : new ShapeFill.Solid(c.rgb(), c.alpha());
            }
            case "pattFill" -> {
                // a pattern is drawn as its foreground colour blended half with its background
                DrawingColor fg = DrawingColor.in(Dom.child(fill, "fgClr"), theme, placeholder);
                DrawingColor bg = DrawingColor.in(Dom.child(fill, "bgClr"), theme, placeholder);
                if (fg == null) {
                    return bg == null ? null : new ShapeFill.Solid(bg.rgb(), bg.alpha());
                }
                Rgb mixed = bg == null ? fg.rgb() : blend(fg.rgb(), bg.rgb());
                return new ShapeFill.Solid(mixed, fg.alpha());
            }
            case "gradFill" -> {
                return gradient(fill, theme, placeholder);
            }
            default -> {
                return null;
            }
        }
    }

    private static ShapeFill gradient(Element fill, ShapeTheme theme, DrawingColor placeholder) {
        List<ShapeFill.Stop> stops = new ArrayList<>();
        for (Element gs : Dom.children(Dom.child(fill, "gsLst"))) {
            DrawingColor c = DrawingColor.in(gs, theme, placeholder);
            if (c != null) {
                stops.add(new ShapeFill.Stop(Dom.longAttr(gs, "pos", 0) / 100000.0, c.rgb(), c.alpha()));
            }
        }
        if (stops.isEmpty()) {
            return null;
        }
        stops.sort(java.util.Comparator.comparingDouble(ShapeFill.Stop::position));
        Element lin = Dom.child(fill, "lin");
        boolean radial = Dom.child(fill, "path") != null;
        double angle = lin == null ? 90 : Dom.longAttr(lin, "ang", 0) / 60000.0;
        return new ShapeFill.Gradient(stops, radial ? 0 : angle, radial);
    }

    /** The a:blip of a picture fill (a:blipFill in the shape's properties), or null. */
    static Element pictureFill(Element spPr) {
        Element blipFill = Dom.child(spPr, "blipFill");
        return Dom.child(blipFill, "blip");
    }

    /** The outline, or null for none. */
    static ShapeStroke stroke(Element spPr, Element style, ShapeTheme theme) {
        Element ln = Dom.child(spPr, "ln");
        Element ref = Dom.child(style, "lnRef");
        int idx = (int) Dom.longAttr(ref, "idx", 0);
        DrawingColor refColour = ref == null ? null : DrawingColor.in(ref, theme, null);
        if (ln == null && (ref == null || idx == 0)) {
            return null;
        }
        Rgb colour = null;
        double alpha = 1;
        boolean explicit = false;
        for (Element c : Dom.children(ln)) {
            switch (c.getLocalName()) {
                case "noFill" -> {
                    return null;
                }
                case "solidFill" -> {
                    DrawingColor dc = DrawingColor.in(c, theme, refColour);
                    if (dc != null) {
                        colour = dc.rgb();
                        alpha = dc.alpha();
                    }
                    explicit = true;
                }
                case "gradFill" -> {
                    ShapeFill g = gradient(c, theme, refColour);
                    if (g instanceof ShapeFill.Gradient gradient) {
                        ShapeFill.Stop first = gradient.stops().get(0);
                        colour = first.color();
                        alpha = first.alpha();
                    }
                    explicit = true;
                }
                default -> {
                }
            }
        }
        if (!explicit) {
            if (ref == null || idx == 0) {
                // an a:ln naming no colour and no style to take one from: Word draws no line
                return null;
            }
            colour = refColour == null ? Rgb.BLACK : refColour.rgb();
            alpha = refColour == null ? 1 : refColour.alpha();
        }
        long w = Dom.longAttr(ln, "w", -1);
        double width = w >= 0 ? w / 12700.0 : idx > 0 ? theme.lineWidth(idx) : 0.75;
        if (width == 0) {
            width = 0.25; // a hairline still shows
        }
        return new ShapeStroke(colour, alpha, width, dash(Dom.child(ln, "prstDash")), cap(ln), join(ln));
    }

    private static List<Double> dash(Element prstDash) {
        String v = prstDash == null ? "solid" : prstDash.getAttribute("val");
        double[] d = switch (v) {
            case "sysDot" -> new double[] {1, 1};
            case "sysDash" -> new double[] {3, 1};
            case "dot" -> new double[] {1, 3};
            case "dash" -> new double[] {4, 3};
            case "dashDot" -> new double[] {4, 3, 1, 3};
            case "lgDash" -> new double[] {8, 3};
            case "lgDashDot" -> new double[] {8, 3, 1, 3};
            case "lgDashDotDot" -> new double[] {8, 3, 1, 3, 1, 3};
            case "sysDashDot" -> new double[] {3, 1, 1, 1};
            case "sysDashDotDot" -> new double[] {3, 1, 1, 1, 1, 1};
            default -> new double[0];
        };
        List<Double> out = new ArrayList<>();
        for (double x : d) {
            out.add(x);
        }
        return out;
    }

    private static ShapeStroke.Cap cap(Element ln) {
        return switch (ln == null ? "" : ln.getAttribute("cap")) {
            case "rnd" -> ShapeStroke.Cap.ROUND;
            case "sq" -> ShapeStroke.Cap.SQUARE;
            default -> ShapeStroke.Cap.FLAT;
        };
    }

    private static ShapeStroke.Join join(Element ln) {
        if (Dom.child(ln, "miter") != null) {
            return ShapeStroke.Join.MITER;
        }
        if (Dom.child(ln, "bevel") != null) {
            return ShapeStroke.Join.BEVEL;
        }
        return ShapeStroke.Join.ROUND;
    }

    /** A preset's darker or lighter face (a can's lid, a cube's side), as Office shades it. */
    static ShapeFill shaded(ShapeFill fill, ShapeGeometry.Shading shading) {
        if (!(fill instanceof ShapeFill.Solid solid) || shading == ShapeGeometry.Shading.NORMAL) {
            return fill;
        }
        double factor = switch (shading) {
            case DARKEN -> 0.6;
            case DARKEN_LESS -> 0.8;
            case LIGHTEN -> 1.4;
            case LIGHTEN_LESS -> 1.2;
            default -> 1;
        };
        int v = solid.color().value();
        int r = scale((v >> 16) & 0xFF, factor);
        int g = scale((v >> 8) & 0xFF, factor);
        int b = scale(v & 0xFF, factor);
        return new ShapeFill.Solid(new Rgb((r << 16) | (g << 8) | b), solid.alpha());
    }

    private static int scale(int channel, double factor) {
        double v = factor <= 1 ? channel * factor : channel + (255 - channel) * (factor - 1);
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    private static Rgb blend(Rgb a, Rgb b) {
        int r = (((a.value() >> 16) & 0xFF) + ((b.value() >> 16) & 0xFF)) / 2;
        int g = (((a.value() >> 8) & 0xFF) + ((b.value() >> 8) & 0xFF)) / 2;
        int bl = ((a.value() & 0xFF) + (b.value() & 0xFF)) / 2;
        return new Rgb((r << 16) | (g << 8) | bl);
    }
}
