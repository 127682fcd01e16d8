package org.inkpool.docx.opc;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * DOM helpers that know the OOXML namespaces. Transitional and Strict documents use different namespace
 * URIs for the same vocabulary, so every element is classified by a short family key ("w", "r", "a"…)
 * and the reader matches on (family, local name) only.
 */
public final class Ooxml {
    public static final String W = "w";
    public static final String R = "r";
    public static final String A = "a";
    public static final String WP = "wp";
    public static final String PIC = "pic";
    public static final String WPS = "wps";
    static final String WPG = "wpg";
    public static final String V = "v";
    public static final String O = "o";
    public static final String MC = "mc";
    public static final String M = "m";
    /** Word 2010's additions to WordprocessingML (w14:ligatures…). */
    public static final String W14 = "w14";
    public static final String W14_URI = "http://schemas.microsoft.com/office/word/2010/wordml";
    public static final String OTHER = "?";

    private static final Map<String, String> FAMILIES = Map.ofEntries(
            Map.entry("http://schemas.openxmlformats.org/wordprocessingml/2006/main", W),
            Map.entry("http://purl.oclc.org/ooxml/wordprocessingml/main", W),
            Map.entry("http://schemas.openxmlformats.org/officeDocument/2006/relationships", R),
            Map.entry("http://purl.oclc.org/ooxml/officeDocument/relationships", R),
            Map.entry("http://schemas.openxmlformats.org/drawingml/2006/main", A),
            Map.entry("http://purl.oclc.org/ooxml/drawingml/main", A),
            Map.entry("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", WP),
            Map.entry("http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing", WP),
            Map.entry("http://schemas.openxmlformats.org/drawingml/2006/picture", PIC),
            Map.entry("http://purl.oclc.org/ooxml/drawingml/picture", PIC),
            Map.entry("http://schemas.microsoft.com/office/word/2010/wordprocessingShape", WPS),
            Map.entry("http://schemas.microsoft.com/office/word/2010/wordprocessingGroup", WPG),
            Map.entry(W14_URI, W14),
            Map.entry("urn:schemas-microsoft-com:vml", V),
            Map.entry("urn:schemas-microsoft-com:office:office", O),
            Map.entry("http://schemas.openxmlformats.org/markup-compatibility/2006", MC),
            Map.entry("http://schemas.openxmlformats.org/officeDocument/2006/math", M),
            Map.entry("http://purl.oclc.org/ooxml/officeDocument/math", M));

    private Ooxml() {
    }

    public static String family(Node node) {
        return family(node.getNamespaceURI());
    }

    /** The family of a namespace URI; null or empty (no namespace) and unknown URIs are {@link #OTHER}. */
    public static String family(String namespaceUri) {
        return namespaceUri == null ? OTHER : FAMILIES.getOrDefault(namespaceUri, OTHER);
    }

    public static boolean is(Node node, String family, String localName) {
        return node instanceof Element && localName.equals(node.getLocalName()) && family.equals(family(node));
    }

    /** The element's child elements, in order. */
    public static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first child element of the given family and name, or null. */
    public static Element child(Element parent, String family, String localName) {
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, family, localName)) {
                return (Element) n;
            }
        }
        return null;
    }

    public static Element wChild(Element parent, String localName) {
        return child(parent, W, localName);
    }

    /** The first descendant (depth first) of the given family and name, or null. */
    public static Element descendant(Element root, String family, String localName) {
        for (Node n = root == null ? null : root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (is(e, family, localName)) {
                    return e;
                }
                Element found = descendant(e, family, localName);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** An attribute in the given family's namespace (either URI), or null when absent. */
    public static String attr(Element el, String family, String localName) {
        if (el == null) {
            return null;
        }
        var attrs = el.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Node a = attrs.item(i);
            if (localName.equals(a.getLocalName()) && family.equals(family(a))) {
                return a.getNodeValue();
            }
        }
        return null;
    }

    /** A w: attribute (w:val, w:left…). */
    public static String wAttr(Element el, String localName) {
        return attr(el, W, localName);
    }

    /** An attribute without namespace (VML style, DrawingML cx…). */
    public static String plainAttr(Element el, String name) {
        if (el == null || !el.hasAttribute(name)) {
            return null;
        }
        return el.getAttribute(name);
    }

    public static String val(Element el) {
        return wAttr(el, "val");
    }

    /** ST_OnOff: an element present without w:val is on; "0", "false", "off" are off. */
    public static Boolean onOff(Element el) {
        if (el == null) {
            return null;
        }
        String v = val(el);
        return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off")
                || v.equalsIgnoreCase("none"));
    }

    public static Integer integer(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return (int) Math.round(Double.parseDouble(s.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A length given in twips, or as a universal measure ("2.5cm", "12pt", "1in"), converted to points.
     * Returns null when absent or malformed.
     */
    public static Double twipsToPt(String s) {
        return measure(s, 20.0);
    }

    /** A length in half-points (w:sz) or a universal measure, in points. */
    public static Double halfPointsToPt(String s) {
        return measure(s, 2.0);
    }

    /** A length with a default unit of 1/divisor pt, or with an explicit unit suffix. */
    public static Double measure(String s, double divisor) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        if (t.isEmpty()) {
            return null;
        }
        double factor = 1.0;
        double div = divisor;
        String number = t;
        if (t.length() > 2 && Character.isLetter(t.charAt(t.length() - 1))) {
            String unit = t.substring(t.length() - 2);
            number = t.substring(0, t.length() - 2);
            div = 1.0;
            factor = switch (unit) {
                case "pt" -> 1.0;
                case "in" -> 72.0;
                case "cm" -> 72.0 / 2.54;
                case "mm" -> 72.0 / 25.4;
                case "pc", "pi" -> 12.0;
                default -> Double.NaN;
            };
        }
        try {
            // dividing (not multiplying by 1/20) keeps 11906 twips at exactly 595.3 pt
            double v = Double.parseDouble(number) * factor / div;
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
