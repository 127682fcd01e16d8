package org.inkpool.layout.flow;

import org.inkpool.layout.page.FilledRect;
import org.inkpool.layout.page.PageItem;
import org.inkpool.layout.paginate.Column;
import org.inkpool.layout.paginate.PageDecor;
import org.inkpool.model.style.ParagraphBorders;
import org.inkpool.model.style.ParagraphProps;
import org.inkpool.model.style.Rgb;

import java.util.ArrayList;
import java.util.List;

/**
 * Paragraph borders and the shading inside them, as the paginator stacks paragraphs (w:pBdr;
 * word-layout-facts §4): the top edge's space and width come between the space before and the first
 * line, the bottom edge's after the last line; the left and right edges sit outside the indents and
 * take no text width. Adjacent paragraphs with equal borders and indents share one box: no bottom
 * and top edge between them, but the between edge, which then takes the top edge's place. A box cut
 * by a page break is drawn open at the cut and continues, without a top edge, on the next page.
 */
public final class BorderBoxes {

    /** The box being built, or null. */
    private Box open;
    /** What the last {@link #enter} did, so that a paragraph that moves on may take it back. */
    private Entered entered = Entered.NOTHING;

    private enum Entered { NOTHING, OPENED, JOINED, JOINED_WITH_BETWEEN }

    private static final class Box {
        final ParagraphProps props;
        final Column column;
        final List<PageItem> items;
        /** Where text-layer items began when the box opened: its shading goes under them. */
        final int shadingAt;
        final double top;
        final boolean drawTop;
        final List<Double> betweens = new ArrayList<>();
        double contentBottom;
        public double bottomExtent;
        /** The last paragraph's last line is placed: the box may close with its bottom edge. */
        boolean ended;

        Box(ComposedParagraph p, List<PageItem> items, double top, boolean drawTop) {
            this.props = p.props();
            this.column = p.column();
            this.items = items;
            this.shadingAt = items.size();
            this.top = top;
            this.drawTop = drawTop;
            this.contentBottom = top;
        }
    }

    /** Whether a paragraph draws a box (it has a visible edge). */
    public static boolean boxed(ComposedParagraph p) {
        return p.props().borders().any();
    }

    /**
     * The paragraph's first lines start a fragment at {@code y} + {@code gap} on the page holding
     * {@code items}: returns where its first line goes.
     */
    public double enter(ComposedParagraph p, double y, double gap, List<PageItem> items) {
        if (open != null && open.ended && open.items == items && joins(open, p)) {
            ParagraphBorders.Edge between = p.props().borders().between();
            double cut = open.contentBottom + gap; // the earlier paragraph's bottom edge is not drawn
            if (between.visible()) {
                open.betweens.add(cut + between.line().width() / 2);
            }
            entered = between.visible() ? Entered.JOINED_WITH_BETWEEN : Entered.JOINED;
            open.ended = false;
            return cut + between.extent();
        }
        close();
        if (!boxed(p)) {
            return y + gap;
        }
        ParagraphBorders.Edge top = p.props().borders().top();
        open = new Box(p, items, y + gap, true);
        entered = Entered.OPENED;
        return y + gap + top.extent();
    }

    /** The paragraph just entered placed no line here (it moves to the next page): undo its entry. */
    public void retract() {
        if (open == null) {
            return;
        }
        switch (entered) {
            case OPENED -> open = null;
            case JOINED_WITH_BETWEEN -> {
                open.betweens.remove(open.betweens.size() - 1);
                open.ended = true;
            }
            case JOINED -> open.ended = true;
            default -> { }
        }
        entered = Entered.NOTHING;
    }

    /** A paragraph continues at the top of a new page: its box goes on there without a top edge. */
    public double resume(ComposedParagraph p, double y, List<PageItem> items) {
        close();
        entered = Entered.NOTHING;
        if (boxed(p)) {
            open = new Box(p, items, y, false);
        }
        return y;
    }

    /**
     * Lines of {@code p} were placed down to {@code y}; {@code last}: they include its last line.
     * Returns where what follows starts (below the bottom edge when the paragraph ended).
     */
    public double placed(ComposedParagraph p, double y, boolean last) {
        if (open == null || !boxed(p)) {
            return y;
        }
        entered = Entered.NOTHING;
        open.contentBottom = y;
        open.ended = last;
        open.bottomExtent = last ? p.props().borders().bottom().extent() : 0;
        return y + open.bottomExtent;
    }

