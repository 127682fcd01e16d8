package org.inkpool.layout;

import org.inkpool.model.TabStop;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy first-fit line breaking, as Word does it (word-layout-facts §3; not Knuth–Plass): fill
 * the line until a piece of content would cross the right edge, then break at the last
 * opportunity. Trailing spaces hang. A word wider than the whole measure gets a line of its own
 * and is then cut at the last character that fits. Linear in the paragraph: only the word that
 * overflowed is measured again on the next line.
 */
final class LineBreaker {

    /** Why a line ended. */
    enum End { WRAP, LINE_BREAK, PAGE_BREAK, PARAGRAPH_END }

    /** Atoms [from, to) make one line. */
    record Range(int from, int to, End end) {
    }

    private static final double EPS = 1e-4;

    private LineBreaker() {
    }

    /**
     * @param firstStart where the first line starts (left indent + first-line indent)
     * @param otherStart where the other lines start (left indent)
     * @param rightEdge  where lines must end (column width − right indent)
     */
    static List<Range> breakLines(List<Atom> atoms, boolean[] breakAfter, TabStops stops,
                                  double firstStart, double otherStart, double rightEdge) {
        List<Range> lines = new ArrayList<>();
        LineCursor cursor = new LineCursor(atoms, stops, rightEdge, false);
        int n = atoms.size();
        int i = 0;
        while (i < n) {
            cursor.reset(lines.isEmpty() ? firstStart : otherStart);
            Range line = fillLine(atoms, breakAfter, cursor, i, rightEdge);
            lines.add(line);
            i = line.to();
        }
        return lines;
    }

    private static Range fillLine(List<Atom> atoms, boolean[] breakAfter, LineCursor cursor, int from,
                                  double rightEdge) {
        int n = atoms.size();
        int lastBreak = -1;
        for (int j = from; j < n; j++) {
            Atom atom = atoms.get(j);
            if (atom.kind.isBreak()) {
                return new Range(from, j + 1,
                        atom.kind == Atom.Kind.LINE_BREAK ? End.LINE_BREAK : End.PAGE_BREAK);
            }
            if (atom.kind == Atom.Kind.TAB && j > from && tabMovesToNextLine(atoms, j, cursor, rightEdge)) {
                return new Range(from, j, End.WRAP);
            }
            cursor.add(j);
            if (atom.isContent() && cursor.contentEnd() > rightEdge + EPS) {
                if (lastBreak >= from) {
                    return new Range(from, lastBreak + 1, End.WRAP);
                }
                // nowhere to break: the word is wider than the measure, cut it before this character
                return new Range(from, Math.max(j, from + 1), End.WRAP);
            }
            if (breakAfter[j] && cursor.hasContent() && hyphenFits(atom, cursor, rightEdge)) {
                lastBreak = j;
            }
        }
        return new Range(from, n, End.PARAGRAPH_END);
    }

    /** A soft hyphen is a break only where the hyphen it then shows still fits. */
    private static boolean hyphenFits(Atom atom, LineCursor cursor, double rightEdge) {
        return atom.kind != Atom.Kind.SOFT_HYPHEN || cursor.pen() + atom.advance <= rightEdge + EPS;
    }

    /**
     * A left tab whose stop lies beyond the right edge breaks the line and is measured again on the
     * next, unless it has a leader or nothing follows it (R§4.4).
     */
    private static boolean tabMovesToNextLine(List<Atom> atoms, int j, LineCursor cursor, double rightEdge) {
        TabStops.Resolved stop = cursor.nextStop();
        if (stop.alignment() != TabStop.TabAlignment.LEFT || stop.position() <= rightEdge + EPS
                || stop.leader() != TabStop.TabLeader.NONE) {
            return false;
        }
        return j + 1 < atoms.size() && !atoms.get(j + 1).kind.isBreak();
    }
}
