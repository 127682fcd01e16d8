package org.inkpool.wordml;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.inkpool.wordml.Vocabulary.O;
import static org.inkpool.wordml.Vocabulary.W;
import static org.inkpool.wordml.Vocabulary.W2003;

/**
 * Turns a parsed w:wordDocument into the parts of a .docx: the body, the style sheet (with the document's
 * default fonts as docDefaults), w:lists as numbering, w:docPr as settings, o:DocumentProperties as the
 * core properties.
 */
final class DocumentTranslator {
    private DocumentTranslator() {
    }

    /** The zip bytes of the .docx that says what {@code root} (a w:wordDocument) says. */
    static byte[] translate(Element root, Consumer<String> warnings) throws IOException {
        PackageParts pkg = new PackageParts();
        ContentTranslator content = new ContentTranslator(pkg, binData(root, warnings), warnings);
        Element body = null;
        Element styles = null;
        Element fonts = null;
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            String local = e.getLocalName();
            if (O.equals(e.getNamespaceURI()) && "DocumentProperties".equals(local)) {
                pkg.coreProperties(coreProperties(e));
            } else if (!W2003.equals(e.getNamespaceURI())) {
                continue;
            }
            switch (local) {
                case "body" -> body = e;
                case "styles" -> styles = e;
                case "fonts" -> fonts = e;
                case "lists" -> lists(e, pkg, content);
                case "docPr" -> {
                    PackageParts.Part settings = pkg.add("settings.xml", "settings", "settings", "settings");
                    content.into(settings, e, settings.root);
                }
                case "bgPict" -> background(e, pkg.main());
                default -> { } // fonts' panose and signatures, shape defaults, OLE data: nothing printed
            }
        }
        PackageParts.Part styleSheet = pkg.add("styles.xml", "styles", "styles", "styles");
        styleSheet.root.appendChild(defaults(fonts, styleSheet));
        if (styles != null) {
            content.into(styleSheet, styles, styleSheet.root);
        }
        Element wBody = pkg.main().create("body");
        pkg.main().root.appendChild(wBody);
        if (body != null) {
            content.into(pkg.main(), body, wBody);
        }
        return pkg.zip();
    }

    /** Every w:binData (base64 pictures, named wordml://…) by name, decoded once. */
    private static Map<String, byte[]> binData(Element root, Consumer<String> warnings) {
        Map<String, byte[]> out = new HashMap<>();
        NodeList all = root.getElementsByTagNameNS(W2003, "binData");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String name = e.getAttributeNS(W2003, "name");
            try {
                out.putIfAbsent(name, Base64.getMimeDecoder().decode(e.getTextContent().strip()));
            } catch (IllegalArgumentException bad) {
                warnings.accept("A picture's data is damaged and was left out");
            }
        }
        return out;
    }

    /**
     * Word 2003 keeps the default fonts in w:fonts/w:defaultFonts; without them text is in Times New Roman,
     * Word's own default then.
     */
    private static Element defaults(Element fonts, PackageParts.Part styles) {
        Element rFonts = styles.create("rFonts");
        rFonts.setAttributeNS(W, "w:ascii", "Times New Roman");
        rFonts.setAttributeNS(W, "w:hAnsi", "Times New Roman");
        rFonts.setAttributeNS(W, "w:cs", "Times New Roman");
        Element given = fonts == null ? null : firstChild(fonts, "defaultFonts");
        if (given != null) {
            for (String[] slot : new String[][] {{"ascii", "ascii"}, {"h-ansi", "hAnsi"}, {"fareast", "eastAsia"},
                    {"cs", "cs"}}) {
                String font = given.getAttributeNS(W2003, slot[0]);
                if (!font.isBlank()) {
                    rFonts.setAttributeNS(W, "w:" + slot[1], font);
                }
            }
        }
        Element rPr = styles.create("rPr");
        rPr.appendChild(rFonts);
        Element rPrDefault = styles.create("rPrDefault");
        rPrDefault.appendChild(rPr);
        Element docDefaults = styles.create("docDefaults");
        docDefaults.appendChild(rPrDefault);
        return docDefaults;
    }

    /** w:lists: every w:listDef (abstract numbering) first, as 2006 orders them, then every w:list. */
    private static void lists(Element lists, PackageParts pkg, ContentTranslator content) {
        PackageParts.Part numbering = pkg.add("numbering.xml", "numbering", "numbering", "numbering");
        List<Element> later = new ArrayList<>();
        for (Node n = lists.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if ("list".equals(e.getLocalName())) {
                    later.add(e);
                } else {
                    content.one(numbering, e, numbering.root);
                }
            }
        }
        for (Element e : later) {
            content.one(numbering, e, numbering.root);
        }
    }

    /** w:bgPict/w:background's colour as the document background (shown when the settings ask). */
    private static void background(Element bgPict, PackageParts.Part main) {
        Element bg = firstChild(bgPict, "background");
        String color = bg == null ? "" : bg.getAttributeNS(W2003, "bgcolor").replace("#", "");
        if (color.matches("[0-9A-Fa-f]{6}")) {
            Element out = main.create("background");
            out.setAttributeNS(W, "w:color", color);
            main.root.insertBefore(out, main.root.getFirstChild());
        }
    }

    /** o:DocumentProperties as the package's core properties part. */
    private static String coreProperties(Element props) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
                + "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\""
                + "http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
        property(props, "Title", "dc:title", out);
        property(props, "Subject", "dc:subject", out);
        property(props, "Author", "dc:creator", out);
        property(props, "Keywords", "cp:keywords", out);
        property(props, "Description", "dc:description", out);
        date(props, "Created", "dcterms:created", out);
        date(props, "LastSaved", "dcterms:modified", out);
        return out.append("</cp:coreProperties>").toString();
    }

    private static void property(Element props, String name, String tag, StringBuilder out) {
        String v = text(props, name);
        if (!v.isEmpty()) {
            out.append('<').append(tag).append('>').append(PackageParts.escape(v)).append("</").append(tag).append('>');
        }
    }

    private static void date(Element props, String name, String tag, StringBuilder out) {
        String v = text(props, name).strip();
        try {
            Instant.parse(v);
        } catch (DateTimeParseException e) {
            return; // a date POI could not read would stop the whole package; it is only metadata
        }
        out.append('<').append(tag).append(" xsi:type=\"dcterms:W3CDTF\">").append(v).append("</").append(tag)
                .append('>');
    }

    private static String text(Element props, String name) {
        for (Node n = props.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && O.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e.getTextContent();
            }
        }
        return "";
    }

    private static Element firstChild(Element parent, String local) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W2003.equals(e.getNamespaceURI()) && local.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }
}
