package org.inkpool.model.style;

import java.util.List;

/**
 * Resolved paragraph properties. Lengths are in points.
 *
 * @param firstLine      positive: first-line indent; negative: hanging indent
 * @param beforeAuto     w:beforeAutospacing (Word uses 14 pt, see word-layout-facts §4)
 * @param styleId        the paragraph style id, for contextual spacing ("" when none)
 * @param defaultTabStop the document's default tab interval (w:defaultTabStop)
 * @param shading        paragraph background fill, or null
 * @param rightToLeft    w:bidi: the paragraph runs right to left. Its indents, alignment and tab
 *                       positions keep their logical meaning (left = start, which is then the right edge)
 * @param borders        w:pBdr, never null
 * @param snapToGrid     w:snapToGrid: the paragraph's lines follow the section's line grid (the default)
 */
public record ParagraphProps(Alignment alignment,
                             double indentLeft, double indentRight, double firstLine,
                             double spaceBefore, double spaceAfter, boolean beforeAuto, boolean afterAuto,
                             LineSpacing lineSpacing, boolean contextualSpacing, String styleId,
                             boolean keepNext, boolean keepLines, boolean widowControl, boolean pageBreakBefore,
                             List<TabStop> tabs, double defaultTabStop, Rgb shading,
                             boolean rightToLeft, ParagraphBorders borders, boolean snapToGrid) {
    public ParagraphProps {
        tabs = List.copyOf(tabs);
        styleId = styleId == null ? "" : styleId;
        borders = borders == null ? ParagraphBorders.NONE : borders;
    }

    /** A paragraph without borders, on the grid (the parameter list from before {@code borders}). */
    public ParagraphProps(Alignment alignment,
                          double indentLeft, double indentRight, double firstLine,
                          double spaceBefore, double spaceAfter, boolean beforeAuto, boolean afterAuto,
                          LineSpacing lineSpacing, boolean contextualSpacing, String styleId,
                          boolean keepNext, boolean keepLines, boolean widowControl, boolean pageBreakBefore,
                          List<TabStop> tabs, double defaultTabStop, Rgb shading, boolean rightToLeft) {
        this(alignment, indentLeft, indentRight, firstLine, spaceBefore, spaceAfter, beforeAuto, afterAuto,
                lineSpacing, contextualSpacing, styleId, keepNext, keepLines, widowControl, pageBreakBefore, tabs,
                defaultTabStop, shading, rightToLeft, ParagraphBorders.NONE, true);
    }

    /** A left-to-right paragraph (the parameter list from before {@code rightToLeft}). */
    public ParagraphProps(Alignment alignment,
                          double indentLeft, double indentRight, double firstLine,
                          double spaceBefore, double spaceAfter, boolean beforeAuto, boolean afterAuto,
                          LineSpacing lineSpacing, boolean contextualSpacing, String styleId,
                          boolean keepNext, boolean keepLines, boolean widowControl, boolean pageBreakBefore,
                          List<TabStop> tabs, double defaultTabStop, Rgb shading) {
        this(alignment, indentLeft, indentRight, firstLine, spaceBefore, spaceAfter, beforeAuto, afterAuto,
                lineSpacing, contextualSpacing, styleId, keepNext, keepLines, widowControl, pageBreakBefore, tabs,
                defaultTabStop, shading, false);
    }

    /** Word's own defaults where a document says nothing. */
    public static final ParagraphProps DEFAULT = new ParagraphProps(Alignment.LEFT, 0, 0, 0, 0, 0, false, false,
            LineSpacing.SINGLE, false, "", false, false, true, false, List.of(), 36, null);
}
