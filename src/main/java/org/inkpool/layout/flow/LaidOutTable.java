package org.inkpool.layout.flow;

import org.inkpool.layout.page.StructKey;
import org.inkpool.layout.table.RowBox;
import java.util.List;

/**
 * A table laid out at its column's width, ready to be paginated row by row.
 *
 * @param headerRows      how many rows from the first repeat at the top of each page
 * @param pageBreakBefore the table's first paragraph asks for a new page
 * @param floated         a floating table laid out in the flow (its distances), or null for a table in the flow
 * @param key             names its Table element on every page it spans (a new one when null)
 */
public record LaidOutTable(List<RowBox> rows, int headerRows, boolean pageBreakBefore, Floated floated, StructKey key)
        implements FlowItem {

    public LaidOutTable {
        rows = List.copyOf(rows);
        key = key == null ? new StructKey() : key;
    }

    /** A table of the flow. */
    public LaidOutTable(List<RowBox> rows, int headerRows, boolean pageBreakBefore) {
        this(rows, headerRows, pageBreakBefore, null, null);
    }

    /** A table of the flow whose Table element is {@code key}. */
    public LaidOutTable(List<RowBox> rows, int headerRows, boolean pageBreakBefore, StructKey key) {
        this(rows, headerRows, pageBreakBefore, null, key);
    }

    /**
     * Where a floating table laid out in the flow stands: {@code top} below the top of the paragraph it is
     * anchored in (which is where the text before it ends), {@code bottom} the distance kept from the text below.
     */
    public record Floated(double top, double bottom) {
    }

    /** The same table as a floating table laid out in the flow. */
    public LaidOutTable floated(Floated floated) {
        return new LaidOutTable(rows, headerRows, pageBreakBefore, floated, key);
    }

    @Override
    public boolean keepNext() {
        return false;
    }

    /** Total height of all rows (a nested table is never split inside its own layout). */
    public double height() {
        return rows.stream().mapToDouble(RowBox::height).sum();
    }

    public double headerHeight() {
        double h = 0;
        for (int i = 0; i < headerRows; i++) {
            h += rows.get(i).height();
        }
        return h;
    }
}
