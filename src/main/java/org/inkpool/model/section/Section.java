package org.inkpool.model.section;

import org.inkpool.model.Block;
import java.util.List;

/**
 * A run of blocks that share one page setup; a new section may start a new page.
 *
 * @param headersFooters the section's headers and footers (inherited ones included)
 * @param numbering      its page numbering
 * @param look           its line grid, page borders and line numbers
 */
public record Section(PageSetup page, SectionStart start, List<Block> blocks, HeadersFooters headersFooters,
                      PageNumbering numbering, PageLook look) {
    public Section {
        blocks = List.copyOf(blocks);
        headersFooters = headersFooters == null ? HeadersFooters.NONE : headersFooters;
        numbering = numbering == null ? PageNumbering.CONTINUE : numbering;
        look = look == null ? PageLook.PLAIN : look;
    }

    /** A section without grid, page borders or line numbers. */
    public Section(PageSetup page, SectionStart start, List<Block> blocks, HeadersFooters headersFooters,
                   PageNumbering numbering) {
        this(page, start, blocks, headersFooters, numbering, PageLook.PLAIN);
    }

    /** A section without headers, footers or numbering of its own. */
    public Section(PageSetup page, SectionStart start, List<Block> blocks) {
        this(page, start, blocks, HeadersFooters.NONE, PageNumbering.CONTINUE);
    }
}
