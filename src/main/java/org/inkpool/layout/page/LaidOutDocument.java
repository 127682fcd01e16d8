package org.inkpool.layout.page;

import java.util.List;

/** The result of layout: pages of positioned items, ready to paint. */
public record LaidOutDocument(List<Page> pages) {
    public LaidOutDocument {
        pages = List.copyOf(pages);
    }
}
