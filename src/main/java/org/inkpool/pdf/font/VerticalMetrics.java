package org.inkpool.pdf.font;

/**
 * The vertical metrics Word sizes a line from (word-layout-facts §2), in font units: OS/2 usWinAscent /
 * usWinDescent and the hhea ascender / descender / lineGap.
 */
public record VerticalMetrics(int unitsPerEm, int winAscent, int winDescent, int hheaAscender, int hheaDescender,
                       int hheaLineGap) {

    /** Word positions on a 600 dpi grid; a single line height is a whole number of these units (facts §1). */
    private static final double GRID_PER_POINT = 600.0 / 72.0;

    public VerticalMetrics {
        if (unitsPerEm <= 0) {
            throw new IllegalArgumentException("unitsPerEm must be positive: " + unitsPerEm);
        }
    }

    /** GDI's tmExternalLeading: what the hhea box has beyond the win box, never negative. */
    public int externalLeading() {
        int win = winAscent + winDescent;
        int hhea = hheaAscender - hheaDescender + hheaLineGap;
        return Math.max(0, hhea - win);
    }

    /**
     * The text part above the baseline: winAscent. The external leading, which Word puts above the text,
     * is in {@link #lineHeight} only (layout places it: line height − descent above the baseline).
     */
    public double ascent(double size) {
        return winAscent * size / unitsPerEm;
    }

    public double descent(double size) {
        return winDescent * size / unitsPerEm;
    }

    /**
     * Word's single line height: (winAscent + winDescent + external leading) / unitsPerEm × size, rounded
     * to Word's 1/600 inch grid (Carlito 11 pt → 13.44, Liberation Sans 10 → 11.52).
     */
    public double lineHeight(double size) {
        double raw = (winAscent + winDescent + externalLeading()) * size / unitsPerEm;
        return Math.round(raw * GRID_PER_POINT) / GRID_PER_POINT;
    }
}
