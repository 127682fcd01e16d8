package org.inkpool.docx.body;

import org.inkpool.docx.PageLookReader;
import org.inkpool.docx.ReadContext;
import org.inkpool.docx.opc.Limits;
import org.inkpool.docx.drawing.FrameAnchor;
import org.inkpool.docx.drawing.TableAnchor;
import org.inkpool.docx.opc.Ooxml;
import org.inkpool.model.Block;
import org.inkpool.model.section.PageSetup;
import org.inkpool.model.section.Section;
import org.inkpool.model.section.SectionStart;
import org.inkpool.model.Table;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

/** Reads block-level content (paragraphs, tables, section breaks) of the body, cells and text boxes. */
public final class BodyReader {
    private final ReadContext ctx;
    private final ParagraphReader paragraphs;
    private HeaderFooterReader headersFooters;
    /** Body paragraphs in frames, waiting for the paragraph they are positioned against. */
    private final PendingFrames frames = new PendingFrames();

    public BodyReader(ReadContext ctx) {
        this.ctx = ctx;
        this.paragraphs = new ParagraphReader(ctx, this);
    }

    /**
     * The body's sections, built from its children handed over one at a time (so a streamed body never has
     * to exist as a whole): a w:sectPr in a paragraph ends its section, the body's own ends the last.
     */
    public final class Sections {
        private final List<Section> sections = new ArrayList<>();
        private List<Block> blocks = new ArrayList<>();
        private Element finalSectPr;
        /** The top-level table whose rows are arriving one at a time, and its reader; null between them. */
        private Element streamedTable;
        private TableReader streamedRows;

        /**
         * Reads one child of a top-level w:tbl that follows its tblPr and tblGrid (a row, or rows wrapped in
         * an sdt…) before the table itself reaches {@link #add}; rows read are detached from the table.
         */
        public void tableContent(Element tbl, Element child) {
            if (streamedTable != tbl) {
                streamedTable = tbl;
                streamedRows = new TableReader(ctx, BodyReader.this, tbl, true);
            }
            streamedRows.add(child);
        }

        /** Reads one child of w:body; it is not needed any more once this returns (its sectPr aside). */
        public void add(Element child) {
            if (Ooxml.is(child, Ooxml.W, "sectPr")) {
                finalSectPr = child;
                return;
            }
            if (child == streamedTable) {
                addTable(child, streamedRows.finish(), blocks, true);
                streamedTable = null;
                streamedRows = null;
                return;
            }
            List<Element> breaks = new ArrayList<>();
            readBlock(child, null, blocks, breaks);
            for (Element sectPr : breaks) {
                // the section ends with the paragraph that carries its properties
                sections.add(section(sectPr, blocks));
                blocks = new ArrayList<>();
            }
        }

        /** The sections read, the last one closed by the body's own w:sectPr (the last one seen). */
        public List<Section> finish() {
            frames.flushInline(blocks);
            if (!blocks.isEmpty() || sections.isEmpty()) {
                sections.add(section(finalSectPr, blocks));
            }
            return sections;
        }
    }

    /**
     * A whole story (a header, a footer, a note). A field it leaves open was never a field (older converters
     * write a begin they never close, which would hide the rest of the story): it is read again without it.
     */
    List<Block> readStory(Element container) {
        int floatingBefore = ctx.floating == null ? 0 : ctx.floating.size();
        ctx.startStory(java.util.Set.of());
        List<Block> blocks = readBlocks(container, null);
        java.util.Set<Integer> unclosed = ctx.unclosedFields();
        if (!unclosed.isEmpty()) {
            if (ctx.floating != null) {
                ctx.floating.subList(floatingBefore, ctx.floating.size()).clear();
            }
            ctx.startStory(unclosed);
            blocks = readBlocks(container, null);
        }
        ctx.startStory(java.util.Set.of());
        return blocks;
    }

