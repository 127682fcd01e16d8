package org.inkpool.wordml;

import org.inkpool.docx.SharedValues;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import static org.inkpool.wordml.Vocabulary.AML;
import static org.inkpool.wordml.Vocabulary.R;
import static org.inkpool.wordml.Vocabulary.SHARED_PREFIXES;
import static org.inkpool.wordml.Vocabulary.W;
import static org.inkpool.wordml.Vocabulary.W2003;
import static org.inkpool.wordml.Vocabulary.WX;

/**
 * Rewrites Word 2003 content (body, headers, notes, styles, lists, settings) as 2006 WordprocessingML, element
 * by element, into the part being built. What 2003 keeps inline becomes the parts 2006 relates: headers and
 * footers written in w:sectPr, notes written inside their runs, pictures as base64 w:binData.
 */
final class ContentTranslator {
    private final PackageParts pkg;
    private final Map<String, byte[]> binData;
    private final Consumer<String> warnings;
    private final Map<String, String> mediaTargets = new HashMap<>();
    private PackageParts.Part part;
    private PackageParts.Part footnotes;
    private PackageParts.Part endnotes;
    private int noteIds;
    private int headers;
    private int footers;

    ContentTranslator(PackageParts pkg, Map<String, byte[]> binData, Consumer<String> warnings) {
        this.pkg = pkg;
        this.binData = binData;
        this.warnings = warnings;
        this.part = pkg.main();
    }

    /** Translates the children of {@code src} into {@code dst}, an element of {@code target}. */
    void into(PackageParts.Part target, Element src, Element dst) {
        inPart(target, () -> children(src, dst));
    }

    /** Translates one element into {@code dst}, an element of {@code target}. */
    void one(PackageParts.Part target, Element src, Element dst) {
        inPart(target, () -> node(src, dst));
    }

    /** Runs {@code translation} with {@code target} as the part being written, then restores the outer one. */
    private void inPart(PackageParts.Part target, Runnable translation) {
        PackageParts.Part outer = part;
        part = target;
        try {
            translation.run();
        } finally {
            part = outer;
        }
    }

