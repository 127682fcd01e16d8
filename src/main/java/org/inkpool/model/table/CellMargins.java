package org.inkpool.model.table;

/** Space between a cell's edges and its content, in points (tblCellMar / tcMar). */
public record CellMargins(double top, double left, double bottom, double right) {

    /** Word's defaults: 108 twips left and right, nothing above and below (word-layout-facts §7). */
    public static final CellMargins WORD_DEFAULT = new CellMargins(0, 5.4, 0, 5.4);
}
