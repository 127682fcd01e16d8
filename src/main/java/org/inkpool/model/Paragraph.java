package org.inkpool.model;

import org.inkpool.model.style.ListLabel;
import org.inkpool.model.style.ParagraphProps;
import org.inkpool.model.style.RunProps;
import java.util.List;

/**
 * A paragraph with resolved properties.
 *
 * @param label     the list label ("1.2.", a bullet), or null when the paragraph is not numbered
 * @param markProps  run properties of the paragraph mark: an empty paragraph is one line of this font
 * @param navigation its outline level and the bookmarks that start in it
 */
public record Paragraph(ParagraphProps props, List<Inline> inlines, ListLabel label, RunProps markProps,
                        Navigation navigation) implements Block {
    public Paragraph {
        inlines = List.copyOf(inlines);
        navigation = navigation == null ? Navigation.NONE : navigation;
    }

    /** A body-text paragraph where no bookmark starts. */
    public Paragraph(ParagraphProps props, List<Inline> inlines, ListLabel label, RunProps markProps) {
        this(props, inlines, label, markProps, Navigation.NONE);
    }

    /** The paragraph's text as written (its label left out), for the bookmarks panel. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Inline i : inlines) {
            if (i instanceof TextRun t && (t.props() == null || !t.props().hidden())) {
                sb.append(t.text());
            } else if (i instanceof Tab || i instanceof Break) {
                sb.append(' ');
            }
        }
        return sb.toString().strip().replaceAll("\\s+", " ");
    }

    public boolean isEmpty() {
        return label == null && inlines.stream().allMatch(i -> i instanceof TextRun t && t.text().isEmpty());
    }
}
