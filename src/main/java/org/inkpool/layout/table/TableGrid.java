package org.inkpool.layout.table;

import org.inkpool.layout.paginate.Column;
import org.inkpool.model.style.Alignment;
import org.inkpool.model.Table;
import org.inkpool.model.table.TableCell;
import org.inkpool.model.table.TableRow;
import org.inkpool.model.table.TableWidth;

import java.util.List;

/**
 * Where a table's grid columns lie on the page (word-layout-facts §7). Word keeps the grid it
 * wrote in w:tblGrid; a percentage tblW is exact and scales it; an autofit grid far wider than
 * the column (over 1.25×) is refitted to the column. The grid starts at the column edge plus
 * tblInd, or is centred / right-aligned by the table's jc.
 */
final class TableGrid {

    /** An autofit grid wider than this share of the column is refitted (R§6.5). */
    static final double REFIT_RATIO = 1.25;
    /** Narrowest column kept, so that a zero-width grid column still shows its text somewhere. */
    private static final double MIN_COLUMN = 2;

    private TableGrid() {
    }

    /** The page x of every grid line, from the left edge of the first column to the right edge of the last. */
    static double[] edges(Table table, Column column) {
        double[] widths = widths(table, column.width());
        double total = 0;
        for (double w : widths) {
            total += w;
        }
        Alignment jc = table.props().alignment();
        double x = switch (jc) {
            case CENTER -> column.originX() + (column.width() - total) / 2;
            case RIGHT -> column.originX() + column.width() - total;
            default -> column.originX() + table.indent() - textShift(table);
        };
        double[] edges = new double[widths.length + 1];
        edges[0] = x;
        for (int i = 0; i < widths.length; i++) {
            edges[i + 1] = edges[i] + widths[i];
        }
        return edges;
    }

    /** How far left of the indent the grid starts when the indent places the first cell's text. */
    private static double textShift(Table table) {
        if (!table.props().indentToText() || table.rows().isEmpty() || table.rows().get(0).cells().isEmpty()) {
            return 0;
        }
        TableCell first = table.rows().get(0).cells().get(0);
        return first.props().margins() != null ? first.props().margins().left()
                : table.props().cellMargins().left();
    }

    /** Column widths in points for a column {@code available} wide. */
    static double[] widths(Table table, double available) {
        int columns = Math.max(table.grid().size(), maxCells(table));
        double[] widths = new double[Math.max(columns, 1)];
        double written = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i < table.grid().size() ? table.grid().get(i) : 0;
            written += widths[i];
        }
        if (written <= 0) {
            java.util.Arrays.fill(widths, available / widths.length); // no usable grid: equal columns
            written = available;
        }
        TableWidth preferred = table.props().width();
        double target = written;
        if (preferred.unit() == TableWidth.Unit.PERCENT) {
            target = preferred.value() * available;
        } else if (written > available * REFIT_RATIO) {
            target = available;
        }
        double scale = target / written;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(MIN_COLUMN, widths[i] * scale);
        }
        return widths;
    }

    private static int maxCells(Table table) {
        int max = 0;
        for (TableRow row : table.rows()) {
            max = Math.max(max, row.props().gridBefore() + row.cells().stream().mapToInt(TableCell::gridSpan).sum());
        }
        return max;
    }

    /** Grid column where each cell of a row starts, after the {@code gridBefore} columns it leaves empty. */
    static int[] startColumns(List<TableCell> cells, int gridBefore) {
        int[] start = new int[cells.size()];
        int c = gridBefore;
        for (int i = 0; i < cells.size(); i++) {
            start[i] = c;
            c += Math.max(1, cells.get(i).gridSpan());
        }
        return start;
    }
}
