package org.inkpool.model;

import org.inkpool.model.section.Section;
import org.inkpool.model.style.Rgb;
import java.util.List;

/**
 * A whole Word document, resolved: every style cascade has been applied by the reader.
 *
 * @param notes             footnotes and endnotes
 * @param evenAndOddHeaders w:evenAndOddHeaders in the settings: even pages take the EVEN header and footer
 * @param pageBackground    the colour every page is filled with (w:background, shown only with
 *                          w:displayBackgroundShape in the settings), or null for none
 */
public record Document(DocumentInfo info, List<Section> sections, List<EmbeddedFont> embeddedFonts, Notes notes,
                       boolean evenAndOddHeaders, Rgb pageBackground) {
    public Document {
        sections = List.copyOf(sections);
        embeddedFonts = List.copyOf(embeddedFonts);
        notes = notes == null ? Notes.NONE : notes;
    }

    /** A document whose pages have no background colour. */
    public Document(DocumentInfo info, List<Section> sections, List<EmbeddedFont> embeddedFonts, Notes notes,
                    boolean evenAndOddHeaders) {
        this(info, sections, embeddedFonts, notes, evenAndOddHeaders, null);
    }

    /** A document without notes and with one header and footer for odd and even pages. */
    public Document(DocumentInfo info, List<Section> sections, List<EmbeddedFont> embeddedFonts) {
        this(info, sections, embeddedFonts, Notes.NONE, false);
    }

    public int blockCount() {
        return sections.stream().mapToInt(s -> s.blocks().size()).sum();
    }
}
