package org.inkpool.docx.style;

import org.inkpool.docx.opc.Ooxml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.HashMap;
import java.util.Map;

/**
 * The theme's major (headings) and minor (body) font schemes. A theme reference such as
 * {@code minorEastAsia} resolves to the scheme's {@code a:ea} typeface, or, when that is empty, to the
 * {@code a:font script="Hans"} (etc.) entry for the document's East Asian language.
 */
public final class Theme {
    /** Used when a document has no theme part (word-layout-facts §2). */
    public static final Theme NONE = new Theme(new FontScheme(), new FontScheme());

    private final FontScheme major;
    private final FontScheme minor;

    private Theme(FontScheme major, FontScheme minor) {
        this.major = major;
        this.minor = minor;
    }

    public static Theme parse(Document xml) {
        Element fontScheme = Ooxml.descendant(xml.getDocumentElement(), Ooxml.A, "fontScheme");
        if (fontScheme == null) {
            return NONE;
        }
        return new Theme(FontScheme.parse(Ooxml.child(fontScheme, Ooxml.A, "majorFont")),
                FontScheme.parse(Ooxml.child(fontScheme, Ooxml.A, "minorFont")));
    }

    /**
     * Resolves a theme font reference (majorAscii, minorHAnsi, majorEastAsia, minorBidi…).
     *
     * @param eastAsiaLang the document's East Asian language (zh-CN, ja-JP…), may be null
     * @param bidiLang     the document's complex-script language (ar-SA, he-IL…), may be null
     * @return the typeface, or null when the theme does not say
     */
    String resolve(String reference, String eastAsiaLang, String bidiLang) {
        if (reference == null) {
            return null;
        }
        FontScheme scheme = reference.startsWith("major") ? major : minor;
        if (reference.endsWith("EastAsia")) {
            return nonEmpty(scheme.eastAsia) ? scheme.eastAsia : scheme.scripts.get(eastAsiaScript(eastAsiaLang));
        }
        if (reference.endsWith("Bidi")) {
            return nonEmpty(scheme.complex) ? scheme.complex : scheme.scripts.get(bidiScript(bidiLang));
        }
        return nonEmpty(scheme.latin) ? scheme.latin : null;
    }

    private static boolean nonEmpty(String s) {
        return s != null && !s.isEmpty();
    }

    static String eastAsiaScript(String lang) {
        if (lang == null) {
            return "";
        }
        String l = lang.toLowerCase();
        if (l.startsWith("ja")) {
            return "Jpan";
        }
        if (l.startsWith("ko")) {
            return "Hang";
        }
        if (l.equals("zh-tw") || l.equals("zh-hk") || l.equals("zh-mo") || l.contains("hant")) {
            return "Hant";
        }
        if (l.startsWith("zh")) {
            return "Hans";
        }
        return "";
    }

    static String bidiScript(String lang) {
        if (lang == null) {
            return "";
        }
        String l = lang.toLowerCase();
        if (l.startsWith("he") || l.startsWith("yi")) {
            return "Hebr";
        }
        if (l.startsWith("th")) {
            return "Thai";
        }
        if (l.startsWith("ar") || l.startsWith("fa") || l.startsWith("ur")) {
            return "Arab";
        }
        return "";
    }

    private static final class FontScheme {
        String latin;
        String eastAsia;
        String complex;
        final Map<String, String> scripts = new HashMap<>();

        public static FontScheme parse(Element font) {
            FontScheme s = new FontScheme();
            if (font == null) {
                return s;
            }
            s.latin = Ooxml.plainAttr(Ooxml.child(font, Ooxml.A, "latin"), "typeface");
            s.eastAsia = Ooxml.plainAttr(Ooxml.child(font, Ooxml.A, "ea"), "typeface");
            s.complex = Ooxml.plainAttr(Ooxml.child(font, Ooxml.A, "cs"), "typeface");
            for (Element e : Ooxml.children(font)) {
                if (Ooxml.is(e, Ooxml.A, "font")) {
                    s.scripts.put(e.getAttribute("script"), e.getAttribute("typeface"));
                }
            }
            return s;
        }
    }
}
