package org.inkpool.model;

import java.util.List;

/**
 * A table as written: its grid (column widths in points from w:tblGrid) and rows of cells.
 * Cells hold blocks, so tables nest.
 */
public record Table(List<Double> grid, List<TableRow> rows, double indent) implements Block {
    public Table {
        grid = List.copyOf(grid);
        rows = List.copyOf(rows);
    }
}
