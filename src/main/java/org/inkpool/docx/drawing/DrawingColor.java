package org.inkpool.docx.drawing;

import org.inkpool.docx.style.Hsl;
import org.inkpool.model.style.Rgb;
import org.w3c.dom.Element;

/**
 * A DrawingML colour (a:srgbClr, a:schemeClr, a:sysClr, a:prstClr, a:scrgbClr) with its transforms
 * (lumMod, lumOff, tint, shade, alpha) applied in the order written.
 */
record DrawingColor(Rgb rgb, double alpha) {

    /**
     * The colour under {@code parent} (a:solidFill, a:gs, wps:style's lnRef…), or null when it holds none.
     *
     * @param placeholder what a:schemeClr val="phClr" stands for (the style reference's colour), may be null
     */
    static DrawingColor in(Element parent, ShapeTheme theme, DrawingColor placeholder) {
        for (Element c : Dom.children(parent)) {
            DrawingColor colour = of(c, theme, placeholder);
            if (colour != null) {
                return colour;
            }
        }
        return null;
    }

    private static DrawingColor of(Element e, ShapeTheme theme, DrawingColor placeholder) {
        String val = e.getAttribute("val");
        Rgb base;
        double alpha = 1;
        switch (e.getLocalName()) {
            case "srgbClr" -> base = Rgb.parse(val);
            case "sysClr" -> {
                base = Rgb.parse(e.getAttribute("lastClr"));
                if (base == null) {
                    base = val.equals("window") ? new Rgb(0xFFFFFF) : Rgb.BLACK;
                }
            }
            case "schemeClr" -> {
                if (val.equals("phClr")) {
                    base = placeholder == null ? Rgb.BLACK : placeholder.rgb();
                    alpha = placeholder == null ? 1 : placeholder.alpha();
                } else {
                    base = theme.colour(val);
                }
            }
            case "prstClr" -> base = preset(val);
            case "scrgbClr" -> base = new Rgb((channel(e, "r") << 16) | (channel(e, "g") << 8) | channel(e, "b"));
            default -> {
                return null;
            }
        }
        if (base == null) {
            base = Rgb.BLACK;
        }
        return transformed(new DrawingColor(base, alpha), e);
    }

    private static int channel(Element e, String name) {
        double linear = Dom.longAttr(e, name, 0) / 100000.0;
        double srgb = linear <= 0.0031308 ? 12.92 * linear : 1.055 * Math.pow(linear, 1 / 2.4) - 0.055;
        return (int) Math.round(Math.max(0, Math.min(1, srgb)) * 255);
    }

    private static DrawingColor transformed(DrawingColor colour, Element e) {
        Rgb rgb = colour.rgb();
        double alpha = colour.alpha();
        for (Element t : Dom.children(e)) {
            double v = Dom.longAttr(t, "val", 100000) / 100000.0;
            switch (t.getLocalName()) {
                case "alpha" -> alpha = alpha * v;
                case "lumMod", "lumOff" -> {
                    float[] hsl = Hsl.of(rgb);
                    hsl[2] = (float) Math.max(0, Math.min(1, t.getLocalName().equals("lumMod") ? hsl[2] * v
                            : hsl[2] + v));
                    rgb = Hsl.rgb(hsl);
                }
                case "satMod" -> {
                    float[] hsl = Hsl.of(rgb);
                    hsl[1] = (float) Math.max(0, Math.min(1, hsl[1] * v));
                    rgb = Hsl.rgb(hsl);
                }
                case "tint" -> rgb = mix(rgb, 0xFF, v);
                case "shade" -> rgb = mix(rgb, 0x00, v);
                default -> {
                    // hue, gamma, complement…: rare in documents, the colour stays
                }
            }
        }
        return new DrawingColor(rgb, Math.max(0, Math.min(1, alpha)));
    }

    /** {@code keep} of the colour, the rest of the grey level {@code towards} (white for a tint, black for a shade). */
    private static Rgb mix(Rgb c, int towards, double keep) {
        int r = (int) Math.round(((c.value() >> 16) & 0xFF) * keep + towards * (1 - keep));
        int g = (int) Math.round(((c.value() >> 8) & 0xFF) * keep + towards * (1 - keep));
        int b = (int) Math.round((c.value() & 0xFF) * keep + towards * (1 - keep));
        return new Rgb((clamp(r) << 16) | (clamp(g) << 8) | clamp(b));
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /** The named preset colours documents use (a:prstClr); others read as black. */
    private static Rgb preset(String name) {
        return switch (name) {
            case "white" -> new Rgb(0xFFFFFF);
            case "red" -> new Rgb(0xFF0000);
            case "green" -> new Rgb(0x008000);
            case "blue" -> new Rgb(0x0000FF);
            case "yellow" -> new Rgb(0xFFFF00);
            case "gray", "grey" -> new Rgb(0x808080);
            case "lightGray", "ltGray" -> new Rgb(0xD3D3D3);
            case "darkGray", "dkGray" -> new Rgb(0xA9A9A9);
            case "orange" -> new Rgb(0xFFA500);
            case "cyan", "aqua" -> new Rgb(0x00FFFF);
            case "magenta", "fuchsia" -> new Rgb(0xFF00FF);
            default -> Rgb.BLACK;
        };
    }
}
