package org.inkpool.model.table;

import org.inkpool.model.Block;
import org.inkpool.model.style.Rgb;
import java.util.List;

/**
 * A cell: how many grid columns it spans, whether it continues a vertical merge from the row above,
 * its content, background and layout properties.
 */
public record TableCell(List<Block> blocks, int gridSpan, boolean mergedFromAbove, Rgb shading, CellProps props) {
    public TableCell {
        blocks = List.copyOf(blocks);
        props = props == null ? CellProps.DEFAULT : props;
    }

    /** A cell with the table's margins, top-aligned, without borders of its own. */
    public TableCell(List<Block> blocks, int gridSpan, boolean mergedFromAbove, Rgb shading) {
        this(blocks, gridSpan, mergedFromAbove, shading, CellProps.DEFAULT);
    }
}
