package org.inkpool.model;

import java.util.List;

/**
 * A paragraph with resolved properties.
 *
 * @param label     the list label ("1.2.", a bullet), or null when the paragraph is not numbered
 * @param markProps run properties of the paragraph mark: an empty paragraph is one line of this font
 */
public record Paragraph(ParagraphProps props, List<Inline> inlines, ListLabel label, RunProps markProps) implements Block {
    public Paragraph {
        inlines = List.copyOf(inlines);
    }

    public boolean isEmpty() {
        return label == null && inlines.stream().allMatch(i -> i instanceof TextRun t && t.text().isEmpty());
    }
}
