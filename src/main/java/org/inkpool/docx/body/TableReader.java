package org.inkpool.docx.body;

import org.inkpool.docx.ReadContext;
import org.inkpool.docx.opc.Limits;
import org.inkpool.docx.opc.Ooxml;
import org.inkpool.docx.style.RunStyle;
import org.inkpool.docx.style.StyleSheet;
import org.inkpool.docx.style.TableLook;
import org.inkpool.model.section.PageSetup;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.table.RowProps;
import org.inkpool.model.Table;
import org.inkpool.model.table.TableCell;
import org.inkpool.model.table.TableProps;
import org.inkpool.model.table.TableRow;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one w:tbl a row at a time: the table's properties and grid first, then its children as they come
 * ({@link #add}), then {@link #finish}. A whole table element is fed child by child; a top-level table of a
 * streamed body is fed as the parser meets its rows, so a table hundreds of pages long never lives as one
 * DOM. A row is read only when the next one arrives or the table ends, as the last row has formats of its own.
 */
final class TableReader {
    private final ReadContext ctx;
    private final BodyReader body;
    /** Whether rows are detached once read (a streamed table: nobody reads them again). */
    private final boolean detachRows;
    private final String style;
    private final double indent;
    private final List<Double> grid = new ArrayList<>();
    private final TableProps props;
    private final TableLook look;
    private final int[] bands;
    private final int columns;
    private final List<TableRow> rows = new ArrayList<>();
    private Element pending;

    TableReader(ReadContext ctx, BodyReader body, Element tbl, boolean detachRows) {
        this.ctx = ctx;
        this.body = body;
        this.detachRows = detachRows;
        Element tblPr = Ooxml.wChild(tbl, "tblPr");
        Element styleEl = Ooxml.wChild(tblPr, "tblStyle");
        String styleId = styleEl == null ? null : Ooxml.val(styleEl);
        style = ctx.styles.exists(styleId) ? styleId : ctx.styles.defaultTableStyle();
        indent = indent(tblPr);
        for (Element col : Ooxml.children(Ooxml.wChild(tbl, "tblGrid"))) {
            if (Ooxml.is(col, Ooxml.W, "gridCol")) {
                Double w = Ooxml.twipsToPt(Ooxml.wAttr(col, "w"));
                grid.add(w == null ? 0.0 : Limits.positiveLength(w));
            }
        }
        ctx.depth++;
        try {
            // before Word 2013 a top-level table's indent places its first cell's text, not its grid (R§6.1)
            props = TablePropsReader.table(style == null ? List.of() : ctx.styles.tableProperties(style),
                    tblPr, ctx.compatibilityMode < 15 && ctx.depth == 1);
        } finally {
            ctx.depth--;
        }
        look = TableLook.of(Ooxml.wChild(tblPr, "tblLook"));
        bands = style == null ? new int[]{1, 1} : ctx.styles.bandSizes(style);
        columns = Math.max(1, grid.size());
    }

    private static double indent(Element tblPr) {
        Element ind = Ooxml.wChild(tblPr, "tblInd");
        if (ind != null) {
            String type = Ooxml.wAttr(ind, "type");
            Double w = Ooxml.twipsToPt(Ooxml.wAttr(ind, "w"));
            if (w != null && (type == null || "dxa".equals(type))) {
                return Limits.length(w);
            }
        }
        return 0;
    }

    /** One child of the w:tbl, in order: a row, rows wrapped in an sdt, custom XML or insertion, or anything else (ignored). */
    void add(Element child) {
        List<Element> trs = new ArrayList<>();
        collect(child, "tr", trs);
        for (Element tr : trs) {
            if (pending != null) {
                read(pending, false);
            }
            pending = tr;
        }
    }

    /** The table, once all its children have been added. */
    Table finish() {
        if (pending != null) {
            read(pending, true);
            pending = null;
        }
        return new Table(completeGrid(grid, rows), rows, indent, props);
    }

    private void read(Element tr, boolean last) {
        ctx.depth++;
        try {
            int r = rows.size();
            Element trPr = Ooxml.wChild(tr, "trPr");
            boolean header = Boolean.TRUE.equals(Ooxml.onOff(Ooxml.wChild(trPr, "tblHeader")));
            RowProps rowProps = TablePropsReader.row(trPr);
            List<Element> tcs = new ArrayList<>();
            for (Element child : Ooxml.children(tr)) {
                collect(child, "tc", tcs);
            }
            int column = rowProps.gridBefore();
            List<TableCell> cells = new ArrayList<>();
            for (int c = 0; c < tcs.size(); c++) {
                Element tc = tcs.get(c);
                int span = span(tc);
                boolean lastColumn = c == tcs.size() - 1 || column + span >= columns;
                List<String> conditions = style == null ? List.of()
                        : look.conditions(r, last, column, lastColumn, bands[0], bands[1]);
                cells.add(cell(tc, span, conditions));
                column += span;
            }
            rows.add(new TableRow(cells, header, rowProps));
        } finally {
            ctx.depth--;
        }
        if (detachRows && tr.getParentNode() != null) {
            tr.getParentNode().removeChild(tr);
        }
    }

    /**
     * A cell whose paragraphs take the table style with the cell's conditional formats (header row, bands…),
     * whose background is its own w:shd or else the table style's, and whose layout properties (borders,
     * margins, vAlign) come from the style's cell properties for those conditions, then its own.
     */
    private TableCell cell(Element tc, int span, List<String> conditions) {
        Element tcPr = Ooxml.wChild(tc, "tcPr");
        Element vMerge = Ooxml.wChild(tcPr, "vMerge");
        boolean continues = vMerge != null && !"restart".equals(Ooxml.val(vMerge));
        Element shd = Ooxml.wChild(tcPr, "shd");
        Rgb fill = shd != null ? RunStyle.shadingFill(shd)
                : style == null ? null : ctx.styles.tableCellShading(style, conditions);
        List<Element> styleCell = style == null ? List.of() : ctx.styles.tableCellProperties(style, conditions);
        return new TableCell(body.readBlocks(tc, StyleSheet.tableKey(style, conditions)), span, continues, fill,
                TablePropsReader.cell(styleCell, tcPr, props.cellMargins()));
    }

    private static int span(Element tc) {
        Integer span = Ooxml.integer(Ooxml.val(Ooxml.wChild(Ooxml.wChild(tc, "tcPr"), "gridSpan")));
        return span == null || span < 1 ? 1 : Math.min(span, 64);
    }

    /** Rows of a table or cells of a row, also when wrapped in content controls, custom XML or an insertion. */
    private static void collect(Element e, String name, List<Element> out) {
        if (Ooxml.is(e, Ooxml.W, name)) {
            out.add(e);
        } else if (Ooxml.is(e, Ooxml.W, "sdt")) {
            for (Element c : Ooxml.children(Ooxml.wChild(e, "sdtContent"))) {
                collect(c, name, out);
            }
        } else if (Ooxml.is(e, Ooxml.W, "customXml") || Ooxml.is(e, Ooxml.W, "ins")) {
            for (Element c : Ooxml.children(e)) {
                collect(c, name, out);
            }
        }
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
}
