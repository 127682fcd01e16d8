package org.inkpool.docx.style;

import org.inkpool.docx.opc.Ooxml;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Which parts of a table style a cell takes (ECMA-376 17.7.6, w:tblLook and w:tblStylePr): the whole
 * table, then vertical and horizontal bands, first/last row, first/last column and the corner cells, in
 * that order of precedence (later wins).
 */
public record TableLook(boolean firstRow, boolean lastRow, boolean firstColumn, boolean lastColumn,
                 boolean horizontalBands, boolean verticalBands) {

    /** w:tblLook as attributes (Word 2010+) or as the older hexadecimal bit mask in w:val. */
    public static TableLook of(Element tblLook) {
        if (tblLook == null) {
            // the schema's defaults: no first/last row or column emphasis, banding not switched off
            return new TableLook(false, false, false, false, true, true);
        }
        int mask = 0;
        String val = Ooxml.val(tblLook);
        if (val != null) {
            try {
                mask = Integer.parseInt(val.trim(), 16);
            } catch (NumberFormatException ignored) {
                mask = 0;
            }
        }
        return new TableLook(
                flag(tblLook, "firstRow", (mask & 0x0020) != 0),
                flag(tblLook, "lastRow", (mask & 0x0040) != 0),
                flag(tblLook, "firstColumn", (mask & 0x0080) != 0),
                flag(tblLook, "lastColumn", (mask & 0x0100) != 0),
                !flag(tblLook, "noHBand", (mask & 0x0200) != 0),
                !flag(tblLook, "noVBand", (mask & 0x0400) != 0));
    }

    private static boolean flag(Element el, String name, boolean otherwise) {
        String v = Ooxml.wAttr(el, name);
        if (v == null) {
            return otherwise;
        }
        return v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on");
    }

    /**
     * The conditional formats that apply to a cell, lowest precedence first.
     *
     * @param row        0-based row index
     * @param lastRow    whether it is the table's last row (a one-row table has no last-row format)
     * @param column     0-based grid column where the cell starts
     * @param lastColumn whether the cell reaches the table's last grid column
     */
    public List<String> conditions(int row, boolean lastRow, int column, boolean lastColumn, int rowBand, int colBand) {
        List<String> out = new ArrayList<>();
        boolean isFirstRow = firstRow && row == 0;
        boolean isLastRow = this.lastRow && lastRow && row > 0;
        boolean isFirstCol = firstColumn && column == 0;
        boolean isLastCol = this.lastColumn && lastColumn;
        if (verticalBands && !isFirstCol && !isLastCol) {
            int index = (column - (firstColumn ? 1 : 0)) / Math.max(1, colBand);
            out.add(index % 2 == 0 ? "band1Vert" : "band2Vert");
        }
        if (horizontalBands && !isFirstRow && !isLastRow) {
            int index = (row - (firstRow ? 1 : 0)) / Math.max(1, rowBand);
            out.add(index % 2 == 0 ? "band1Horz" : "band2Horz");
        }
        if (isFirstRow) {
            out.add("firstRow");
        }
        if (isLastRow) {
            out.add("lastRow");
        }
        if (isFirstCol) {
            out.add("firstCol");
        }
        if (isLastCol) {
            out.add("lastCol");
        }
        if (isFirstRow && isFirstCol) {
            out.add("nwCell");
        }
        if (isFirstRow && isLastCol) {
            out.add("neCell");
        }
        if (isLastRow && isFirstCol) {
            out.add("swCell");
        }
        if (isLastRow && isLastCol) {
            out.add("seCell");
        }
        return out;
    }
}
