package org.inkpool.layout.line;

import org.inkpool.layout.paginate.LineGrid;
import org.inkpool.layout.script.BidiLines;
import org.inkpool.model.style.ParagraphProps;

import java.util.List;

/**
 * Breaks and places one line of a paragraph at a time into a given stretch of its column: the
 * whole measure on a page without floats, a free segment beside a float otherwise. The paragraph's
 * atoms keep the positions of the line last placed, so a line is placed just before it is painted.
 */
public final class LineFitter {

    private final List<Atom> atoms;
    private final boolean[] breakAfter;
    private final ParagraphProps props;
    private final int labelEnd;
    private final BidiLines bidi;
    private final double[] markExtents;
    private final double markSingle;
    private final double firstStart;
    private final double left;
    private final double rightEdge;
    private final double columnWidth;
    private final LineCursor measure;
    private final LineCursor placer;
    /** The line grid lines snap to, or null. */
    private final org.inkpool.model.section.DocGrid grid;

    public LineFitter(List<Atom> atoms, TabStops stops, ParagraphProps props, int labelEnd, BidiLines bidi,
               double[] markExtents, double markSingle, double firstStart, double left, double rightEdge,
               double columnWidth, org.inkpool.model.section.DocGrid grid) {
        this.grid = grid;
        this.atoms = atoms;
        this.breakAfter = BreakRules.breakAfter(atoms);
        this.props = props;
        this.labelEnd = labelEnd;
        this.bidi = bidi;
        this.markExtents = markExtents;
        this.markSingle = markSingle;
        this.firstStart = firstStart;
        this.left = left;
        this.rightEdge = rightEdge;
        this.columnWidth = columnWidth;
        this.measure = new LineCursor(atoms, stops, rightEdge, columnWidth, false);
        this.placer = new LineCursor(atoms, stops, rightEdge, columnWidth, true);
    }

    public int atomCount() {
        return atoms.size();
    }

    /** Where a first or a following line starts in the column, and where lines must end. */
    public double start(boolean first) {
        return first ? firstStart : left;
    }

    public double rightEdge() {
        return rightEdge;
    }

    /** The line starting at atom {@code from} across the paragraph's whole measure. */
    public Line line(int from, boolean first) {
        return line(from, first, start(first), rightEdge);
    }

    /**
     * The line starting at atom {@code from}, its text from {@code start} to at most {@code end}
     * (column coordinates): broken greedily there, aligned there, and sized.
     */
    public Line line(int from, boolean first, double start, double end) {
        measure.reset(start, end);
        LineBreaker.Range range = LineBreaker.fillLine(atoms, breakAfter, measure, from, columnWidth);
        placer.reset(start, end);
        for (int i = range.from(); i < range.to(); i++) {
            placer.add(i);
        }
        placer.settle();
        double contentEnd = placer.contentEnd();
        Atom last = atoms.get(range.to() - 1);
        if (range.end() == LineBreaker.End.WRAP && last.kind == Atom.Kind.SOFT_HYPHEN) {
            last.width = last.advance; // the line broke at the soft hyphen: now it shows
            contentEnd = Math.max(contentEnd, last.x + last.width);
        } else if (last.kind == Atom.Kind.SOFT_HYPHEN) {
            last.width = 0; // placed before at another width, it broke there; here it does not
        }
        boolean stretch = range.end() == LineBreaker.End.WRAP || range.end() == LineBreaker.End.LINE_BREAK;
        boolean wordByWord = LineAligner.align(atoms, range.from(), range.to(), contentEnd, end,
                props.alignment(), stretch);
        bidi.place(range.from(), range.to());
        LineBox box = LineHeights.measure(atoms, range.from(), range.to(), first ? labelEnd : 0,
                props.lineSpacing(), markExtents, markSingle);
        if (grid != null) {
            box = LineGrid.snap(box, grid, props.lineSpacing());
        }
        return new Line(range.from(), range.to(), box, range.end(), wordByWord);
    }

    /** The width of the unbreakable piece starting at {@code from}: a segment narrower cannot take a line. */
    public double pieceWidth(int from) {
        double w = 0;
        for (int i = from; i < atoms.size(); i++) {
            Atom a = atoms.get(i);
            if (a.kind.isBreak()) {
                break;
            }
            w += a.kind == Atom.Kind.SOFT_HYPHEN ? 0 : a.advance;
            if (breakAfter[i]) {
                break;
            }
        }
        return w;
    }
}
