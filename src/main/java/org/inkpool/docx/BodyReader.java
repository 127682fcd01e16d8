package org.inkpool.docx;

import org.inkpool.model.Block;
import org.inkpool.model.PageSetup;
import org.inkpool.model.Rgb;
import org.inkpool.model.RowProps;
import org.inkpool.model.Section;
import org.inkpool.model.SectionStart;
import org.inkpool.model.Table;
import org.inkpool.model.TableProps;
import org.inkpool.model.TableCell;
import org.inkpool.model.TableRow;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

/** Reads block-level content (paragraphs, tables, section breaks) of the body, cells and text boxes. */
final class BodyReader {
    private final ReadContext ctx;
    private final ParagraphReader paragraphs;
    private HeaderFooterReader headersFooters;

    BodyReader(ReadContext ctx) {
        this.ctx = ctx;
        this.paragraphs = new ParagraphReader(ctx, this);
    }

    /**
     * The body's sections, built from its children handed over one at a time (so a streamed body never has
     * to exist as a whole): a w:sectPr in a paragraph ends its section, the body's own ends the last.
     */
    final class Sections {
        private final List<Section> sections = new ArrayList<>();
        private List<Block> blocks = new ArrayList<>();
        private Element finalSectPr;

        /** Reads one child of w:body; it is not needed any more once this returns (its sectPr aside). */
        void add(Element child) {
            if (Ooxml.is(child, Ooxml.W, "sectPr")) {
                finalSectPr = child;
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
        List<Section> finish() {
            if (!blocks.isEmpty() || sections.isEmpty()) {
                sections.add(section(finalSectPr, blocks));
            }
            return sections;
        }
    }

    /** Blocks inside a container (cell, text box, sdt…), where section breaks do not apply. */
    List<Block> readBlocks(Element container, String tableStyle) {
        List<Block> out = new ArrayList<>();
        if (ctx.depth >= ReadContext.MAX_DEPTH) {
            ctx.warnings.warn("Content nested more than " + ReadContext.MAX_DEPTH + " levels deep was left out");
            return out;
        }
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
                Element sectPr = paragraphs.read(e, tableStyle, out);
                if (sectPr != null && sectionBreaks != null) {
                    sectionBreaks.add(sectPr);
                }
            }
            case "tbl" -> {
                Table t = table(e);
                if (t != null) {
                    out.add(t);
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
            default -> {
                // bookmarks, permissions, proofing marks: nothing to show
            }
        }
    }

    private Table table(Element tbl) {
        if (ctx.depth >= ReadContext.MAX_DEPTH) {
            ctx.warnings.warn("Content nested more than " + ReadContext.MAX_DEPTH + " levels deep was left out");
            return null;
        }
        ctx.depth++;
        try {
            Element tblPr = Ooxml.wChild(tbl, "tblPr");
            Element styleEl = Ooxml.wChild(tblPr, "tblStyle");
            String style = styleEl == null ? null : Ooxml.val(styleEl);
            if (!ctx.styles.exists(style)) {
                style = ctx.styles.defaultTableStyle();
            }
            double indent = 0;
            Element ind = Ooxml.wChild(tblPr, "tblInd");
            if (ind != null) {
                String type = Ooxml.wAttr(ind, "type");
                Double w = Ooxml.twipsToPt(Ooxml.wAttr(ind, "w"));
                if (w != null && (type == null || "dxa".equals(type))) {
                    indent = Limits.length(w);
                }
            }
            List<Double> grid = new ArrayList<>();
            for (Element col : Ooxml.children(Ooxml.wChild(tbl, "tblGrid"))) {
                if (Ooxml.is(col, Ooxml.W, "gridCol")) {
                    Double w = Ooxml.twipsToPt(Ooxml.wAttr(col, "w"));
                    grid.add(w == null ? 0.0 : Limits.positiveLength(w));
                }
            }
            // before Word 2013 a top-level table's indent places its first cell's text, not its grid (R§6.1)
            TableProps props = TablePropsReader.table(style == null ? List.of() : ctx.styles.tableProperties(style),
                    tblPr, ctx.compatibilityMode < 15 && ctx.depth == 1);
            TableLook look = TableLook.of(Ooxml.wChild(tblPr, "tblLook"));
            int[] bands = style == null ? new int[]{1, 1} : ctx.styles.bandSizes(style);
            int columns = Math.max(1, grid.size());
            List<Element> trs = flatten(tbl, "tr");
            List<TableRow> rows = new ArrayList<>();
            for (int r = 0; r < trs.size(); r++) {
                Element tr = trs.get(r);
                Element trPr = Ooxml.wChild(tr, "trPr");
                boolean header = Boolean.TRUE.equals(Ooxml.onOff(Ooxml.wChild(trPr, "tblHeader")));
                RowProps rowProps = TablePropsReader.row(trPr);
                List<Element> tcs = flatten(tr, "tc");
                int column = rowProps.gridBefore();
                List<TableCell> cells = new ArrayList<>();
                for (int c = 0; c < tcs.size(); c++) {
                    Element tc = tcs.get(c);
                    int span = span(tc);
                    boolean last = c == tcs.size() - 1 || column + span >= columns;
                    List<String> conditions = style == null ? List.of()
                            : look.conditions(r, trs.size(), column, last, bands[0], bands[1]);
                    cells.add(cell(tc, span, style, conditions, props));
                    column += span;
                }
                rows.add(new TableRow(cells, header, rowProps));
            }
            return new Table(completeGrid(grid, rows), rows, indent, props);
        } finally {
            ctx.depth--;
        }
    }

    /**
     * A cell whose paragraphs take the table style with the cell's conditional formats (header row, bands…),
     * whose background is its own w:shd or else the table style's, and whose layout properties (borders,
     * margins, vAlign) come from the style's cell properties for those conditions, then its own.
     */
    private TableCell cell(Element tc, int span, String tableStyle, List<String> conditions, TableProps table) {
        Element tcPr = Ooxml.wChild(tc, "tcPr");
        Element vMerge = Ooxml.wChild(tcPr, "vMerge");
        boolean continues = vMerge != null && !"restart".equals(Ooxml.val(vMerge));
        Element shd = Ooxml.wChild(tcPr, "shd");
        Rgb fill = shd != null ? RunStyle.shadingFill(shd)
                : tableStyle == null ? null : ctx.styles.tableCellShading(tableStyle, conditions);
        List<Element> styleCell = tableStyle == null ? List.of() : ctx.styles.tableCellProperties(tableStyle, conditions);
        return new TableCell(readBlocks(tc, StyleSheet.tableKey(tableStyle, conditions)), span, continues, fill,
                TablePropsReader.cell(styleCell, tcPr, table.cellMargins()));
    }

    private static int span(Element tc) {
        Integer span = Ooxml.integer(Ooxml.val(Ooxml.wChild(Ooxml.wChild(tc, "tcPr"), "gridSpan")));
        return span == null || span < 1 ? 1 : Math.min(span, 64);
    }

    /** Rows of a table or cells of a row, also when wrapped in content controls or custom XML. */
    private static List<Element> flatten(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Element e : Ooxml.children(parent)) {
            if (Ooxml.is(e, Ooxml.W, name)) {
                out.add(e);
            } else if (Ooxml.is(e, Ooxml.W, "sdt")) {
                out.addAll(flatten(Ooxml.wChild(e, "sdtContent"), name));
            } else if (Ooxml.is(e, Ooxml.W, "customXml") || Ooxml.is(e, Ooxml.W, "ins")) {
                out.addAll(flatten(e, name));
            }
        }
        return out;
    }

    /** A table whose tblGrid is missing or too short gets equal columns for the cells it holds. */
    private static List<Double> completeGrid(List<Double> grid, List<TableRow> rows) {
        int columns = 0;
        for (TableRow r : rows) {
            columns = Math.max(columns, r.props().gridBefore() + r.cells().stream().mapToInt(TableCell::gridSpan).sum());
        }
        if (grid.size() >= columns) {
            return grid;
        }
        List<Double> out = new ArrayList<>(grid);
        double known = grid.stream().mapToDouble(Double::doubleValue).sum();
        double rest = Math.max(PageSetup.LETTER.bodyWidth() - known, 36 * (columns - grid.size()));
        while (out.size() < columns) {
            out.add(rest / (columns - grid.size()));
        }
        return out;
    }

    private Section section(Element sectPr, List<Block> blocks) {
        if (headersFooters == null) {
            headersFooters = new HeaderFooterReader(ctx);
        }
        return new Section(pageSetup(sectPr), start(sectPr), blocks, headersFooters.read(sectPr),
                HeaderFooterReader.numbering(sectPr));
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
