package org.inkpool.model;

import java.util.List;

/** A whole Word document, resolved: every style cascade has been applied by the reader. */
public record Document(DocumentInfo info, List<Section> sections, List<EmbeddedFont> embeddedFonts) {
    public Document {
        sections = List.copyOf(sections);
        embeddedFonts = List.copyOf(embeddedFonts);
    }

    public int blockCount() {
        return sections.stream().mapToInt(s -> s.blocks().size()).sum();
    }
}
