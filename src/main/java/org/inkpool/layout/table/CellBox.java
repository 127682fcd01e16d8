package org.inkpool.layout.table;

import org.inkpool.layout.flow.Slice;
import org.inkpool.layout.page.StructKey;
import org.inkpool.model.style.Border;
import org.inkpool.model.style.Rgb;

import java.util.List;

/**
 * One cell of a laid-out row, or the part of a vertically merged cell that lies in this row.
 *
 * @param x            page x of the cell's left edge
 * @param width        from its left edge to its right edge
 * @param slices       its content, tops from the cell's top edge
 * @param required     height the row must have for this cell (0 for the later parts of a merged cell)
 * @param marginTop    cell margin above the content
 * @param marginBottom cell margin below the content
 * @param top          border drawn on its top edge (null: none; the edge is shared with the cell above)
 * @param left         border on its left edge
 * @param right        border on its right edge, drawn only by the last cell of a row
 * @param bottomInside border under it where the table continues on the next page
 * @param bottomOuter  border under it in the table's last row
 * @param key          names its TD or TH element on both pages of a split row (a new one when null)
 */
public record CellBox(double x, double width, List<Slice> slices, double required, double marginTop, double marginBottom,
               Rgb shading, Border top, Border left, Border right, Border bottomInside, Border bottomOuter,
               StructKey key) {

    public CellBox {
        slices = List.copyOf(slices);
        key = key == null ? new StructKey() : key;
    }

    public CellBox(double x, double width, List<Slice> slices, double required, double marginTop, double marginBottom,
                   Rgb shading, Border top, Border left, Border right, Border bottomInside, Border bottomOuter) {
        this(x, width, slices, required, marginTop, marginBottom, shading, top, left, right, bottomInside, bottomOuter,
                null);
    }

    /** Height the slices from {@code from} on take, cell margins included, when they start a row part. */
    public double heightFrom(int from) {
        if (from == 0) {
            return required;
        }
        if (from >= slices.size()) {
            return 0;
        }
        Slice last = slices.get(slices.size() - 1);
        return marginTop + last.top() + last.fitHeight() - slices.get(from).top() + marginBottom;
    }

    /** How far slices from {@code from} move up when they open a row part on a new page. */
    public double shiftFrom(int from) {
        return from == 0 || from >= slices.size() ? 0 : slices.get(from).top() - marginTop;
    }
}
