package org.inkpool.layout.table;

import java.util.List;

/**
 * A laid-out table row: its cells and its height.
 *
 * @param exact      hRule="exact": never split, content beyond the height is left out
 * @param cantSplit  the row moves to the next page whole when it does not fit (unless it fits no page)
 * @param header     repeated at the top of each page the table continues on
 */
public record RowBox(List<CellBox> cells, double height, boolean exact, boolean cantSplit, boolean header) {
    public RowBox {
        cells = List.copyOf(cells);
    }
}
