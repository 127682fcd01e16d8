package org.inkpool.layout.table;

import org.inkpool.layout.flow.BlockLayouter;
import org.inkpool.layout.flow.FlowItem;
import org.inkpool.layout.flow.LaidOutTable;
import org.inkpool.layout.flow.ParagraphLayouter;
import org.inkpool.layout.flow.Slice;
import org.inkpool.layout.line.LineEmitter;
import org.inkpool.layout.paginate.Column;
import org.inkpool.model.Block;
import org.inkpool.model.style.Border;
import org.inkpool.model.table.CellMargins;
import org.inkpool.model.section.DocGrid;
import org.inkpool.model.table.CellProps;
import org.inkpool.model.Paragraph;
import org.inkpool.model.table.RowProps;
import org.inkpool.model.Table;
import org.inkpool.model.table.TableBorders;
import org.inkpool.model.table.TableCell;
import org.inkpool.model.table.TableRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Lays a table out on its grid (word-layout-facts §7): each cell's content at the cell's inner
 * width, rows as tall as their tallest cell (trHeight atLeast / exact applied), vertically merged
 * cells spanning their rows with their content in the first, vAlign, collapsed borders and
 * shading. Pagination (row splitting, repeated header rows) is the paginator's.
 */
public final class GridTableLayouter implements BlockLayouter<Table> {

    private static final double MIN_INNER_WIDTH = 1;

    private final CellStacker stacker;

    public GridTableLayouter(ParagraphLayouter paragraphs, LineEmitter emitter) {
        this.stacker = new CellStacker(paragraphs, emitter);
    }

    @Override
    public void layout(Table table, Column column, Context context, Consumer<? super FlowItem> flow) {
        if (!table.rows().isEmpty()) {
            flow.accept(layOut(table, column, context.honourPageBreakBefore()));
        }
    }

    /** A cell as first measured; the later rows of a vertical merge point at the cell that starts it. */
    private static final class Placed {
        final TableCell cell;
        final int row;
        final double x;
        final double width;
        final CellMargins margins;
        final CellStacker.Stack content;
        final Placed owner;
        int span = 1;

        Placed(TableCell cell, int row, double x, double width, CellMargins margins, CellStacker.Stack content,
               Placed owner) {
            this.cell = cell;
            this.row = row;
            this.x = x;
            this.width = width;
            this.margins = margins;
            this.content = content;
            this.owner = owner;
        }

        double required() {
            return margins.top() + content.height() + margins.bottom();
        }
    }

