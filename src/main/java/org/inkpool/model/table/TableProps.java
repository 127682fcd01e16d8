package org.inkpool.model.table;

import org.inkpool.model.style.Alignment;

/**
 * How a table as a whole is laid out (w:tblPr, table style's included).
 *
 * @param width       tblW
 * @param fixedLayout tblLayout="fixed": the grid as written
 * @param alignment   jc: LEFT, CENTER or RIGHT within the column
 * @param cellMargins default margins of its cells (tblCellMar)
 * @param borders     tblBorders merged over the table style's; never null
 * @param cellSpacing tblCellSpacing in points (0: collapsed borders)
 * @param indentToText the indent places the first cell's text rather than the grid (top-level tables
 *                    of documents in a compatibility mode below Word 2013's, word-layout-facts §7)
 */
public record TableProps(TableWidth width, boolean fixedLayout, Alignment alignment, CellMargins cellMargins,
                         TableBorders borders, double cellSpacing, boolean indentToText) {

    public static final TableProps DEFAULT = new TableProps(TableWidth.AUTO, false, Alignment.LEFT,
            CellMargins.WORD_DEFAULT, TableBorders.NONE, 0, false);

    /** A table whose indent places its grid. */
    public TableProps(TableWidth width, boolean fixedLayout, Alignment alignment, CellMargins cellMargins,
                      TableBorders borders, double cellSpacing) {
        this(width, fixedLayout, alignment, cellMargins, borders, cellSpacing, false);
    }

    public TableProps {
        width = width == null ? TableWidth.AUTO : width;
        alignment = alignment == null ? Alignment.LEFT : alignment;
        cellMargins = cellMargins == null ? CellMargins.WORD_DEFAULT : cellMargins;
        borders = borders == null ? TableBorders.NONE : borders;
    }
}