    /** Paints the open box, if any: with its bottom edge when its paragraph ended, else cut open. */
    public void close() {
        if (open == null) {
            return;
        }
        paint(open);
        open = null;
    }

    private static boolean joins(Box box, ComposedParagraph p) {
        return p.props().borders().equals(box.props.borders()) && boxed(p)
                && p.props().indentLeft() == box.props.indentLeft()
                && p.props().indentRight() == box.props.indentRight()
                && p.column().originX() == box.column.originX() && p.column().width() == box.column.width();
    }

    private static void paint(Box box) {
        ParagraphBorders b = box.props.borders();
        Column c = box.column;
        double textLeft = c.originX() + box.props.indentLeft();
        double textRight = c.originX() + c.width() - box.props.indentRight();
        double left = textLeft - b.left().space() - b.left().line().width() / 2;
        double right = textRight + b.right().space() + b.right().line().width() / 2;
        double bottomLine = box.contentBottom + b.bottom().space() + b.bottom().line().width() / 2;
        double bottom = box.ended ? box.contentBottom + box.bottomExtent : box.contentBottom;
        double topLine = box.top + b.top().line().width() / 2;
        Rgb shading = box.props.shading();
        if (shading != null) {
            double x1 = b.left().visible() ? left : textLeft;
            double x2 = b.right().visible() ? right : textRight;
            box.items.add(box.shadingAt, new FilledRect(x1, box.top, x2 - x1, bottom - box.top, shading));
        }
        double outerLeft = b.left().visible() ? left - b.left().line().width() / 2 : textLeft;
        double outerRight = b.right().visible() ? right + b.right().line().width() / 2 : textRight;
        if (box.drawTop) {
            PageDecor.line(b.top(), outerLeft, topLine, outerRight, topLine, box.items);
        }
        for (double y : box.betweens) {
            PageDecor.line(b.between(), outerLeft, y, outerRight, y, box.items);
        }
        if (box.ended) {
            PageDecor.line(b.bottom(), outerLeft, bottomLine, outerRight, bottomLine, box.items);
        }
        PageDecor.line(b.left(), left, box.top, left, bottom, box.items);
        PageDecor.line(b.right(), right, box.top, right, bottom, box.items);
    }

    /** The space a paragraph's own top edge takes above its first line (0 without borders). */
    public static double topExtent(ComposedParagraph p) {
        return boxed(p) ? p.props().borders().top().extent() : 0;
    }

    /** The space a paragraph's own bottom edge takes below its last line (0 without borders). */
    public static double bottomExtent(ComposedParagraph p) {
        return boxed(p) ? p.props().borders().bottom().extent() : 0;
    }

    /**
     * Paints one line's share of its paragraph's own box, where paragraphs are stacked without
     * pagination (table cells, headers, footers): each paragraph a box of its own, the first line
     * with the top edge above it, the last with the bottom edge below it, every line with its sides.
     */
    public static void paintLine(ComposedParagraph p, boolean first, boolean last, double lineTop, double lineHeight,
                          List<PageItem> out) {
        if (!boxed(p)) {
            return;
        }
        ParagraphBorders b = p.props().borders();
        Column c = p.column();
        double textLeft = c.originX() + p.props().indentLeft();
        double textRight = c.originX() + c.width() - p.props().indentRight();
        double left = textLeft - b.left().space() - b.left().line().width() / 2;
        double right = textRight + b.right().space() + b.right().line().width() / 2;
        double outerLeft = b.left().visible() ? left - b.left().line().width() / 2 : textLeft;
        double outerRight = b.right().visible() ? right + b.right().line().width() / 2 : textRight;
        double top = first ? lineTop - b.top().extent() : lineTop;
        double bottom = last ? lineTop + lineHeight + b.bottom().extent() : lineTop + lineHeight;
        if (first) {
            double y = top + b.top().line().width() / 2;
            PageDecor.line(b.top(), outerLeft, y, outerRight, y, out);
        }
        if (last) {
            double y = lineTop + lineHeight + b.bottom().space() + b.bottom().line().width() / 2;
            PageDecor.line(b.bottom(), outerLeft, y, outerRight, y, out);
        }
        PageDecor.line(b.left(), left, top, left, bottom, out);
        PageDecor.line(b.right(), right, top, right, bottom, out);
    }
}
