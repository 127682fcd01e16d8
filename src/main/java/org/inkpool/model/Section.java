package org.inkpool.model;

import java.util.List;

/**
 * A run of blocks that share one page setup; a new section may start a new page.
 *
 * @param headersFooters the section's headers and footers (inherited ones included)
 * @param numbering      its page numbering
 */
public record Section(PageSetup page, SectionStart start, List<Block> blocks, HeadersFooters headersFooters,
                      PageNumbering numbering) {
    public Section {
        blocks = List.copyOf(blocks);
        headersFooters = headersFooters == null ? HeadersFooters.NONE : headersFooters;
        numbering = numbering == null ? PageNumbering.CONTINUE : numbering;
    }

    /** A section without headers, footers or numbering of its own. */
    public Section(PageSetup page, SectionStart start, List<Block> blocks) {
        this(page, start, blocks, HeadersFooters.NONE, PageNumbering.CONTINUE);
    }
}
