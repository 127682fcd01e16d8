package org.inkpool.layout.paginate;

import org.inkpool.layout.flow.BlockStack;
import org.inkpool.layout.flow.Slice;
import org.inkpool.layout.page.PageItem;
import org.inkpool.layout.page.Rule;
import org.inkpool.model.style.Rgb;

import java.util.ArrayList;
import java.util.List;

/**
 * The footnotes of one page: kept at the page bottom above the footer, under a separator rule of
 * 2 in × 0.6 pt (facts §8). The body keeps {@link #reserve()} free for them; lines that end up not
 * fitting continue at the bottom of the next page.
 */
public final class FootnoteArea {
    /** The separator paragraph: one line of room with the rule in its middle. */
    static final double SEPARATOR_SPACE = 12;
    public static final double SEPARATOR_WIDTH = 144;
    public static final double SEPARATOR_THICKNESS = 0.6;
    private static final double EPS = 1e-6;

    /** One line of a footnote (or a row of a table in one) with the paragraph spacing that goes with it. */
    record NoteLine(double gapBefore, double contentHeight, double gapAfter, Slice.Painter painter) {
        static NoteLine of(BlockStack.StackedLine line) {
            return new NoteLine(line.gapBefore(), line.contentHeight(), line.gapAfter(), line.painter());
        }

        double height() {
            return gapBefore + contentHeight + gapAfter;
        }
    }

    private final List<NoteLine> lines = new ArrayList<>();
    private double reserve;

    static double height(List<NoteLine> lines) {
        double h = 0;
        for (NoteLine l : lines) {
            h += l.height();
        }
        return h;
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Room the body must leave free at the page bottom. */
    double reserve() {
        return reserve;
    }

    /** Adds the notes of a line placed on this page. */
    void add(List<NoteLine> more) {
        if (more.isEmpty()) {
            return;
        }
        if (lines.isEmpty()) {
            reserve += SEPARATOR_SPACE;
        }
        lines.addAll(more);
        reserve += height(more);
    }

    /** Notes continued from the page before: they take at most {@code maxReserve} of this page. */
    void addContinued(List<NoteLine> continued, double maxReserve) {
        if (continued.isEmpty()) {
            return;
        }
        lines.addAll(continued);
        reserve = Math.min(SEPARATOR_SPACE + height(continued), maxReserve);
    }

    /**
     * Paints the notes that fit between the body's end and the frame bottom, the rule above them.
     *
     * @param atLeastOne place one line even if it does not fit (a page of notes alone must progress)
     * @param x          left end of the separator rule (the body's left margin)
     * @return the lines left over, for the next page
     */
    List<NoteLine> paint(double bodyEnd, double frameBottom, boolean atLeastOne, double x, List<PageItem> out) {
        if (lines.isEmpty()) {
            return List.of();
        }
        double room = frameBottom - bodyEnd - SEPARATOR_SPACE;
        int keep = 0;
        double h = 0;
        while (keep < lines.size() && h + lines.get(keep).height() <= room + EPS) {
            h += lines.get(keep).height();
            keep++;
        }
        if (keep == 0 && atLeastOne) {
            h = lines.get(0).height();
            keep = 1;
        }
        if (keep > 0) {
            double top = frameBottom - h - SEPARATOR_SPACE;
            double ruleY = top + SEPARATOR_SPACE / 2;
            out.add(new Rule(x, ruleY, x + SEPARATOR_WIDTH, ruleY, SEPARATOR_THICKNESS, Rgb.BLACK, Rule.Style.SOLID));
            double y = top + SEPARATOR_SPACE;
            for (int i = 0; i < keep; i++) {
                NoteLine l = lines.get(i);
                y += l.gapBefore();
                l.painter().paint(y, out);
                y += l.contentHeight() + l.gapAfter();
            }
        }
        return new ArrayList<>(lines.subList(keep, lines.size()));
    }
}
