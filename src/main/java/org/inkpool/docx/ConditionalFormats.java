package org.inkpool.docx;

import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Which parts of a table style's conditional formatting (w:tblStylePr: firstRow, band1Horz…) a
 * cell gets, as w:tblLook switches them on, and the cell properties (w:tcPr) they bring, in
 * rising precedence: whole table, vertical bands, horizontal bands, first/last column, first/last
 * row, corner cells (ECMA-376 17.7.6).
 */
final class ConditionalFormats {

    private final List<Element> styleChain;
    private final boolean firstRow;
    private final boolean lastRow;
    private final boolean firstColumn;
    private final boolean lastColumn;
    private final boolean horizontalBands;
    private final boolean verticalBands;
    private final int rowBand;
    private final int columnBand;

    ConditionalFormats(List<Element> styleChain, Element tblPr) {
        this.styleChain = styleChain;
        Element look = Ooxml.wChild(tblPr, "tblLook");
        int bits = 0;
        String hex = Ooxml.val(look);
        if (hex != null) {
            try {
                bits = Integer.parseInt(hex.trim(), 16);
            } catch (NumberFormatException e) {
                bits = 0;
            }
        }
        firstRow = flag(look, "firstRow", bits, 0x0020);
        lastRow = flag(look, "lastRow", bits, 0x0040);
        firstColumn = flag(look, "firstColumn", bits, 0x0080);
        lastColumn = flag(look, "lastColumn", bits, 0x0100);
        horizontalBands = look != null && !flag(look, "noHBand", bits, 0x0200);
        verticalBands = look != null && !flag(look, "noVBand", bits, 0x0400);
        rowBand = bandSize(styleChain, "tblStyleRowBandSize");
        columnBand = bandSize(styleChain, "tblStyleColBandSize");
    }

    private static boolean flag(Element look, String name, int bits, int mask) {
        if (look == null) {
            return false;
        }
        String attr = Ooxml.wAttr(look, name);
        if (attr != null) {
            return attr.equals("1") || attr.equalsIgnoreCase("true") || attr.equalsIgnoreCase("on");
        }
        return (bits & mask) != 0;
    }

    private static int bandSize(List<Element> styleChain, String name) {
        int size = 1;
        for (Element style : styleChain) {
            Integer v = Ooxml.integer(Ooxml.val(Ooxml.wChild(Ooxml.wChild(style, "tblPr"), name)));
            if (v != null && v > 0) {
                size = Math.min(v, 100);
            }
        }
        return size;
    }

    /** The tcPr elements that apply to a cell, lowest precedence first (the style's whole-table tcPr first). */
    List<Element> cellLayers(int row, int rows, int column, int lastGridColumn, int columns) {
        List<Element> layers = new ArrayList<>();
        for (Element style : styleChain) {
            add(layers, Ooxml.wChild(style, "tcPr"));
        }
        boolean isFirstRow = firstRow && row == 0;
        boolean isLastRow = lastRow && row == rows - 1;
        boolean isFirstCol = firstColumn && column == 0;
        boolean isLastCol = lastColumn && lastGridColumn == columns - 1;
        if (verticalBands && !isFirstCol && !isLastCol) {
            int index = column - (firstColumn ? 1 : 0);
            conditional(layers, (index / columnBand) % 2 == 0 ? "band1Vert" : "band2Vert");
        }
        if (horizontalBands && !isFirstRow && !isLastRow) {
            int index = row - (firstRow ? 1 : 0);
            conditional(layers, (index / rowBand) % 2 == 0 ? "band1Horz" : "band2Horz");
        }
        if (isFirstCol) {
            conditional(layers, "firstCol");
        }
        if (isLastCol) {
            conditional(layers, "lastCol");
        }
        if (isFirstRow) {
            conditional(layers, "firstRow");
        }
        if (isLastRow) {
            conditional(layers, "lastRow");
        }
        if (isFirstRow && isFirstCol) {
            conditional(layers, "nwCell");
        }
        if (isFirstRow && isLastCol) {
            conditional(layers, "neCell");
        }
        if (isLastRow && isFirstCol) {
            conditional(layers, "swCell");
        }
        if (isLastRow && isLastCol) {
            conditional(layers, "seCell");
        }
        return layers;
    }

    private void conditional(List<Element> layers, String type) {
        for (Element style : styleChain) {
            for (Element pr : Ooxml.children(style)) {
                if (Ooxml.is(pr, Ooxml.W, "tblStylePr") && type.equals(Ooxml.wAttr(pr, "type"))) {
                    add(layers, Ooxml.wChild(pr, "tcPr"));
                }
            }
        }
    }

    private static void add(List<Element> layers, Element tcPr) {
        if (tcPr != null) {
            layers.add(tcPr);
        }
    }
}
