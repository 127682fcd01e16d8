package org.inkpool.model;

import org.inkpool.model.table.TableProps;
import org.inkpool.model.table.TableRow;
import java.util.List;

/**
 * A table as written: its grid (column widths in points from w:tblGrid), rows of cells and the
 * table-wide properties. Cells hold blocks, so tables nest.
 */
public record Table(List<Double> grid, List<TableRow> rows, double indent, TableProps props) implements Block {
    public Table {
        grid = List.copyOf(grid);
        rows = List.copyOf(rows);
        props = props == null ? TableProps.DEFAULT : props;
    }

    /** A table with Word's default properties. */
    public Table(List<Double> grid, List<TableRow> rows, double indent) {
        this(grid, rows, indent, TableProps.DEFAULT);
    }
}
