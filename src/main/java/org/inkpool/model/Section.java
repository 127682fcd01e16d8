package org.inkpool.model;

import java.util.List;

/** A run of blocks that share one page setup; a new section may start a new page. */
public record Section(PageSetup page, SectionStart start, List<Block> blocks) {
    public Section {
        blocks = List.copyOf(blocks);
    }
}
