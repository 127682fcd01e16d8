package org.inkpool.model;

import java.util.List;

/** One table row; {@code header} marks rows repeated at the top of each page (w:tblHeader). */
public record TableRow(List<TableCell> cells, boolean header) {
    public TableRow {
        cells = List.copyOf(cells);
    }
}
