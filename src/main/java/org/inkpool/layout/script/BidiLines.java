package org.inkpool.layout.script;

import org.inkpool.layout.line.Atom;
import java.text.Bidi;
import java.util.Arrays;
import java.util.List;

/**
 * Puts the placed lines of a paragraph into visual order with the Unicode Bidirectional Algorithm
 * (UAX #9, through {@link java.text.Bidi}). Levels are resolved once for the whole paragraph, whose
 * base direction is w:bidi; each line, already broken and placed in logical order, then gets its
 * trailing whitespace and tabs reset to the paragraph level (L1) and its runs reversed (L2).
 * <p>
 * Lines are placed in "start-relative" coordinates: x grows from the paragraph's start edge, which
 * is the right edge of a right-to-left paragraph, so indents, alignment and tab stops keep their
 * logical meaning. Reordering happens inside each tab-delimited segment (tabs keep their stops);
 * a right-to-left paragraph's line is then mirrored onto the column.
 */
public final class BidiLines {

    private final List<Atom> atoms;
    private final boolean rightToLeft;
    private final double columnWidth;
    /** Null when the paragraph is all left-to-right: its lines stay as placed. */
    private final Bidi paragraph;

    public BidiLines(List<Atom> atoms, boolean rightToLeft, double columnWidth) {
        this.atoms = atoms;
        this.rightToLeft = rightToLeft;
        this.columnWidth = columnWidth;
        char[] text = textOf(atoms);
        if (rightToLeft || Bidi.requiresBidi(text, 0, text.length)) {
            paragraph = new Bidi(text, 0, null, 0, text.length,
                    rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        } else {
            paragraph = null;
        }
    }

    /** Whether any line may be out of logical order (the emitter then draws by position). */
    boolean active() {
        return paragraph != null;
    }

    /** Reorders the placed atoms [from, to) of one line, then mirrors a right-to-left line. */
    public void place(int from, int to) {
        if (paragraph == null || from >= to) {
            return;
        }
        Bidi line = paragraph.createLineBidi(from, to);
        for (int i = from; i < to; i++) {
            atoms.get(i).level = (byte) line.getLevelAt(i - from);
        }
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || atoms.get(i).kind == Atom.Kind.TAB) {
                reorderSegment(start, i);
                start = i + 1;
            }
        }
        if (rightToLeft) {
            for (int i = from; i < to; i++) {
                Atom a = atoms.get(i);
                a.x = columnWidth - a.x - a.width;
            }
        }
        rankVisually(from, to);
    }

    /**
     * Numbers the line's atoms in drawing order: left to right, and where a combining mark shares
     * its letter's position (it has no advance), the mark first. Extractors (pdftotext) read a
     * right-to-left word by reversing the drawing order, so this gives them letter-then-mark, the
     * logical order; and the font draws the mark over the letter that follows it at the same
     * origin (DejaVu Sans's Arabic marks sit right of their origin, as LibreOffice places them).
     */
    private void rankVisually(int from, int to) {
        Integer[] order = new Integer[to - from];
        for (int i = 0; i < order.length; i++) {
            order[i] = from + i;
        }
        Arrays.sort(order, (i, j) -> {
            Atom a = atoms.get(i);
            Atom b = atoms.get(j);
            int byX = Double.compare(a.x, b.x);
            if (byX != 0) {
                return byX;
            }
            int byWidth = Boolean.compare(a.width > 0, b.width > 0); // zero-width first
            if (byWidth != 0) {
                return byWidth;
            }
            return (a.level & 1) != 0 ? Integer.compare(j, i) : Integer.compare(i, j);
        });
        for (int k = 0; k < order.length; k++) {
            atoms.get(order[k]).visualOrder = k;
        }
    }

    /** Lays atoms [from, to), contiguous in logical order, out again from the same start in visual order. */
    private void reorderSegment(int from, int to) {
        int n = to - from;
        if (n < 2) {
            return;
        }
        byte[] levels = new byte[n];
        Atom[] order = new Atom[n];
        boolean mixed = false;
        for (int i = 0; i < n; i++) {
            order[i] = atoms.get(from + i);
            levels[i] = order[i].level;
            mixed |= levels[i] != 0;
        }
        if (!mixed) {
            return;
        }
        Bidi.reorderVisually(levels, 0, order, 0, n);
        double pen = atoms.get(from).x;
        // start-relative coordinates run from the right in a right-to-left paragraph: walk from that end
        for (int k = 0; k < n; k++) {
            Atom a = order[rightToLeft ? n - 1 - k : k];
            a.x = pen;
            pen += a.width + a.spread;
        }
    }

    /** One UTF-16 unit per atom, standing for its bidi class. */
    private static char[] textOf(List<Atom> atoms) {
        char[] text = new char[atoms.size()];
        for (int i = 0; i < text.length; i++) {
            Atom a = atoms.get(i);
            text[i] = switch (a.kind) {
                case GLYPH -> a.codePoint < 0x10000 ? (char) a.codePoint : supplementary(a.codePoint);
                case SPACE, PAGE_BREAK -> ' ';
                case SOFT_HYPHEN -> '\u00AD';
                case TAB -> '\t';
                case LINE_BREAK -> '\u2028';
                case IMAGE -> '\uFFFC';
            };
        }
        return text;
    }

    /** A stand-in of the same strong direction for a character outside the BMP. */
    private static char supplementary(int cp) {
        return switch (Character.getDirectionality(cp)) {
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT -> '\u05D0';
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> '\u0627';
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> 'a';
            default -> '\uFFFC';
        };
    }
}
