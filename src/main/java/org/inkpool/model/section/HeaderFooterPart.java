package org.inkpool.model.section;

import org.inkpool.model.Block;
import java.util.List;

/**
 * One header or footer: its flow of blocks, and the content of its floating objects (text boxes,
 * anchored pictures), which is drawn with it but does not make it taller.
 */
public record HeaderFooterPart(List<Block> blocks, List<Block> floating) {
    public HeaderFooterPart {
        blocks = List.copyOf(blocks);
        floating = List.copyOf(floating);
    }

    public HeaderFooterPart(List<Block> blocks) {
        this(blocks, List.of());
    }
}
