package org.inkpool.docx.drawing;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Small DOM helpers for DrawingML and VML, matching elements by local name: the transitional and strict
 * namespaces spell the same elements, and a drawing's vocabulary has no clashing names that matter here.
 */
final class Dom {
    private Dom() {
    }

    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        if (e == null) {
            return out;
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }

    static Element child(Element e, String localName) {
        if (e == null) {
            return null;
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && localName.equals(c.getLocalName())) {
                return c;
            }
        }
        return null;
    }

    /** The first element named so at any depth below {@code e}, or null. */
    static Element descendant(Element e, String localName) {
        if (e == null) {
            return null;
        }
        for (Element c : children(e)) {
            if (localName.equals(c.getLocalName())) {
                return c;
            }
            Element d = descendant(c, localName);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** An attribute by local name in any namespace (r:embed, o:relid), or null when absent or empty. */
    static String attr(Element e, String localName) {
        if (e == null) {
            return null;
        }
        String plain = e.getAttribute(localName);
        if (!plain.isEmpty()) {
            return plain;
        }
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if (localName.equals(a.getLocalName()) && !a.getValue().isEmpty()) {
                return a.getValue();
            }
        }
        return null;
    }

    static long longAttr(Element e, String name, long otherwise) {
        String v = e == null ? null : e.getAttribute(name);
        if (v == null || v.isEmpty()) {
            return otherwise;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException ex) {
            try {
                double d = Double.parseDouble(v.trim());
                return Double.isFinite(d) ? (long) d : otherwise;
            } catch (NumberFormatException ex2) {
                return otherwise;
            }
        }
    }

    static boolean boolAttr(Element e, String name) {
        String v = e == null ? "" : e.getAttribute(name);
        return v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on");
    }
}
