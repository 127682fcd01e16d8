package org.inkpool.docx.drawing;

import org.inkpool.model.style.Rgb;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What shapes take from the document's theme: the colour scheme (a:clrScheme, with Word's usual mapping of
 * tx1/bg1 to dk1/lt1) and the widths of the line styles a shape's {@code wps:style lnRef} points at.
 */
public final class ShapeTheme {
    /** Office 2013+ theme colours and line widths, for a document without a theme part. */
    public static final ShapeTheme OFFICE = new ShapeTheme(defaults(), new double[] {0.5, 1, 1.5});

    private final Map<String, Rgb> colours;
    private final double[] lineWidths;

    private ShapeTheme(Map<String, Rgb> colours, double[] lineWidths) {
        this.colours = colours;
        this.lineWidths = lineWidths;
    }

    public static ShapeTheme parse(Document theme) {
        Element root = theme == null ? null : theme.getDocumentElement();
        Map<String, Rgb> colours = defaults();
        Element scheme = Dom.descendant(root, "clrScheme");
        for (Element c : Dom.children(scheme)) {
            Element value = Dom.children(c).stream().findFirst().orElse(null);
            Rgb rgb = null;
            if (value != null && "srgbClr".equals(value.getLocalName())) {
                rgb = Rgb.parse(value.getAttribute("val"));
            } else if (value != null && "sysClr".equals(value.getLocalName())) {
                rgb = Rgb.parse(value.getAttribute("lastClr"));
                if (rgb == null) {
                    rgb = "window".equals(value.getAttribute("val")) ? new Rgb(0xFFFFFF) : Rgb.BLACK;
                }
            }
            if (rgb != null) {
                colours.put(c.getLocalName(), rgb);
            }
        }
        double[] widths = OFFICE == null ? new double[] {0.5, 1, 1.5} : OFFICE.lineWidths.clone();
        List<Element> lines = Dom.children(Dom.descendant(root, "lnStyleLst"));
        for (int i = 0; i < Math.min(3, lines.size()); i++) {
            long w = Dom.longAttr(lines.get(i), "w", -1);
            if (w >= 0) {
                widths[i] = w / 12700.0;
            }
        }
        return new ShapeTheme(colours, widths);
    }

    /** A scheme colour by name (accent1, tx1, bg2, hlink…), or null when the scheme has no such name. */
    Rgb colour(String name) {
        String mapped = switch (name) {
            case "tx1" -> "dk1";
            case "tx2" -> "dk2";
            case "bg1" -> "lt1";
            case "bg2" -> "lt2";
            default -> name;
        };
        return colours.get(mapped);
    }

    /** The width in points of the theme's line style {@code idx} (1 to 3); 0 means no line. */
    double lineWidth(int idx) {
        if (idx <= 0) {
            return 0;
        }
        return lineWidths[Math.min(idx, lineWidths.length) - 1];
    }

    private static Map<String, Rgb> defaults() {
        Map<String, Rgb> m = new HashMap<>();
        m.put("dk1", new Rgb(0x000000));
        m.put("lt1", new Rgb(0xFFFFFF));
        m.put("dk2", new Rgb(0x44546A));
        m.put("lt2", new Rgb(0xE7E6E6));
        m.put("accent1", new Rgb(0x4472C4));
        m.put("accent2", new Rgb(0xED7D31));
        m.put("accent3", new Rgb(0xA5A5A5));
        m.put("accent4", new Rgb(0xFFC000));
        m.put("accent5", new Rgb(0x5B9BD5));
        m.put("accent6", new Rgb(0x70AD47));
        m.put("hlink", new Rgb(0x0563C1));
        m.put("folHlink", new Rgb(0x954F72));
        return m;
    }
}