    /** Blocks inside a container (cell, text box, sdt…), where section breaks do not apply. */
    List<Block> readBlocks(Element container, String tableStyle) {
        if (ctx.depth >= ReadContext.MAX_DEPTH) {
            return DeepContent.plainParagraphs(container, ctx);
        }
        List<Block> out = new ArrayList<>();
        ctx.depth++;
        try {
            for (Element e : Ooxml.children(container)) {
                readBlock(e, tableStyle, out, null);
            }
        } finally {
            ctx.depth--;
        }
        return out;
    }

    private void readBlock(Element e, String tableStyle, List<Block> out, List<Element> sectionBreaks) {
        String family = Ooxml.family(e);
        if (Ooxml.MC.equals(family) && "AlternateContent".equals(e.getLocalName())) {
            Element branch = ctx.chooseAlternative(e);
            if (branch != null) {
                for (Element c : Ooxml.children(branch)) {
                    readBlock(c, tableStyle, out, sectionBreaks);
                }
            }
            return;
        }
        if (!Ooxml.W.equals(family)) {
            return;
        }
        switch (e.getLocalName()) {
            case "p" -> {
                Element framePr = sectionBreaks != null && ctx.anchoredShapesPlaced ? FrameAnchor.framePr(e) : null;
                if (framePr != null) {
                    List<Block> framed = new ArrayList<>();
                    Element sectPr = paragraphs.read(e, tableStyle, framed);
                    frames.add(framePr, framed);
                    if (sectPr != null) {
                        frames.flushInline(out); // a frame closing its section stays in it, in the flow
                        sectionBreaks.add(sectPr);
                    }
                    return;
                }
                int before = out.size();
                Element sectPr = paragraphs.read(e, tableStyle, out);
                if (sectionBreaks != null) {
                    frames.attach(out, before);
                }
                if (sectPr != null && sectionBreaks != null) {
                    sectionBreaks.add(sectPr);
                }
            }
            case "tbl" -> {
                if (ctx.depth >= ReadContext.MAX_DEPTH) {
                    frames.flushInline(out);
                    out.addAll(DeepContent.plainParagraphs(e, ctx));
                    return;
                }
                Table t = table(e);
                if (t != null) {
                    addTable(e, t, out, sectionBreaks != null);
                }
            }
            case "sdt" -> {
                Element content = Ooxml.wChild(e, "sdtContent");
                if (content != null) {
                    for (Element c : Ooxml.children(content)) {
                        readBlock(c, tableStyle, out, sectionBreaks);
                    }
                }
            }
            case "del", "moveFrom" -> {
                // a change wrapped around whole blocks: the markup view keeps them
                if (ctx.revisions.showsRemoved()) {
                    for (Element c : Ooxml.children(e)) {
                        readBlock(c, tableStyle, out, sectionBreaks);
                    }
                }
            }
            case "customXml", "ins", "moveTo", "smartTag" -> {
                for (Element c : Ooxml.children(e)) {
                    readBlock(c, tableStyle, out, sectionBreaks);
                }
            }
            case "altChunk" -> ctx.warnings.warn("Imported content (altChunk) is not supported yet; it was left out");
            case "bookmarkStart" -> {
                // a bookmark between paragraphs marks the paragraph that follows
                String name = Ooxml.wAttr(e, "name");
                if (name != null && !name.isBlank() && ctx.pendingBookmarks.size() < 64) {
                    ctx.pendingBookmarks.add(name);
                }
            }
            default -> {
                // permissions, proofing marks: nothing to show
            }
        }
    }

    /**
     * A body table: a floating one (w:tblpPr) waits, like a frame, for the paragraph it is positioned
     * against; one in the flow first puts any waiting frames into the flow (no paragraph anchors them).
     */
    private void addTable(Element tbl, Table t, List<Block> out, boolean body) {
        Element tblpPr = body && ctx.anchoredShapesPlaced ? TableAnchor.tblpPr(tbl) : null;
        if (tblpPr != null) {
            frames.addTable(t, tblpPr);
            return;
        }
        frames.flushInline(out);
        out.add(t);
    }

