package org.inkpool.layout.paginate;

import org.inkpool.model.section.PageSetup;

/**
 * The section's text columns on the current page (w:cols): how many, how wide, the gap, which one
 * is being filled and where the region of columns starts (the body top, or below a continuous
 * section's end on the same page). Paragraphs are composed at one column's width; a column after
 * the first is the first moved right by its offset.
 */
public final class Columns {

    private int count = 1;
    private double width;
    private double gap;
    private int index;
    private double top;
    /** The lowest y any column of this page reached (footnotes and the next region go below it). */
    private double lowest;

    /** The column layout of a section (equal columns). */
    void set(PageSetup setup) {
        count = Math.max(1, setup.columns());
        gap = count > 1 ? Math.max(0, setup.columnGap()) : 0;
        width = widthOf(setup);
        index = 0;
    }

    /** One column's width: the body shared by {@code columns} columns and the gaps between them. */
    public static double widthOf(PageSetup setup) {
        int n = Math.max(1, setup.columns());
        if (n == 1) {
            return setup.bodyWidth();
        }
        double w = (setup.bodyWidth() - (n - 1) * Math.max(0, setup.columnGap())) / n;
        return w > 1 ? w : setup.bodyWidth();
    }

    int count() {
        return count;
    }

    /** A new page: the first column, from the body top. */
    void startPage(double bodyTop) {
        index = 0;
        top = bodyTop;
        lowest = bodyTop;
    }

    /** A section continuing on this page: its columns start at {@code y}. */
    void startRegion(double y) {
        index = 0;
        top = y;
        lowest = Math.max(lowest, y);
    }

    /** Moves to the next column, leaving the current one at {@code y}; false when none is left. */
    boolean next(double y) {
        lowest = Math.max(lowest, y);
        if (index + 1 >= count) {
            return false;
        }
        index++;
        return true;
    }

    /** Whether the current column is the section's last on the page. */
    boolean last() {
        return index + 1 >= count;
    }

    double top() {
        return top;
    }

    double lowest() {
        return lowest;
    }

    /** How far right of the first column the current one stands. */
    double offset() {
        return index * (width + gap);
    }
}
