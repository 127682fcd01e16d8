package org.inkpool.layout;

import java.util.List;

/** The result of layout: pages of positioned items, ready to paint. */
public record LaidOutDocument(List<Page> pages) {
    public LaidOutDocument {
        pages = List.copyOf(pages);
    }
}
