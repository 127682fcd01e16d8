package org.inkpool.layout.line;

import org.inkpool.model.style.TabStop;

import java.util.List;

/**
 * Walks along one line, atom by atom, and knows where its content ends. Left tabs jump at once;
 * right, centre and decimal tabs keep the text after them pending until the next tab or the line
 * end, because that text slides left from the stop as it grows. The breaker uses it to measure,
 * the composer to record each atom's final position ({@code record}).
 */
final class LineCursor {

    private final List<Atom> atoms;
    private final TabStops stops;
    private double rightEdge;
    private final double columnEnd;
    private final boolean record;

    private double pen;
    private double limit;
    private double contentEnd;
    private boolean hasContent;

    // a pending right/centre/decimal tab and the segment of atoms after it
    private boolean pending;
    private int tabIndex;
    private double tabStart;
    private TabStops.Resolved stop;
    private int segmentFirst;
    private int segmentEnd;
    private double segmentPen;
    private double segmentContent;
    private double segmentDecimal;

    /**
     * @param rightEdge where text must end (the right indent)
     * @param columnEnd the end of the text column (or cell): no tab stop lies beyond it
     */
    LineCursor(List<Atom> atoms, TabStops stops, double rightEdge, double columnEnd, boolean record) {
        this.atoms = atoms;
        this.stops = stops;
        this.rightEdge = rightEdge;
        this.columnEnd = Math.max(rightEdge, columnEnd);
        this.record = record;
    }

    void reset(double startX) {
        reset(startX, rightEdge);
    }

    /** Starts a line at {@code startX} that must end by {@code rightEdge} (a free segment's end beside a float). */
    void reset(double startX, double rightEdge) {
        this.rightEdge = rightEdge;
        pen = startX;
        limit = rightEdge;
        contentEnd = startX;
        hasContent = false;
        pending = false;
    }

    void add(int index) {
        Atom atom = atoms.get(index);
        if (atom.kind == Atom.Kind.TAB) {
            addTab(index, atom);
            return;
        }
        double w = atom.kind == Atom.Kind.SOFT_HYPHEN ? 0 : atom.advance;
        if (pending) {
            if (record) {
                atom.x = segmentPen; // relative to the segment until the tab is settled
                atom.width = w;
            }
            if (segmentDecimal < 0 && atom.codePoint == '.' && atom.kind == Atom.Kind.GLYPH) {
                segmentDecimal = segmentPen;
            }
            segmentPen += w;
            if (atom.isContent()) {
                segmentContent = segmentPen;
            }
            segmentEnd = index + 1;
        } else {
            if (record) {
                atom.x = pen;
                atom.width = w;
            }
            pen += w;
            if (atom.isContent()) {
                contentEnd = pen;
            }
        }
        if (atom.isContent()) {
            hasContent = true;
        }
    }

    /** The stop a tab added now would go to (settles any pending tab first). */
    TabStops.Resolved nextStop() {
        settle();
        return stops.next(pen);
    }

    private void addTab(int index, Atom tab) {
        TabStops.Resolved next = nextStop();
        double position = next.position();
        if (next.alignment() != TabStop.TabAlignment.LEFT) {
            if (position > rightEdge) {
                position = Math.max(pen, rightEdge); // right/centre/decimal stops are clamped to the indent (R§4.4)
            }
        } else if (position > columnEnd) {
            // a left stop past the column reaches nothing: the breaker kept the tab on this line
            // (leader, nothing after it, or alone on the line), and it fills to the column's end
            position = Math.max(pen, columnEnd);
        } else if (position > rightEdge) {
            limit = columnEnd; // a left stop inside the right indent is honoured, and the line runs into the indent
        }
        hasContent = true;
        if (record) {
            tab.leader = next.leader();
        }
        if (next.alignment() == TabStop.TabAlignment.LEFT || position <= pen) {
            if (record) {
                tab.x = pen;
                tab.width = position - pen;
            }
            pen = position;
            contentEnd = pen;
            return;
        }
        pending = true;
        tabIndex = index;
        tabStart = pen;
        stop = new TabStops.Resolved(position, next.alignment(), next.leader());
        segmentFirst = index + 1;
        segmentEnd = index + 1;
        segmentPen = 0;
        segmentContent = 0;
        segmentDecimal = -1;
    }

    /** Where the pending segment starts: against its stop, but never left of the tab itself. */
    private double segmentX() {
        double target = switch (stop.alignment()) {
            case RIGHT -> stop.position() - segmentContent;
            case CENTER -> stop.position() - segmentContent / 2;
            case DECIMAL -> stop.position() - (segmentDecimal >= 0 ? segmentDecimal : segmentContent);
            default -> tabStart;
        };
        return Math.max(tabStart, target);
    }

    /** Ends a pending tab: fixes its width and moves its segment into place. */
    void settle() {
        if (!pending) {
            return;
        }
        double sx = segmentX();
        if (record) {
            Atom tab = atoms.get(tabIndex);
            tab.x = tabStart;
            tab.width = sx - tabStart;
            for (int i = segmentFirst; i < segmentEnd; i++) {
                atoms.get(i).x += sx;
            }
        }
        pen = sx + segmentPen;
        contentEnd = sx + segmentContent;
        pending = false;
    }

    /** The right end of the line's content so far; trailing spaces hang and do not count. */
    double contentEnd() {
        if (!pending) {
            return contentEnd;
        }
        return segmentX() + segmentContent;
    }

    /** Where the next atom would start. */
    double pen() {
        return pending ? segmentX() + segmentPen : pen;
    }

    /** How far content may reach on this line: the right indent, or further after a tab honoured inside it. */
    double limit() {
        return limit;
    }

    boolean hasContent() {
        return hasContent;
    }
}
