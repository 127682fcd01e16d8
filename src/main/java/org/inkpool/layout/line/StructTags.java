package org.inkpool.layout.line;

import org.inkpool.layout.flow.ComposedParagraph;
import org.inkpool.layout.page.PageItem;
import org.inkpool.layout.page.StructRole;
import org.inkpool.layout.page.Tag;

import java.util.List;

/**
 * The structure a paragraph's lines are tagged with: a heading (H1–H6 from its outline level), a list
 * item (LI holding an LBody: a numbered or bulleted paragraph) or a plain paragraph (P). The paragraph
 * paragraph's key names them, so its lines on several pages make one element.
 */
final class StructTags {

    private StructTags() {
    }

    /** Opens the paragraph's elements; returns how many to close after its line. */
    static int openParagraph(ComposedParagraph paragraph, List<PageItem> out) {
        if (paragraph.navigation().isHeading()) {
            out.add(Tag.open(paragraph.key(), StructRole.heading(paragraph.navigation().outlineLevel())));
            return 1;
        }
        if (paragraph.hasLabel()) {
            out.add(Tag.open(paragraph.key(), StructRole.LI));
            out.add(Tag.open(paragraph.key(), StructRole.LBODY));
            return 2;
        }
        out.add(Tag.open(paragraph.key(), StructRole.P));
        return 1;
    }

    static void close(int count, List<PageItem> out) {
        for (int i = 0; i < count; i++) {
            out.add(Tag.close());
        }
    }
}
