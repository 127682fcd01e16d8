package org.inkpool.model;

import java.util.List;

/** One footnote or endnote: its id (w:id) and its text as blocks. */
public record Note(String id, List<Block> blocks) {
    public Note {
        blocks = List.copyOf(blocks);
    }
}