    LaidOutTable layOut(Table table, Column column, boolean honourPageBreakBefore) {
        double[] edges = TableGrid.edges(table, column);
        int columns = edges.length - 1;
        List<TableRow> rows = table.rows();
        List<List<Placed>> placed = new ArrayList<>(rows.size());
        Map<Integer, Placed> aboveByColumn = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            List<TableCell> cells = rows.get(r).cells();
            int[] start = TableGrid.startColumns(cells, rows.get(r).props().gridBefore());
            List<Placed> rowCells = new ArrayList<>(cells.size());
            Map<Integer, Placed> byColumn = new HashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                TableCell cell = cells.get(i);
                int c0 = Math.min(start[i], columns - 1);
                int c1 = Math.min(start[i] + Math.max(1, cell.gridSpan()), columns);
                double x = edges[c0];
                double width = Math.max(0, edges[Math.max(c1, c0 + 1)] - x);
                CellMargins m = cell.props().margins() != null ? cell.props().margins()
                        : table.props().cellMargins();
                Placed above = cell.mergedFromAbove() ? aboveByColumn.get(start[i]) : null;
                Placed p;
                if (above != null) {
                    Placed owner = above.owner == null ? above : above.owner;
                    owner.span = r - owner.row + 1;
                    p = new Placed(cell, r, x, width, m, new CellStacker.Stack(List.of(), 0), owner);
                } else {
                    // cells follow the document grid only where the settings say so (adjustLineHeightInTable)
                    Column inner = new Column(x + m.left(), Math.max(MIN_INNER_WIDTH, width - m.left() - m.right()),
                            column.bodyHeight(), column.grid().inTables() ? column.grid() : DocGrid.NONE);
                    p = new Placed(cell, r, x, width, m, stacker.stack(cell.blocks(), inner, this), null);
                }
                rowCells.add(p);
                byColumn.put(start[i], p);
            }
            placed.add(rowCells);
            aboveByColumn = byColumn;
        }
        double[] heights = rowHeights(rows, placed);
        List<RowBox> boxes = new ArrayList<>(rows.size());
        List<List<CellBox>> cellBoxes = cellBoxes(table, placed, heights);
        int headers = 0;
        while (headers < rows.size() && rows.get(headers).header()) {
            headers++;
        }
        for (int r = 0; r < rows.size(); r++) {
            RowProps props = rows.get(r).props();
            boxes.add(new RowBox(cellBoxes.get(r), heights[r], props.rule() == RowProps.HeightRule.EXACT,
                    props.cantSplit(), r < headers));
        }
        return new LaidOutTable(boxes, headers, honourPageBreakBefore && opensWithPageBreak(table));
    }

    /** Each row as tall as its tallest single-row cell, trHeight applied; a merged cell's excess goes to its last row. */
    private static double[] rowHeights(List<TableRow> rows, List<List<Placed>> placed) {
        double[] h = new double[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (Placed p : placed.get(r)) {
                if (p.owner == null && p.span == 1) {
                    h[r] = Math.max(h[r], p.required());
                }
            }
            RowProps props = rows.get(r).props();
            if (props.rule() == RowProps.HeightRule.EXACT && props.height() > 0) {
                h[r] = props.height();
            } else if (props.rule() == RowProps.HeightRule.AT_LEAST) {
                h[r] = Math.max(h[r], props.height());
            }
        }
        for (List<Placed> row : placed) {
            for (Placed p : row) {
                if (p.owner == null && p.span > 1) {
                    int last = p.row + p.span - 1;
                    double sum = 0;
                    for (int r = p.row; r <= last; r++) {
                        sum += h[r];
                    }
                    if (p.required() > sum && rows.get(last).props().rule() != RowProps.HeightRule.EXACT) {
                        h[last] += p.required() - sum;
                    }
                }
            }
        }
        return h;
    }

    private static List<List<CellBox>> cellBoxes(Table table, List<List<Placed>> placed, double[] heights) {
        TableBorders tb = table.props().borders();
        List<List<CellBox>> out = new ArrayList<>(placed.size());
        Map<Placed, List<Slice>> distributed = new HashMap<>();
        for (int r = 0; r < placed.size(); r++) {
            List<Placed> row = placed.get(r);
            List<CellBox> boxes = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                Placed p = row.get(i);
                Placed owner = p.owner == null ? p : p.owner;
                List<Slice> slices = slicesInRow(owner, p.row, heights, distributed);
                if (p.owner == null && p.span == 1 && heights[r] < p.required() - 1e-6) {
                    slices = clipped(slices, heights[r]); // an exact row leaves out what does not fit
                }
                CellProps props = p.cell.props();
                TableBorders cb = props.borders();
                Border top;
                if (p.owner != null) {
                    top = null; // inside a merged cell
                } else if (r == 0) {
                    top = BorderConflicts.resolve(cb.top(), null, tb.top());
                } else {
                    top = BorderConflicts.resolve(cb.top(), bottomOfCellAbove(placed.get(r - 1), p.x), tb.insideH());
                }
                Border left = i == 0 ? BorderConflicts.resolve(cb.left(), null, tb.left())
                        : BorderConflicts.resolve(cb.left(), row.get(i - 1).cell.props().borders().right(),
                        tb.insideV());
                Border right = i == row.size() - 1 ? BorderConflicts.resolve(cb.right(), null, tb.right()) : null;
                Border bottomInside = BorderConflicts.resolve(cb.bottom(), null, tb.insideH());
                Border bottomOuter = BorderConflicts.resolve(cb.bottom(), null, tb.bottom());
                double required = p.owner == null && p.span == 1 ? heights[r] : 0;
                boxes.add(new CellBox(p.x, p.width, slices, required, p.margins.top(), p.margins.bottom(),
                        p.cell.shading() != null ? p.cell.shading() : owner.cell.shading(), top, left, right,
                        bottomInside, bottomOuter));
            }
            out.add(boxes);
        }
        return out;
    }

    /**
     * The slices of {@code owner}'s content that lie in row {@code row}, with tops from that row's
     * top: vAlign shifts the content within the rows it spans, and each slice goes to the row its
     * top falls in (the last row takes the rest).
     */
    private static List<Slice> slicesInRow(Placed owner, int row, double[] heights,
                                           Map<Placed, List<Slice>> distributed) {
        List<Slice> all = distributed.computeIfAbsent(owner, o -> aligned(o, heights));
        if (owner.span == 1) {
            return all;
        }
        double offset = 0;
        for (int r = owner.row; r < row; r++) {
            offset += heights[r];
        }
        double end = offset + heights[row];
        boolean lastRow = row == owner.row + owner.span - 1;
        List<Slice> mine = new ArrayList<>();
        for (Slice s : all) {
            if (s.top() >= offset - 1e-6 && (lastRow || s.top() < end - 1e-6)) {
                mine.add(s.movedBy(-offset));
            }
        }
        return mine;
    }

    private static List<Slice> aligned(Placed p, double[] heights) {
        double room = 0;
        for (int r = p.row; r < p.row + p.span; r++) {
            room += heights[r];
        }
        double spare = Math.max(0, room - p.required());
        double shift = p.margins.top() + switch (p.cell.props().verticalAlign()) {
            case CENTER -> spare / 2;
            case BOTTOM -> spare;
            default -> 0;
        };
        List<Slice> out = new ArrayList<>(p.content.slices().size());
        for (Slice s : p.content.slices()) {
            out.add(s.movedBy(shift));
        }
        return out;
    }

    private static List<Slice> clipped(List<Slice> slices, double height) {
        List<Slice> out = new ArrayList<>(slices.size());
        for (Slice s : slices) {
            if (s.top() < height - 1e-6) {
                out.add(s);
            }
        }
        return out;
    }

    private static Border bottomOfCellAbove(List<Placed> above, double x) {
        for (Placed p : above) {
            if (x >= p.x - 0.01 && x < p.x + p.width - 0.01) {
                return p.cell.props().borders().bottom();
            }
        }
        return null;
    }

    /** pageBreakBefore counts only on the paragraph that opens the table (R§3.3). */
    private static boolean opensWithPageBreak(Table table) {
        List<TableCell> cells = table.rows().get(0).cells();
        if (cells.isEmpty() || cells.get(0).blocks().isEmpty()) {
            return false;
        }
        Block first = cells.get(0).blocks().get(0);
        return first instanceof Paragraph p && p.props() != null && p.props().pageBreakBefore();
    }
}
