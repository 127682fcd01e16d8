package org.inkpool.model.table;

import java.util.List;

/** One table row; {@code header} marks rows repeated at the top of each page (w:tblHeader). */
public record TableRow(List<TableCell> cells, boolean header, RowProps props) {
    public TableRow {
        cells = List.copyOf(cells);
        props = props == null ? RowProps.DEFAULT : props;
    }

    /** A row of automatic height that may split. */
    public TableRow(List<TableCell> cells, boolean header) {
        this(cells, header, RowProps.DEFAULT);
    }
}
