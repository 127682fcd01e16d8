package org.inkpool.docx.body;

import org.inkpool.docx.ReadContext;
import org.inkpool.docx.opc.DocxPackage;
import org.inkpool.docx.opc.Ooxml;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.inkpool.model.Block;
import org.inkpool.model.section.HeaderFooterPart;
import org.inkpool.model.section.HeaderFooterType;
import org.inkpool.model.section.HeadersFooters;
import org.inkpool.model.section.PageNumberFormat;
import org.inkpool.model.section.PageNumbering;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a section's header and footer parts (w:headerReference / w:footerReference) and its page
 * numbering. A type the section does not reference is inherited from the previous section, as Word's
 * "link to previous" does; each part is read once however many sections share it.
 */
final class HeaderFooterReader {
    private final ReadContext ctx;
    private final Map<String, HeaderFooterPart> partsByTarget = new HashMap<>();
    private HeadersFooters previous = HeadersFooters.NONE;

    HeaderFooterReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    /** The headers and footers of the section whose properties are {@code sectPr} (null: the body's default). */
    HeadersFooters read(Element sectPr) {
        Map<HeaderFooterType, HeaderFooterPart> headers = new EnumMap<>(HeaderFooterType.class);
        Map<HeaderFooterType, HeaderFooterPart> footers = new EnumMap<>(HeaderFooterType.class);
        headers.putAll(previous.headers());
        footers.putAll(previous.footers());
        for (Element e : Ooxml.children(sectPr)) {
            boolean header = Ooxml.is(e, Ooxml.W, "headerReference");
            if (!header && !Ooxml.is(e, Ooxml.W, "footerReference")) {
                continue;
            }
            HeaderFooterPart part = part(Ooxml.attr(e, Ooxml.R, "id"));
            if (part != null) {
                (header ? headers : footers).put(type(Ooxml.wAttr(e, "type")), part);
            }
        }
        boolean titlePage = Boolean.TRUE.equals(Ooxml.onOff(Ooxml.wChild(sectPr, "titlePg")));
        previous = new HeadersFooters(headers, footers, titlePage);
        return previous;
    }

    static PageNumbering numbering(Element sectPr) {
        Element pgNumType = Ooxml.wChild(sectPr, "pgNumType");
        if (pgNumType == null) {
            return PageNumbering.CONTINUE;
        }
        Integer start = Ooxml.integer(Ooxml.wAttr(pgNumType, "start"));
        if (start != null && (start < 0 || start > 1_000_000)) {
            start = null;
        }
        PageNumberFormat format = FieldInstruction.numberFormat(Ooxml.wAttr(pgNumType, "fmt"));
        return new PageNumbering(start, format);
    }

    private static HeaderFooterType type(String type) {
        if ("first".equals(type)) {
            return HeaderFooterType.FIRST;
        }
        return "even".equals(type) ? HeaderFooterType.EVEN : HeaderFooterType.DEFAULT;
    }

    /** The part a relationship id points to; null when it cannot be found or read. */
    private HeaderFooterPart part(String relId) {
        if (relId == null || relId.isEmpty()) {
            return null;
        }
        try {
            PackageRelationship rel = ctx.part.getRelationship(relId);
            if (rel == null) {
                return null;
            }
            PackagePart part = ctx.pkg.partFor(rel);
            if (part == null) {
                return null;
            }
            String key = part.getPartName().getName();
            HeaderFooterPart known = partsByTarget.get(key);
            if (known != null) {
                return known;
            }
            Element root = DocxPackage.parse(part).getDocumentElement();
            ReadContext partCtx = ctx.forPart(part);
            partCtx.floating = new ArrayList<>();
            List<Block> blocks = new BodyReader(partCtx).readStory(root);
            HeaderFooterPart read = new HeaderFooterPart(blocks, partCtx.floating);
            partsByTarget.put(key, read);
            return read;
        } catch (Exception e) {
            if (e instanceof org.xml.sax.SAXException && String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw new IllegalStateException(e); // never tolerate an entity declaration, wherever it is
            }
            ctx.warnings.warn("A header or footer could not be read and was left out");
            return null;
        }
    }
}
