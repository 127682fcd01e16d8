package org.inkpool.model;

import java.util.List;

/**
 * A cell: how many grid columns it spans, whether it continues a vertical merge from the row above,
 * its content and background.
 */
public record TableCell(List<Block> blocks, int gridSpan, boolean mergedFromAbove, Rgb shading) {
    public TableCell {
        blocks = List.copyOf(blocks);
    }
}
