package org.inkpool.doc;

import org.apache.poi.hwpf.usermodel.BorderCode;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.inkpool.model.style.Alignment;
import org.inkpool.model.Block;
import org.inkpool.model.style.Border;
import org.inkpool.model.table.CellMargins;
import org.inkpool.model.table.CellProps;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.table.RowProps;
import org.inkpool.model.table.TableBorders;
import org.inkpool.model.table.TableProps;
import org.inkpool.model.table.TableWidth;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A binary table as the model's table. Binary rows give each cell's edges (rgdxaCenter), not a shared grid: the
 * grid is the union of every row's edges, and a cell spans the grid columns between its edges. Old-style
 * horizontal merges (fMerged) join cells; vertical merges continue the cell above.
 */
final class TableBuilder {
    /** Edges closer than this (twips) are one grid line: Word's own rounding leaves such slivers. */
    private static final int SNAP = 4;

    private final BlockReader blocks;
    private final ParagraphPropsReader paragraphs;

    TableBuilder(BlockReader blocks, ParagraphPropsReader paragraphs) {
        this.blocks = blocks;
        this.paragraphs = paragraphs;
    }

    org.inkpool.model.Table read(Table table, int level) {
        List<Integer> edges = grid(table);
        List<Double> grid = new ArrayList<>();
        for (int i = 1; i < edges.size(); i++) {
            grid.add(Units.positivePt(edges.get(i) - edges.get(i - 1)));
        }
        List<org.inkpool.model.table.TableRow> rows = new ArrayList<>();
        TableRow first = null;
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            if (first == null) {
                first = row;
            }
            rows.add(row(row, edges, level));
        }
        double indent = edges.isEmpty() ? 0 : Units.pt(edges.get(0));
        return new org.inkpool.model.Table(grid, rows, indent, props(first));
    }

    private org.inkpool.model.table.TableRow row(TableRow row, List<Integer> edges, int level) {
        List<org.inkpool.model.table.TableCell> cells = new ArrayList<>();
        int n = row.numCells();
        int gridBefore = 0;
        List<Rgb> shadings = rowShadings(row);
        for (int c = 0; c < n; c++) {
            TableCell cell = row.getCell(c);
            int left = index(edges, cell.getLeftEdge());
            int right = index(edges, cell.getLeftEdge() + cell.getWidth());
            if (c == 0) {
                gridBefore = left;
            }
            int span = Math.max(1, right - left);
            if (cell.isMerged() && !cell.isFirstMerged() && !cells.isEmpty()) {
                org.inkpool.model.table.TableCell previous = cells.remove(cells.size() - 1);
                List<Block> content = new ArrayList<>(previous.blocks());
                cells.add(new org.inkpool.model.table.TableCell(content, previous.gridSpan() + span,
                        previous.mergedFromAbove(), previous.shading(), previous.props()));
                continue;
            }
            List<Block> content = blocks.read(cell, level, false, i -> { });
            boolean fromAbove = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
            Rgb shade = c < shadings.size() ? shadings.get(c) : shading(cell);
            cells.add(new org.inkpool.model.table.TableCell(content, span, fromAbove, shade, cellProps(cell)));
        }
        int height = row.getRowHeight();
        RowProps props = new RowProps(Units.positivePt(Math.abs(height)),
                height == 0 ? RowProps.HeightRule.AUTO
                        : height < 0 ? RowProps.HeightRule.EXACT : RowProps.HeightRule.AT_LEAST,
                row.cantSplit(), gridBefore);
        return new org.inkpool.model.table.TableRow(cells, row.isTableHeader(), props);
    }

    private static List<Integer> grid(Table table) {
        TreeSet<Integer> all = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                all.add(cell.getLeftEdge());
                all.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> edges = new ArrayList<>();
        for (int e : all) {
            if (edges.isEmpty() || e - edges.get(edges.size() - 1) > SNAP) {
                edges.add(e);
            }
        }
        return edges;
    }

    /** The grid line nearest to an edge. */
    private static int index(List<Integer> edges, int edge) {
        int best = 0;
        for (int i = 1; i < edges.size(); i++) {
            if (Math.abs(edges.get(i) - edge) < Math.abs(edges.get(best) - edge)) {
                best = i;
            }
        }
        return best;
    }

    private static TableProps props(TableRow first) {
        if (first == null) {
            return TableProps.DEFAULT;
        }
        Alignment alignment = switch (first.getRowJustification()) {
            case 1 -> Alignment.CENTER;
            case 2 -> Alignment.RIGHT;
            default -> Alignment.LEFT;
        };
        double gap = Units.positivePt(first.getGapHalf());
        TableBorders borders = new TableBorders(border(first.getTopBorder()), border(first.getLeftBorder()),
                border(first.getBottomBorder()), border(first.getRightBorder()), border(first.getHorizontalBorder()),
                border(first.getVerticalBorder()));
        return new TableProps(TableWidth.AUTO, true, alignment, new CellMargins(0, gap, 0, gap), borders, 0, false);
    }

    private static CellProps cellProps(TableCell cell) {
        CellProps.VerticalAlign valign = switch (cell.getVertAlign()) {
            case 1 -> CellProps.VerticalAlign.CENTER;
            case 2 -> CellProps.VerticalAlign.BOTTOM;
            default -> CellProps.VerticalAlign.TOP;
        };
        TableBorders borders = new TableBorders(border(cell.getBrcTop()), border(cell.getBrcLeft()),
                border(cell.getBrcBottom()), border(cell.getBrcRight()), null, null);
        return new CellProps(new TableWidth(TableWidth.Unit.POINTS, Units.positivePt(cell.getWidth())), null, valign,
                borders);
    }

    /** The row's Word 2000 shading array, read from its row-end paragraph; empty when it has none. */
    private List<Rgb> rowShadings(TableRow row) {
        try {
            int count = row.numParagraphs();
            return count == 0 ? List.of() : paragraphs.cellShadings(row.getParagraph(count - 1));
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static Rgb shading(TableCell cell) {
        try {
            return cell.getDescriptor() == null ? null : ParagraphPropsReader.shading(cell.getDescriptor().getShd());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A BRC as a border edge: null when not set, NONE for "no border", NIL for brcType 255 (suppressed). */
    static Border border(BorderCode brc) {
        if (brc == null || brc.isEmpty()) {
            return null;
        }
        int type = brc.getBorderType();
        if (type == 0) {
            return Border.NONE;
        }
        if (type == 0xFF) {
            return Border.NIL;
        }
        Border.Kind kind = switch (type) {
            case 3, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21 -> Border.Kind.DOUBLE;
            case 6 -> Border.Kind.DOTTED;
            case 7, 8, 9, 22, 23 -> Border.Kind.DASHED;
            default -> Border.Kind.SINGLE;
        };
        double width = brc.getLineWidth() / 8.0;
        if (width <= 0) {
            width = type == 5 ? 0.25 : 0.5;
        }
        return new Border(kind, Math.min(width, 12), Units.ico(brc.getColor()));
    }
}
