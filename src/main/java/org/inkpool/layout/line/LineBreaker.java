package org.inkpool.layout.line;

import org.inkpool.model.style.TabStop;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy first-fit line breaking, as Word does it (word-layout-facts §3; not Knuth–Plass): fill
 * the line until a piece of content would cross the right edge, then break at the last
 * opportunity. Trailing spaces hang. A word wider than the whole measure gets a line of its own
 * and is then cut at the last character that fits. Linear in the paragraph: only the word that
 * overflowed is measured again on the next line.
 */
public final class LineBreaker {

    /** Why a line ended. */
    public enum End { WRAP, LINE_BREAK, PAGE_BREAK, PARAGRAPH_END }

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
     * @param columnEnd  the column's (or cell's) width: tab stops beyond it cannot be reached
     */
    static List<Range> breakLines(List<Atom> atoms, boolean[] breakAfter, TabStops stops,
                                  double firstStart, double otherStart, double rightEdge, double columnEnd) {
        List<Range> lines = new ArrayList<>();
        LineCursor cursor = new LineCursor(atoms, stops, rightEdge, columnEnd, false);
        int n = atoms.size();
        int i = 0;
        while (i < n) {
            cursor.reset(lines.isEmpty() ? firstStart : otherStart);
            Range line = fillLine(atoms, breakAfter, cursor, i, columnEnd);
            lines.add(line);
            i = line.to();
        }
        return lines;
    }

    /** The next line from atom {@code from}, measured with a cursor already reset to the line's start. */
    static Range fillLine(List<Atom> atoms, boolean[] breakAfter, LineCursor cursor, int from,
                                  double columnEnd) {
        int n = atoms.size();
        int lastBreak = -1;
        for (int j = from; j < n; j++) {
            Atom atom = atoms.get(j);
            if (atom.kind.isBreak()) {
                return new Range(from, j + 1,
                        atom.kind == Atom.Kind.LINE_BREAK ? End.LINE_BREAK : End.PAGE_BREAK);
            }
            if (atom.kind == Atom.Kind.TAB && j > from && tabMovesToNextLine(atoms, j, cursor, columnEnd)) {
                return new Range(from, j, End.WRAP);
            }
            cursor.add(j);
            if (atom.isContent() && cursor.contentEnd() > cursor.limit() + EPS) {
                if (lastBreak >= from) {
                    return new Range(from, lastBreak + 1, End.WRAP);
                }
                // nowhere to break: the word is wider than the measure, cut it before this character
                return new Range(from, Math.max(j, from + 1), End.WRAP);
            }
            if (breakAfter[j] && cursor.hasContent() && hyphenFits(atom, cursor)) {
                lastBreak = j;
            }
        }
        return new Range(from, n, End.PARAGRAPH_END);
    }

    /** A soft hyphen is a break only where the hyphen it then shows still fits. */
    private static boolean hyphenFits(Atom atom, LineCursor cursor) {
        return atom.kind != Atom.Kind.SOFT_HYPHEN || cursor.pen() + atom.advance <= cursor.limit() + EPS;
    }

    /**
     * A left tab that can reach no stop inside the column breaks the line and is measured again on
     * the next, unless it has a leader or nothing follows it (R§4.4). A left stop inside the right
     * indent is still reached.
     */
    private static boolean tabMovesToNextLine(List<Atom> atoms, int j, LineCursor cursor, double columnEnd) {
        TabStops.Resolved stop = cursor.nextStop();
        if (stop.alignment() != TabStop.TabAlignment.LEFT || stop.position() <= columnEnd + EPS
                || stop.leader() != TabStop.TabLeader.NONE) {
            return false;
        }
        return j + 1 < atoms.size() && !atoms.get(j + 1).kind.isBreak();
    }
}
