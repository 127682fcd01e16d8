package org.inkpool.docx.drawing;

import org.inkpool.docx.opc.Ooxml;
import org.inkpool.model.drawing.Anchor;
import org.inkpool.model.Block;
import org.inkpool.model.drawing.TextBox;
import org.w3c.dom.Element;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A VML shape's floating position (style {@code position:absolute}, {@code margin-left/top},
 * {@code mso-position-*}, {@code z-index}, {@code mso-wrap-distance-*}, and {@code w10:wrap}) as an
 * {@link Anchor}, and its {@code v:textbox} as a {@link TextBox}.
 */
public final class VmlAnchor {

    private VmlAnchor() {
    }

    /** The style's declarations, keys lower-cased. */
    static Map<String, String> declarations(String style) {
        Map<String, String> out = new HashMap<>();
        if (style == null) {
            return out;
        }
        for (String decl : style.split(";")) {
            int colon = decl.indexOf(':');
            if (colon > 0) {
                out.put(decl.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        decl.substring(colon + 1).trim().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Whether the shape floats (absolute position); an inline VML shape sits in the line. */
    public static boolean floats(Element shape) {
        Map<String, String> css = declarations(shape.getAttribute("style"));
        if (!"absolute".equals(css.get("position"))) {
            return false;
        }
        // some writers mark inline shapes absolute too: a floating one says where it stands or how it wraps
        for (String key : css.keySet()) {
            if (key.startsWith("margin-") || key.startsWith("mso-position-") || key.equals("left")
                    || key.equals("top") || key.equals("z-index")) {
                return true;
            }
        }
        return wrapElement(shape) != null;
    }

    public static Anchor read(Element shape) {
        Map<String, String> css = declarations(shape.getAttribute("style"));
        Anchor.RelativeFrom hFrom = AnchorReader.relativeFrom(css.get("mso-position-horizontal-relative"),
                Anchor.RelativeFrom.COLUMN);
        String vRel = css.get("mso-position-vertical-relative");
        Anchor.RelativeFrom vFrom = "text".equals(vRel) ? Anchor.RelativeFrom.PARAGRAPH
                : AnchorReader.relativeFrom(vRel, Anchor.RelativeFrom.PARAGRAPH);
        double x = length(css, "margin-left") + length(css, "left");
        double y = length(css, "margin-top") + length(css, "top");
        Anchor.Align hAlign = AnchorReader.align(css.get("mso-position-horizontal"));
        Anchor.Align vAlign = AnchorReader.align(css.get("mso-position-vertical"));
        Anchor.Position h = hAlign == Anchor.Align.NONE ? Anchor.Position.offset(hFrom, x)
                : Anchor.Position.aligned(hFrom, hAlign);
        Anchor.Position v = vAlign == Anchor.Align.NONE ? Anchor.Position.offset(vFrom, y)
                : Anchor.Position.aligned(vFrom, vAlign);
        long z = 0;
        try {
            z = css.containsKey("z-index") ? Long.parseLong(css.get("z-index")) : 0;
        } catch (NumberFormatException e) {
            z = 0;
        }
        Element w10 = wrapElement(shape);
        Anchor.WrapType type = Anchor.WrapType.NONE;
        Anchor.WrapText side = Anchor.WrapText.BOTH_SIDES;
        if (w10 != null) {
            type = switch (w10.getAttribute("type")) {
                case "square" -> Anchor.WrapType.SQUARE;
                case "tight" -> Anchor.WrapType.TIGHT;
                case "through" -> Anchor.WrapType.THROUGH;
                case "topAndBottom" -> Anchor.WrapType.TOP_AND_BOTTOM;
                default -> Anchor.WrapType.NONE;
            };
            side = AnchorReader.wrapText(w10.getAttribute("side").equals("both") ? "" : w10.getAttribute("side"));
        }
        Anchor.Wrap wrap = new Anchor.Wrap(type, side, length(css, "mso-wrap-distance-top"),
                length(css, "mso-wrap-distance-bottom"), length(css, "mso-wrap-distance-left", 9),
                length(css, "mso-wrap-distance-right", 9), List.of());
        // a negative z-index puts the shape behind the text; the order among shapes keeps the sign
        return new Anchor(h, v, wrap, z < 0, z, true, true, false, null);
    }

    private static Element wrapElement(Element shape) {
        for (Element c : Ooxml.children(shape)) {
            if ("wrap".equals(c.getLocalName()) && !Ooxml.V.equals(Ooxml.family(c))) {
                return c;
            }
        }
        return null;
    }

    /** The v:textbox's inset ("l,t,r,b", VML defaults 0.1 in / 0.05 in), direction and grow-to-fit. */
    public static TextBox textBox(Element shape, Element textbox, List<Block> blocks) {
        TextBox.Insets insets = TextBox.Insets.DEFAULT;
        String inset = textbox.getAttribute("inset");
        if (!inset.isEmpty()) {
            String[] parts = inset.split(",", -1);
            double[] v = {insets.left(), insets.top(), insets.right(), insets.bottom()};
            for (int i = 0; i < Math.min(4, parts.length); i++) {
                if (!parts[i].isBlank()) {
                    v[i] = VmlStyle.length(parts[i].trim().toLowerCase(Locale.ROOT));
                }
            }
            insets = new TextBox.Insets(v[0], v[1], v[2], v[3]);
        }
        Map<String, String> css = declarations(textbox.getAttribute("style"));
        Map<String, String> shapeCss = declarations(shape.getAttribute("style"));
        String flow = css.getOrDefault("layout-flow", "");
        TextBox.Direction direction = flow.startsWith("vertical") ? TextBox.Direction.VERTICAL
                : TextBox.Direction.HORIZONTAL;
        boolean fit = "t".equals(css.get("mso-fit-shape-to-text")) || "true".equals(css.get("mso-fit-shape-to-text"))
                || "t".equals(shapeCss.get("mso-fit-shape-to-text"));
        TextBox.VerticalAnchor anchor = switch (shapeCss.getOrDefault("v-text-anchor", "")) {
            case "middle", "middle-center" -> TextBox.VerticalAnchor.CENTER;
            case "bottom" -> TextBox.VerticalAnchor.BOTTOM;
            default -> TextBox.VerticalAnchor.TOP;
        };
        return new TextBox(blocks, insets, anchor, direction, fit, null, 0);
    }

    private static double length(Map<String, String> css, String key) {
        return length(css, key, 0);
    }

    private static double length(Map<String, String> css, String key, double fallback) {
        String v = css.get(key);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        boolean negative = v.startsWith("-");
        double d = VmlStyle.length(negative ? v.substring(1) : v);
        return negative ? -d : d;
    }
}
