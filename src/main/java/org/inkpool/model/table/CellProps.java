package org.inkpool.model.table;

/**
 * A cell's layout (w:tcPr, with the table style's).
 *
 * @param width        tcW, only a preference
 * @param margins      tcMar resolved over the table's tblCellMar; null: the table's
 * @param verticalAlign vAlign
 * @param borders      tcBorders, each side null when not set; never null
 */
public record CellProps(TableWidth width, CellMargins margins, VerticalAlign verticalAlign, TableBorders borders) {

    public enum VerticalAlign { TOP, CENTER, BOTTOM }

    public static final CellProps DEFAULT = new CellProps(TableWidth.AUTO, null, VerticalAlign.TOP, TableBorders.NONE);

    public CellProps {
        width = width == null ? TableWidth.AUTO : width;
        verticalAlign = verticalAlign == null ? VerticalAlign.TOP : verticalAlign;
        borders = borders == null ? TableBorders.NONE : borders;
    }
}
