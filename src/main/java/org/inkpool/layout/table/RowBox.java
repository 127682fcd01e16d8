package org.inkpool.layout.table;

import org.inkpool.layout.page.StructKey;

import java.util.List;

/**
 * A laid-out table row: its cells and its height.
 *
 * @param exact      hRule="exact": never split, content beyond the height is left out
 * @param cantSplit  the row moves to the next page whole when it does not fit (unless it fits no page)
 * @param header     repeated at the top of each page the table continues on
 * @param key        names its TR element on both pages of a split row (a new one when null)
 */
public record RowBox(List<CellBox> cells, double height, boolean exact, boolean cantSplit, boolean header,
                     StructKey key) {
    public RowBox {
        cells = List.copyOf(cells);
        key = key == null ? new StructKey() : key;
    }

    public RowBox(List<CellBox> cells, double height, boolean exact, boolean cantSplit, boolean header) {
        this(cells, height, exact, cantSplit, header, null);
    }
}
