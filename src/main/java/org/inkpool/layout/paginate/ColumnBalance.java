package org.inkpool.layout.paginate;

import org.inkpool.layout.flow.ComposedParagraph;
import org.inkpool.layout.flow.FlowItem;
import org.inkpool.layout.flow.LaidOutTable;
import org.inkpool.layout.line.Line;

import java.util.List;

/**
 * Balances the columns of a section that ends at a continuous section break: Word ends such columns
 * level on the section's last page, so that the next section starts right below them. When a page (or
 * the section's region on its first page) opens at a column top and the rest of the section fits in
 * its columns there, every column but the last ends at one share of that rest (plus half a line, so
 * that the first columns come out the longer ones, as in Word); the last column keeps the page bottom,
 * so nothing is ever pushed off the page by the balancing.
 */
final class ColumnBalance {

    /** The section's items while it is being balanced, else null. */
    private List<? extends FlowItem> flow;
    private boolean due;
    private double bottom = Double.NaN;

    void start(List<? extends FlowItem> items) {
        flow = items;
        due = true;
        bottom = Double.NaN;
    }

    void stop() {
        flow = null;
        due = false;
        bottom = Double.NaN;
    }

    /** A new page: its columns are balanced again if the rest fits on it. */
    void newPage() {
        if (flow != null) {
            due = true;
            bottom = Double.NaN;
        }
    }

    /**
     * Decides this page's balanced bottom when it is due, the next thing to place being line {@code line} of
     * item {@code item}; only at the top of the first column (elsewhere the page is left unbalanced).
     */
    void at(int item, int line, boolean atRegionTop, double top, double pageBottom, int columns) {
        if (flow == null || !due) {
            return;
        }
        due = false;
        bottom = Double.NaN;
        if (!atRegionTop || columns < 2 || item >= flow.size()) {
            return;
        }
        double[] rest = remaining(item, line);
        if (rest[0] <= columns * (pageBottom - top)) {
            bottom = top + rest[0] / columns + rest[1] / 2;
        }
    }

    /** Where the current column ends: the balanced bottom, except in the last column. */
    double bottom(double pageBottom, boolean lastColumn) {
        return flow == null || lastColumn || Double.isNaN(bottom) ? pageBottom : Math.min(pageBottom, bottom);
    }

    /** The height of the section from the given line on, and its tallest line. */
    private double[] remaining(int item, int line) {
        double h = 0;
        double tallest = 0;
        ComposedParagraph before = null;
        for (int k = item; k < flow.size(); k++) {
            FlowItem f = flow.get(k);
            if (f instanceof ComposedParagraph p) {
                int from = k == item ? line : 0;
                if (from == 0) {
                    h += before == null ? (k == item ? 0 : p.spaceBefore()) : Paginator.gapBetween(before, p);
                }
                List<Line> lines = p.lines();
                for (int i = from; i < lines.size(); i++) {
                    double lh = lines.get(i).box().height();
                    h += lh;
                    tallest = Math.max(tallest, lh);
                }
                before = p;
            } else if (f instanceof LaidOutTable table) {
                h += (before == null ? 0 : before.spaceAfter()) + table.height();
                before = null;
            }
        }
        return new double[] {h, tallest};
    }
}
