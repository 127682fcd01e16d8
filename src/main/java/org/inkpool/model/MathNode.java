package org.inkpool.model;

import org.inkpool.model.style.RunProps;
import java.util.List;

/**
 * Office Math (OMML) as a tree, as the reader found it: layout decides where each part goes. A
 * {@link Row} is a sequence of nodes (an m:e, m:num, m:sub … argument); the other records are the
 * OMML structures. Hidden or absent arguments are empty rows, never null.
 */
public sealed interface MathNode {

    /** How a run's letters are set: m:sty (with Word's default: letters italic) or m:nor (ordinary text). */
    enum Style { MATH, PLAIN, BOLD, ITALIC, BOLD_ITALIC, NORMAL_TEXT }

    /** m:scr: the alphabet a run's letters are mapped to. */
    enum Alphabet { ROMAN, SCRIPT, FRAKTUR, DOUBLE_STRUCK, SANS_SERIF, MONOSPACE }

    /** m:type of a fraction. */
    enum FractionType { BAR, SKEWED, LINEAR, NO_BAR }

    /** Horizontal alignment of a matrix column (m:mcJc) or an equation. */
    enum Justification { LEFT, CENTER, RIGHT }

    /** A sequence of math content. */
    record Row(List<MathNode> items) implements MathNode {
        public static final Row EMPTY = new Row(List.of());

        public Row {
            items = List.copyOf(items);
        }

        public boolean isEmpty() {
            return items.isEmpty();
        }
    }

    /** m:r: text with its character properties (size, colour, font for ordinary text). */
    record Run(String text, RunProps props, Style style, Alphabet alphabet) implements MathNode {
    }

    /** m:f. */
    record Fraction(Row numerator, Row denominator, FractionType type) implements MathNode {
    }

    /** m:rad: the degree is empty when hidden (a square root). */
    record Radical(Row degree, Row base) implements MathNode {
    }

    /** m:sSub, m:sSup, m:sSubSup (pre false) and m:sPre (pre true): an empty row is an absent script. */
    record Scripts(Row base, Row sub, Row sup, boolean pre) implements MathNode {
    }

    /**
     * m:nary: a large operator with limits and its operand.
     *
     * @param limitsUnder m:limLoc undOvr (limits above and below) rather than subSup (beside)
     * @param grow        m:grow: the operator grows with its operand
     */
    record Nary(String operator, Row sub, Row sup, Row base, boolean limitsUnder, boolean grow) implements MathNode {
    }

    /** m:d: delimiters (possibly empty strings) around items separated by {@code separator}. */
    record Delimited(String begin, String separator, String end, List<Row> items, boolean grow) implements MathNode {
        public Delimited {
            items = List.copyOf(items);
        }
    }

    /** m:m: rows of cells; {@code columns} gives each column's m:mcJc (centred where absent). */
    record Matrix(List<List<Row>> rows, List<Justification> columns) implements MathNode {
        public Matrix {
            rows = rows.stream().map(List::copyOf).toList();
            columns = List.copyOf(columns);
        }
    }

    /** m:eqArr: equations stacked, aligned at their '&amp;' alignment points (the rows keep the '&amp;' runs). */
    record EquationArray(List<Row> rows) implements MathNode {
        public EquationArray {
            rows = List.copyOf(rows);
        }
    }

    /** m:func: a function name (upright) and its argument. */
    record Function(Row name, Row argument) implements MathNode {
    }

    /** m:limLow (above false) and m:limUpp (above true). */
    record Limit(Row base, Row limit, boolean above) implements MathNode {
    }

    /** m:acc: a combining accent character over the base. */
    record Accent(Row base, String accent) implements MathNode {
    }

    /** m:bar: a line over (top) or under the base. */
    record Bar(Row base, boolean top) implements MathNode {
    }

    /** m:box (border false) and m:borderBox (border true: a frame around the base). */
    record Boxed(Row base, boolean border) implements MathNode {
    }

    /** m:groupChr: a stretched character (a brace, by default under) with the base. */
    record GroupChar(Row base, String character, boolean above) implements MathNode {
    }

    /** m:phant: the base's room, shown or not, with any dimension zeroed. */
    record Phantom(Row base, boolean show, boolean zeroWidth, boolean zeroAscent, boolean zeroDescent)
            implements MathNode {
    }
}
