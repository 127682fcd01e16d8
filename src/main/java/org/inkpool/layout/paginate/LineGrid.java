package org.inkpool.layout.paginate;

import org.inkpool.layout.line.LineBox;
import org.inkpool.model.section.DocGrid;
import org.inkpool.model.style.LineSpacing;
import org.inkpool.model.style.Script;

/**
 * The East Asian document grid (w:docGrid) as LibreOffice emulates Word's (word-layout-facts §10;
 * LO itrform2 CalcRealHeight, fntcache grid width): a line takes as many whole line pitches as its
 * natural height needs, with the text centred in them; a proportional line spacing of 100 % or more
 * multiplies that, and exact or at-least spacing is ignored. On a grid with characters, every East
 * Asian character advances by {@code charSpace} more and every other character by half of it.
 */
public final class LineGrid {

    /** Rounding slack: a line a hair taller than one pitch still takes one. */
    private static final double EPS = 1e-6;

    private LineGrid() {
    }

    /** Whether a paragraph's lines snap to the column's grid. */
    public static boolean snaps(Column column, boolean paragraphSnaps) {
        return paragraphSnaps && column.grid().snapsLines();
    }

    /**
     * The line snapped to whole pitches.
     *
     * @param natural the line as the line rules made it; its {@code above}/{@code below} are the text's extents
     */
    public static LineBox snap(LineBox natural, DocGrid grid, LineSpacing spacing) {
        double pitch = grid.linePitch();
        double text = natural.above() + natural.below();
        int pitches = Math.max(1, (int) Math.ceil(text / pitch - EPS));
        double height = pitches * pitch;
        double baseline = natural.above() + (height - text) / 2;
        double multiple = height;
        if (spacing != null && spacing.rule() == LineSpacing.LineRule.AUTO && spacing.value() > 1) {
            multiple = height * spacing.value();
        }
        return new LineBox(multiple, height, baseline, natural.above(), natural.below());
    }

    /** Points a character adds to its advance on a grid with characters (0 on a line-only grid). */
    public static double charExtra(DocGrid grid, int codePoint) {
        if (!grid.spacesChars()) {
            return 0;
        }
        return Script.of(codePoint) == Script.EAST_ASIAN ? grid.charSpace() : grid.charSpace() / 2;
    }
}