    private Table table(Element tbl) {
        if (ctx.depth >= ReadContext.MAX_DEPTH) {
            ctx.warnings.warn("Content nested more than " + ReadContext.MAX_DEPTH + " levels deep was left out");
            return null;
        }
        TableReader reader = new TableReader(ctx, this, tbl, false);
        for (Element child : Ooxml.children(tbl)) {
            reader.add(child);
        }
        return reader.finish();
    }

    private Section section(Element sectPr, List<Block> blocks) {
        if (headersFooters == null) {
            headersFooters = new HeaderFooterReader(ctx);
        }
        return new Section(pageSetup(sectPr), start(sectPr), blocks, headersFooters.read(sectPr),
                HeaderFooterReader.numbering(sectPr), PageLookReader.read(sectPr, ctx.gridInTables));
    }

    static SectionStart start(Element sectPr) {
        String type = Ooxml.val(Ooxml.wChild(sectPr, "type"));
        if (type == null) {
            return SectionStart.NEXT_PAGE;
        }
        return switch (type) {
            case "continuous" -> SectionStart.CONTINUOUS;
            case "evenPage" -> SectionStart.EVEN_PAGE;
            case "oddPage" -> SectionStart.ODD_PAGE;
            case "nextColumn" -> SectionStart.NEXT_COLUMN;
            default -> SectionStart.NEXT_PAGE;
        };
    }

    static PageSetup pageSetup(Element sectPr) {
        if (sectPr == null) {
            return PageSetup.LETTER;
        }
        PageSetup d = PageSetup.LETTER;
        Element pgSz = Ooxml.wChild(sectPr, "pgSz");
        double w = Limits.pageSide(positive(Ooxml.twipsToPt(Ooxml.wAttr(pgSz, "w")), d.width()));
        double h = Limits.pageSide(positive(Ooxml.twipsToPt(Ooxml.wAttr(pgSz, "h")), d.height()));
        if ("landscape".equals(Ooxml.wAttr(pgSz, "orient")) && w < h) {
            double t = w;
            w = h;
            h = t;
        }
        Element mar = Ooxml.wChild(sectPr, "pgMar");
        // a negative top/bottom margin means "do not move the text for the header": its size still counts
        double top = Limits.positiveLength(Math.abs(orElse(Ooxml.twipsToPt(Ooxml.wAttr(mar, "top")), d.marginTop())));
        double bottom = Limits.positiveLength(
                Math.abs(orElse(Ooxml.twipsToPt(Ooxml.wAttr(mar, "bottom")), d.marginBottom())));
        double left = Limits.positiveLength(orElse(Ooxml.twipsToPt(Ooxml.wAttr(mar, "left")), d.marginLeft()));
        double right = Limits.positiveLength(orElse(Ooxml.twipsToPt(Ooxml.wAttr(mar, "right")), d.marginRight()));
        double header = Limits.positiveLength(orElse(Ooxml.twipsToPt(Ooxml.wAttr(mar, "header")), d.headerDistance()));
        double footer = Limits.positiveLength(orElse(Ooxml.twipsToPt(Ooxml.wAttr(mar, "footer")), d.footerDistance()));
        double gutter = Limits.positiveLength(orElse(Ooxml.twipsToPt(Ooxml.wAttr(mar, "gutter")), 0));
        left += gutter;
        Element cols = Ooxml.wChild(sectPr, "cols");
        Integer num = Ooxml.integer(Ooxml.wAttr(cols, "num"));
        double space = Limits.clamp(orElse(Ooxml.twipsToPt(Ooxml.wAttr(cols, "space")), 36), 0, w / 2);
        int columns = num == null || num < 1 ? 1 : Math.min(num, 45);
        // a page whose margins leave no room is broken; fall back to Word's default margins
        if (left + right >= w - 36 || top + bottom >= h - 36) {
            left = d.marginLeft();
            right = d.marginRight();
            top = d.marginTop();
            bottom = d.marginBottom();
        }
        return new PageSetup(w, h, top, bottom, left, right, header, footer, columns, space);
    }

    private static double positive(Double v, double otherwise) {
        return v == null || v <= 0 ? otherwise : v;
    }

    private static double orElse(Double v, double otherwise) {
        return v == null ? otherwise : v;
    }
}
