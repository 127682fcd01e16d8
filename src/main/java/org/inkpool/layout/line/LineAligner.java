package org.inkpool.layout.line;

import org.inkpool.model.style.Alignment;

import java.util.List;

/**
 * Moves a placed line's atoms for its paragraph alignment (word-layout-facts §3, §5). A line with
 * tabs is aligned as a whole; when justified, only what follows its last tab stretches.
 */
final class LineAligner {

    private LineAligner() {
    }

    /**
     * @param contentEnd where the line's content ends (trailing spaces excluded)
     * @param stretch    whether a justified line stretches: not the paragraph's last line, nor a
     *                   line ended by a page break; a line ended by a line break does (R§4.2)
     * @return true when the words must be drawn one by one
     */
    static boolean align(List<Atom> atoms, int from, int to, double contentEnd, double rightEdge,
                         Alignment alignment, boolean stretch) {
        double free = rightEdge - contentEnd;
        if (free <= 1e-9 || from >= to) {
            return false;
        }
        switch (alignment == null ? Alignment.LEFT : alignment) {
            case CENTER -> shift(atoms, from, to, free / 2);
            case RIGHT -> shift(atoms, from, to, free);
            case JUSTIFY -> {
                return stretch && justify(atoms, from, to, free);
            }
            case DISTRIBUTE -> distribute(atoms, from, to, free);
            default -> {
                return false;
            }
        }
        return false;
    }

    private static void shift(List<Atom> atoms, int from, int to, double dx) {
        for (int i = from; i < to; i++) {
            atoms.get(i).x += dx;
        }
    }

    /** Spreads the free room over the inner spaces after the last tab; without any, between characters. */
    private static boolean justify(List<Atom> atoms, int from, int to, double free) {
        int start = stretchStart(atoms, from, to);
        int end = lastContent(atoms, start, to);
        if (end < 0) {
            return false;
        }
        int spaces = 0;
        for (int i = start; i < end; i++) {
            if (atoms.get(i).isSpace()) {
                spaces++;
            }
        }
        if (spaces == 0) {
            // a line of East Asian text without spaces is justified between its ideographs; a lone
            // Latin word is never letter-spaced
            spreadBetweenCharacters(atoms, start, end, free, true);
            return false;
        }
        double each = free / spaces;
        double moved = 0;
        for (int i = start; i <= end; i++) {
            Atom a = atoms.get(i);
            a.x += moved;
            if (i < end && a.isSpace()) {
                a.spread = each;
                moved += each;
            }
        }
        for (int i = end + 1; i < to; i++) {
            atoms.get(i).x += moved;
        }
        return true;
    }

    /** Distributed alignment spreads every gap between characters, the last line included. */
    private static void distribute(List<Atom> atoms, int from, int to, double free) {
        int start = stretchStart(atoms, from, to);
        int end = lastContent(atoms, start, to);
        if (end < 0) {
            return;
        }
        if (end == start) {
            shift(atoms, start, to, free / 2); // a single character is centred
            return;
        }
        spreadBetweenCharacters(atoms, start, end, free, false);
    }

    /** @param ideographicOnly spread only the gaps next to an East Asian character */
    private static void spreadBetweenCharacters(List<Atom> atoms, int start, int end, double free,
                                                boolean ideographicOnly) {
        int gaps = 0;
        for (int i = start; i < end; i++) {
            if (spreads(atoms, i, ideographicOnly)) {
                gaps++;
            }
        }
        if (gaps == 0) {
            return;
        }
        double each = free / gaps;
        double moved = 0;
        for (int i = start; i <= end; i++) {
            Atom a = atoms.get(i);
            a.x += moved;
            if (i < end && spreads(atoms, i, ideographicOnly)) {
                a.spread = each;
                moved += each;
            }
        }
    }

    /** Whether the gap after atom {@code i} takes a share of the free room. */
    private static boolean spreads(List<Atom> atoms, int i, boolean ideographicOnly) {
        Atom a = atoms.get(i);
        if (a.width <= 0) {
            return false;
        }
        if (!ideographicOnly) {
            return true;
        }
        Atom next = atoms.get(i + 1);
        return isIdeograph(a) || isIdeograph(next);
    }

    private static boolean isIdeograph(Atom a) {
        return (a.kind == Atom.Kind.GLYPH || a.kind == Atom.Kind.SPACE) && BreakRules.isIdeographic(a.codePoint);
    }

    /** The first atom after the line's last tab, or after its leading spaces. */
    private static int stretchStart(List<Atom> atoms, int from, int to) {
        int start = from;
        for (int i = from; i < to; i++) {
            if (atoms.get(i).kind == Atom.Kind.TAB) {
                start = i + 1;
            }
        }
        while (start < to && !atoms.get(start).isContent()) {
            start++;
        }
        return start;
    }

    /** The width of a line's atoms up to its last content (spaces hanging at its end left out), as set. */
    static double naturalWidth(List<Atom> atoms, Line line) {
        int end = lastContent(atoms, line.from(), line.to());
        double w = 0;
        for (int i = line.from(); i <= end; i++) {
            w += atoms.get(i).width;
        }
        return w;
    }

    static int lastContent(List<Atom> atoms, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            Atom a = atoms.get(i);
            if (a.isContent() || (a.kind == Atom.Kind.SOFT_HYPHEN && a.width > 0)) {
                return i;
            }
        }
        return -1;
    }
}