    private void children(Element src, Element dst) {
        for (Node n = src.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                node(e, dst);
            }
        }
    }

    private void node(Element src, Element dst) {
        String ns = src.getNamespaceURI();
        if (W2003.equals(ns)) {
            word(src, dst);
        } else if (WX.equals(ns)) {
            if (Vocabulary.HINT_WRAPPERS.contains(src.getLocalName())) {
                children(src, dst); // a section or border group: its paragraphs belong to the parent
            } // other wx: elements are hints of what Word displayed, repeated from the real properties
        } else if (AML.equals(ns)) {
            annotation(src, dst);
        } else if (SHARED_PREFIXES.containsKey(ns)) {
            dst.appendChild(drawing(src, ns));
        } else {
            children(src, dst); // smart tags and custom XML wrap ordinary content
        }
    }

    private void word(Element src, Element dst) {
        switch (src.getLocalName()) {
            // pictures were collected up front; a continuing horizontal merge is read with its row;
            // headers and footers are read with their section
            case "binData", "hmerge", "hdr", "ftr" -> { }
            case "footnote", "endnote" -> {
                if (isWord(src.getParentNode(), "r")) {
                    note(src, dst);
                } // elsewhere (w:docPr/w:footnotePr) they are the separators, Word's own decoration
            }
            case "hlink" -> hyperlink(src, dst);
            case "t", "instrText", "delText" -> text(src, dst);
            case "sectPr" -> section(src, dst);
            case "tr" -> row(src, dst);
            case "pgNum" -> pageNumber(dst);
            default -> {
                Element out = element(src);
                dst.appendChild(out);
                children(src, out);
            }
        }
    }

    /** The 2006 element for a 2003 one, with its attributes renamed; no children. */
    private Element element(Element src) {
        String name = Vocabulary.element(src.getLocalName());
        Element out = part.create(name);
        NamedNodeMap attrs = src.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if (!W2003.equals(a.getNamespaceURI())) {
                continue; // namespace declarations, xml:space (every w:t preserves), hints of other tools
            }
            String attr = Vocabulary.attribute(a.getLocalName());
            String value = "numFmt".equals(name) && "val".equals(attr) ? numberFormat(a.getValue())
                    : Vocabulary.value(name, attr, a.getValue());
            out.setAttributeNS(W, "w:" + attr, value);
        }
        return out;
    }

    private static String numberFormat(String nfc) {
        try {
            return SharedValues.numberFormatName(Integer.parseInt(nfc.trim()));
        } catch (NumberFormatException e) {
            return "decimal";
        }
    }

    private void text(Element src, Element dst) {
        Element out = part.create(src.getLocalName());
        out.setAttributeNS(Vocabulary.XML, "xml:space", "preserve"); // 2003 keeps every space
        out.setTextContent(src.getTextContent());
        dst.appendChild(out);
    }

    /** w:pgNum, Word 2003's page number in a run, as the PAGE field 2006 writes. */
    private void pageNumber(Element run) {
        Element begin = part.create("fldChar");
        begin.setAttributeNS(W, "w:fldCharType", "begin");
        Element instr = part.create("instrText");
        instr.setTextContent(" PAGE ");
        Element separate = part.create("fldChar");
        separate.setAttributeNS(W, "w:fldCharType", "separate");
        Element result = part.create("t");
        result.setTextContent("1");
        Element end = part.create("fldChar");
        end.setAttributeNS(W, "w:fldCharType", "end");
        for (Element e : new Element[] {begin, instr, separate, result, end}) {
            run.appendChild(e);
        }
    }

    private void hyperlink(Element src, Element dst) {
        Element out = part.create("hyperlink");
        String dest = src.getAttributeNS(W2003, "dest");
        String bookmark = src.getAttributeNS(W2003, "bookmark");
        if (!dest.isEmpty()) {
            String target = bookmark.isEmpty() ? dest : dest + "#" + bookmark;
            out.setAttributeNS(R, "r:id", part.relate("hyperlink", target, true));
        } else if (!bookmark.isEmpty()) {
            out.setAttributeNS(W, "w:anchor", bookmark);
        }
        copyAttribute(src, "target", out, "tgtFrame");
        copyAttribute(src, "screenTip", out, "tooltip");
        dst.appendChild(out);
        children(src, out);
    }

    private static void copyAttribute(Element src, String from, Element out, String to) {
        String v = src.getAttributeNS(W2003, from);
        if (!v.isEmpty()) {
            out.setAttributeNS(W, "w:" + to, v);
        }
    }

    /** A note written inside its run: its text goes to the notes part, a reference stays in the run. */
    private void note(Element src, Element run) {
        boolean foot = "footnote".equals(src.getLocalName());
        PackageParts.Part notes = foot ? footnotes() : endnotes();
        String id = Integer.toString(++noteIds);
        Element note = notes.create(src.getLocalName());
        note.setAttributeNS(W, "w:id", id);
        notes.root.appendChild(note);
        into(notes, src, note);
        Element ref = part.create(src.getLocalName() + "Reference");
        ref.setAttributeNS(W, "w:id", id);
        run.appendChild(ref);
    }

    private PackageParts.Part footnotes() {
        if (footnotes == null) {
            footnotes = pkg.add("footnotes.xml", "footnotes", "footnotes", "footnotes");
        }
        return footnotes;
    }

    private PackageParts.Part endnotes() {
        if (endnotes == null) {
            endnotes = pkg.add("endnotes.xml", "endnotes", "endnotes", "endnotes");
        }
        return endnotes;
    }

    /** A section: headers and footers written inside it become parts it refers to. */
    private void section(Element src, Element dst) {
        Element out = part.create("sectPr");
        dst.appendChild(out);
        for (Node n = src.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W2003.equals(e.getNamespaceURI())
                    && ("hdr".equals(e.getLocalName()) || "ftr".equals(e.getLocalName()))) {
                headerOrFooter(e, out);
            } else if (n instanceof Element e) {
                node(e, out);
            }
        }
    }

    private void headerOrFooter(Element src, Element sectPr) {
        boolean header = "hdr".equals(src.getLocalName());
        String kind = header ? "header" : "footer";
        int n = header ? ++headers : ++footers;
        PackageParts.Part story = pkg.add(kind + n + ".xml", kind, kind, header ? "hdr" : "ftr");
        into(story, src, story.root);
        String type = src.getAttributeNS(W2003, "type");
        Element ref = part.create(kind + "Reference");
        ref.setAttributeNS(W, "w:type", type.isEmpty() || "odd".equals(type) ? "default" : type);
        ref.setAttributeNS(R, "r:id", story.relId);
        sectPr.appendChild(ref);
    }

    /**
     * A table row. 2003 merges cells across with w:hmerge (restart, then continue on each following cell);
     * 2006 writes one cell spanning the grid columns, so the continuing cells widen the one they continue.
     */
    private void row(Element src, Element dst) {
        Element out = element(src);
        dst.appendChild(out);
        Element merging = null;
        for (Node n = src.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            if (isWord(e, "tc")) {
                Element hmerge = cellProperty(e, "hmerge");
                boolean continues = hmerge != null && !"restart".equals(hmerge.getAttributeNS(W2003, "val"));
                if (continues && merging != null) {
                    widen(merging, e);
                    continue;
                }
                Element cell = element(e);
                out.appendChild(cell);
                children(e, cell);
                merging = cell;
            } else {
                node(e, out);
            }
        }
    }

    private static Element cellProperty(Element tc, String name) {
        for (Node n = tc.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isWord(n, "tcPr")) {
                for (Node p = n.getFirstChild(); p != null; p = p.getNextSibling()) {
                    if (isWord(p, name)) {
                        return (Element) p;
                    }
                }
            }
        }
        return null;
    }

    /** Adds the grid columns (and the width) of continuing cell {@code src} to {@code cell}. */
    private void widen(Element cell, Element src) {
        int span = 1;
        Element srcSpan = cellProperty(src, "gridSpan");
        if (srcSpan != null) {
            span = Math.max(1, parseInt(srcSpan.getAttributeNS(W2003, "val"), 1));
        }
        Element tcPr = child(cell, "tcPr");
        if (tcPr == null) {
            tcPr = part.create("tcPr");
            cell.insertBefore(tcPr, cell.getFirstChild());
        }
        Element gridSpan = child(tcPr, "gridSpan");
        if (gridSpan == null) {
            gridSpan = part.create("gridSpan");
            gridSpan.setAttributeNS(W, "w:val", "1");
            Element width = child(tcPr, "tcW");
            tcPr.insertBefore(gridSpan, width == null ? tcPr.getFirstChild() : width.getNextSibling());
        }
        gridSpan.setAttributeNS(W, "w:val",
                Integer.toString(parseInt(gridSpan.getAttributeNS(W, "val"), 1) + span));
        Element width = child(tcPr, "tcW");
        Element srcWidth = cellProperty(src, "tcW");
        if (width != null && srcWidth != null && "dxa".equals(width.getAttributeNS(W, "type"))
                && "dxa".equals(srcWidth.getAttributeNS(W2003, "type"))) {
            width.setAttributeNS(W, "w:w", Integer.toString(parseInt(width.getAttributeNS(W, "w"), 0)
                    + (int) Math.round(parseDouble(srcWidth.getAttributeNS(W2003, "w")))));
        }
    }

    /**
     * aml:annotation: bookmarks, tracked insertions and deletions (kept as w:ins/w:del, so the reader shows
     * them as Word prints them), comments (not printed) and formatting changes (the new formatting is
     * already in the properties).
     */
    private void annotation(Element src, Element dst) {
        if (!"annotation".equals(src.getLocalName())) {
            return;
        }
        String type = src.getAttributeNS(W2003, "type");
        String id = src.getAttributeNS(AML, "id");
        switch (type) {
            case "Word.Bookmark.Start" -> {
                Element start = part.create("bookmarkStart");
                start.setAttributeNS(W, "w:id", id);
                start.setAttributeNS(W, "w:name", src.getAttributeNS(W2003, "name"));
                dst.appendChild(start);
            }
            case "Word.Bookmark.End" -> {
                Element end = part.create("bookmarkEnd");
                end.setAttributeNS(W, "w:id", id);
                dst.appendChild(end);
            }
            case "Word.Insertion", "Word.Deletion" -> revision(src, dst, "Word.Insertion".equals(type) ? "ins" : "del");
            default -> { }
        }
    }

    private void revision(Element src, Element dst, String kind) {
        Element content = null;
        for (Node n = src.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && AML.equals(e.getNamespaceURI()) && "content".equals(e.getLocalName())) {
                content = e;
            }
        }
        if (content == null) {
            return; // a mark on a paragraph mark or a property: nothing to show
        }
        boolean runs = isWord(dst, "p") || isWord(dst, "hyperlink") || isWord(dst, "fldSimple");
        if (!runs) {
            children(content, dst); // whole paragraphs or rows: shown as they are
            return;
        }
        Element out = part.create(kind);
        out.setAttributeNS(W, "w:id", src.getAttributeNS(AML, "id"));
        String author = src.getAttributeNS(AML, "author");
        out.setAttributeNS(W, "w:author", author);
        String date = src.getAttributeNS(AML, "createdate");
        if (!date.isEmpty()) {
            out.setAttributeNS(W, "w:date", date);
        }
        dst.appendChild(out);
        children(content, out);
    }

    /** A VML element (same vocabulary in both): copied, with wordml:// picture names turned into relationships. */
    private Element drawing(Element src, String ns) {
        Element out = part.xml.createElementNS(ns, SHARED_PREFIXES.get(ns) + ":" + src.getLocalName());
        NamedNodeMap attrs = src.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String ans = a.getNamespaceURI();
            if (ans == null) {
                if ("imagedata".equals(src.getLocalName()) && "src".equals(a.getName())) {
                    picture(a.getValue(), out);
                } else {
                    out.setAttribute(a.getName(), a.getValue());
                }
            } else if (SHARED_PREFIXES.containsKey(ans)) {
                out.setAttributeNS(ans, SHARED_PREFIXES.get(ans) + ":" + a.getLocalName(), a.getValue());
            }
        }
        for (Node n = src.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                node(e, out);
            } else if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank()) {
                out.appendChild(part.xml.createTextNode(n.getNodeValue()));
            }
        }
        return out;
    }

    private void picture(String src, Element imagedata) {
        byte[] data = binData.get(src);
        if (data == null) {
            if (src.startsWith("wordml://")) {
                warnings.accept("A picture's data is missing from the document and was left out");
            }
            return; // a linked picture: the reader shows no external file
        }
        String target = mediaTargets.computeIfAbsent(src,
                name -> pkg.media("image" + (mediaTargets.size() + 1) + "." + extension(name), data));
        imagedata.setAttributeNS(R, "r:id", part.relate("image", target, false));
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ext.matches("[a-z0-9]{1,5}") ? ext : "bin";
    }

    private static boolean isWord(Node n, String local) {
        return n instanceof Element e && local.equals(e.getLocalName())
                && (W2003.equals(e.getNamespaceURI()) || W.equals(e.getNamespaceURI()));
    }

    private static Element child(Element parent, String local) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isWord(n, local)) {
                return (Element) n;
            }
        }
        return null;
    }

    private static int parseInt(String s, int fallback) {
        try {
            return (int) Math.round(Double.parseDouble(s.trim()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static double parseDouble(String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
