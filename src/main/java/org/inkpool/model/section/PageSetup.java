package org.inkpool.model.section;

/** Page size and margins in points (w:pgSz, w:pgMar, w:cols). */
public record PageSetup(double width, double height,
                        double marginTop, double marginBottom, double marginLeft, double marginRight,
                        double headerDistance, double footerDistance,
                        int columns, double columnGap) {

    /** Word's default for a document without w:sectPr: US Letter, 1 inch margins. */
    public static final PageSetup LETTER = new PageSetup(612, 792, 72, 72, 72, 72, 36, 36, 1, 36);

    public double bodyWidth() {
        return width - marginLeft - marginRight;
    }

    public double bodyHeight() {
        return height - marginTop - marginBottom;
    }
}
