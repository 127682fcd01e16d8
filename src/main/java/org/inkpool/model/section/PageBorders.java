package org.inkpool.model.section;

import org.inkpool.model.style.ParagraphBorders;

/**
 * A section's page borders (w:pgBorders). Art borders are kept as plain lines of their width.
 *
 * @param fromText  true: each edge's space counts from the text (body) edge outwards; false: from the
 *                  page edge inwards (w:offsetFrom="page")
 * @param firstOnly draw on the section's first page only (w:display="firstPage")
 * @param notFirst  draw on every page but the first (w:display="notFirstPage")
 */
public record PageBorders(ParagraphBorders.Edge top, ParagraphBorders.Edge left, ParagraphBorders.Edge bottom,
                          ParagraphBorders.Edge right, boolean fromText, boolean firstOnly, boolean notFirst) {

    public static final PageBorders NONE = new PageBorders(null, null, null, null, true, false, false);

    public PageBorders {
        top = top == null ? ParagraphBorders.Edge.NONE : top;
        left = left == null ? ParagraphBorders.Edge.NONE : left;
        bottom = bottom == null ? ParagraphBorders.Edge.NONE : bottom;
        right = right == null ? ParagraphBorders.Edge.NONE : right;
    }

    public boolean any() {
        return top.visible() || left.visible() || bottom.visible() || right.visible();
    }
}
