package org.inkpool.layout.paginate;

import org.inkpool.layout.flow.ComposedParagraph;
import org.inkpool.layout.line.Line;
import org.inkpool.layout.line.LineBreaker;
import org.inkpool.layout.line.LineFitter;
import org.inkpool.layout.area.FloatArea;
import org.inkpool.layout.area.Segment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * Breaks a paragraph's lines again where floating objects stand in its way: each line is asked
 * for the free segments of its band (y .. y + line height) and broken into them, left to right
 * (text on both sides of an object, or on the side its wrap allows); a band with no segment wide
 * enough for the next word is skipped, the line moving down below the object. A paragraph whose
 * remaining lines meet no object keeps its lines as composed: the fast path of every page without
 * floats.
 */
final class FlowAround {

    private static final double EPS = 1e-6;
    /** A band is measured with the line's height; a line found taller is fitted once more with its own. */
    private static final int TRIES = 2;

    private final DoubleSupplier bodyBottom;

    FlowAround(DoubleSupplier bodyBottom) {
        this.bodyBottom = bodyBottom;
    }

    /**
     * The paragraph's lines from {@code index} on, fitted around the area's objects from {@code top};
     * lines before {@code index} are kept. {@code dx} moves the composed column to the page column it fills. Returns {@code lines} itself when nothing is in the way.
     */
    List<Line> around(ComposedParagraph p, List<Line> lines, int index, double top, FloatArea area, double dx) {
        LineFitter fitter = p.fitter();
        if (fitter == null || index >= lines.size()) {
            return lines;
        }
        double left = p.column().originX() + dx; // the paragraph's column as it stands on the page
        double colStart = left + Math.min(fitter.start(true), fitter.start(false));
        double colEnd = left + fitter.rightEdge();
        double bottom = bodyBottom.getAsDouble();
        boolean diverged = lines != p.lines();
        if (area.isEmpty() || !area.meets(colStart, colEnd, top, bottom)) {
            return diverged ? rest(fitter, lines, index) : lines;
        }
        List<Line> out = new ArrayList<>(lines.subList(0, index));
        int atom = lines.get(index).from();
        double y = top;
        double skip = 0;
        double guess = lines.get(index).box().height();
        while (atom < fitter.atomCount()) {
            boolean first = atom == 0 && out.isEmpty();
            double start = left + fitter.start(first);
            if (y > bottom || !area.meets(start, colEnd, y, y + guess)) {
                Line line = fitter.line(atom, first);
                out.add(line.placed(skip, false));
                skip = 0;
                y += line.box().height();
                guess = line.box().height();
                atom = line.to();
                if (line.endsPage()) {
                    return rest(fitter, out, out.size());
                }
                continue;
            }
            List<Segment> band = null;
            List<Line> pieces = null;
            for (int t = 0; t < TRIES; t++) {
                band = usable(area.free(start, colEnd, y, y + guess), fitter.pieceWidth(atom));
                if (band.isEmpty()) {
                    break;
                }
                pieces = fill(fitter, atom, first, band, left);
                double h = height(pieces);
                if (h <= guess + EPS) {
                    break;
                }
                guess = h;
            }
            if (band.isEmpty()) {
                double next = area.nextChange(start, colEnd, y, y + guess);
                double down = Double.isInfinite(next) ? guess : Math.max(next - y, 1);
                y += down;
                skip += down;
                continue;
            }
            for (int k = 0; k < pieces.size(); k++) {
                out.add(pieces.get(k).placed(k == 0 ? skip : 0, k > 0));
            }
            skip = 0;
            Line last = pieces.get(pieces.size() - 1);
            y += height(pieces);
            atom = last.to();
            if (last.endsPage()) {
                return rest(fitter, out, out.size());
            }
        }
        Line last = lines.get(lines.size() - 1);
        if (last.from() == last.to() && last.from() == atom && (out.isEmpty() || out.get(out.size() - 1) != last)) {
            // the empty line a paragraph ends with (or is) moves below an object that leaves it no room
            double h = last.box().height();
            for (int guard = 0; guard < 100 && y <= bottom; guard++) {
                double start = left + fitter.start(out.isEmpty());
                if (!usable(area.free(start, colEnd, y, y + h), 0).isEmpty()) {
                    break;
                }
                double next = area.nextChange(start, colEnd, y, y + h);
                double down = Double.isInfinite(next) ? h : Math.max(next - y, 1);
                y += down;
                skip += down;
            }
            out.add(last.placed(skip, false));
        }
        return out;
    }

    /** Fills the band's segments left to right, one line piece each, until the paragraph or a break ends. */
    private static List<Line> fill(LineFitter fitter, int atom, boolean first, List<Segment> band, double left) {
        List<Line> pieces = new ArrayList<>(band.size());
        int at = atom;
        for (Segment s : band) {
            if (at >= fitter.atomCount()) {
                break;
            }
            boolean isFirst = first && pieces.isEmpty();
            double start = Math.max(s.left() - left, fitter.start(isFirst));
            Line line = fitter.line(at, isFirst, start, s.right() - left);
            pieces.add(line);
            at = line.to();
            if (line.end() != LineBreaker.End.WRAP) {
                break;
            }
        }
        return pieces;
    }

    private static double height(List<Line> pieces) {
        double h = 0;
        for (Line l : pieces) {
            h = Math.max(h, l.box().height());
        }
        return h;
    }

    /** Segments wide enough for the next unbreakable piece of text. */
    private static List<Segment> usable(List<Segment> free, double piece) {
        List<Segment> out = new ArrayList<>(free.size());
        for (Segment s : free) {
            if (s.width() >= piece - EPS && s.width() > 1) {
                out.add(s);
            }
        }
        return out;
    }

    /** The lines after {@code index} broken across the whole measure again (beyond the floats). */
    private static List<Line> rest(LineFitter fitter, List<Line> lines, int index) {
        List<Line> out = new ArrayList<>(lines.subList(0, index));
        int atom = index == 0 ? 0 : lines.get(index - 1).to();
        if (index < lines.size()) {
            atom = lines.get(index).from();
        }
        while (atom < fitter.atomCount()) {
            Line line = fitter.line(atom, atom == 0 && out.isEmpty());
            out.add(line);
            atom = line.to();
        }
        appendEmptyLast(lines, out);
        return out;
    }

    /** The empty last line a paragraph ends with (nothing or a line break before its mark) stays. */
    private static void appendEmptyLast(List<Line> original, List<Line> out) {
        Line last = original.get(original.size() - 1);
        if (last.from() == last.to() && (out.isEmpty() || out.get(out.size() - 1).from() != last.from()
                || out.get(out.size() - 1).to() != last.to())) {
            out.add(last);
        }
    }
}
