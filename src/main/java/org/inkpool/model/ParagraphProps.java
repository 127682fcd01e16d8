package org.inkpool.model;

import java.util.List;

/**
 * Resolved paragraph properties. Lengths are in points.
 *
 * @param firstLine      positive: first-line indent; negative: hanging indent
 * @param beforeAuto     w:beforeAutospacing (Word uses 14 pt, see word-layout-facts §4)
 * @param styleId        the paragraph style id, for contextual spacing ("" when none)
 * @param defaultTabStop the document's default tab interval (w:defaultTabStop)
 * @param shading        paragraph background fill, or null
 */
public record ParagraphProps(Alignment alignment,
                             double indentLeft, double indentRight, double firstLine,
                             double spaceBefore, double spaceAfter, boolean beforeAuto, boolean afterAuto,
                             LineSpacing lineSpacing, boolean contextualSpacing, String styleId,
                             boolean keepNext, boolean keepLines, boolean widowControl, boolean pageBreakBefore,
                             List<TabStop> tabs, double defaultTabStop, Rgb shading) {
    public ParagraphProps {
        tabs = List.copyOf(tabs);
        styleId = styleId == null ? "" : styleId;
    }

    /** Word's own defaults where a document says nothing. */
    public static final ParagraphProps DEFAULT = new ParagraphProps(Alignment.LEFT, 0, 0, 0, 0, 0, false, false,
            LineSpacing.SINGLE, false, "", false, false, true, false, List.of(), 36, null);
}
