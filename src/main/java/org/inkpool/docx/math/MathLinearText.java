package org.inkpool.docx.math;

import org.inkpool.model.MathNode;
import org.inkpool.model.MathNode.Row;

/**
 * An equation's linear form, close to Word's linear format ({@code x=(-b±√(b^2-4ac))/(2a)}): the text a
 * reader gets when copying the equation out of the PDF.
 */
public final class MathLinearText {

    private MathLinearText() {
    }

    public static String of(Row row) {
        StringBuilder out = new StringBuilder();
        row(row, out);
        return out.toString();
    }

    private static void row(Row row, StringBuilder out) {
        for (MathNode n : row.items()) {
            node(n, out);
        }
    }

    private static void node(MathNode n, StringBuilder out) {
        if (n instanceof Row r) {
            row(r, out);
        } else if (n instanceof MathNode.Run r) {
            out.append(r.text());
        } else if (n instanceof MathNode.Fraction f) {
            grouped(f.numerator(), out);
            out.append(f.type() == MathNode.FractionType.NO_BAR ? "¦" : "/");
            grouped(f.denominator(), out);
        } else if (n instanceof MathNode.Radical r) {
            if (r.degree().isEmpty()) {
                out.append('√');
                grouped(r.base(), out);
            } else {
                out.append("√(");
                row(r.degree(), out);
                out.append('&');
                row(r.base(), out);
                out.append(')');
            }
        } else if (n instanceof MathNode.Scripts s) {
            if (s.pre()) {
                script('_', s.sub(), out);
                script('^', s.sup(), out);
                row(s.base(), out);
            } else {
                row(s.base(), out);
                script('_', s.sub(), out);
                script('^', s.sup(), out);
            }
        } else if (n instanceof MathNode.Nary a) {
            out.append(a.operator());
            script('_', a.sub(), out);
            script('^', a.sup(), out);
            out.append(' ');
            row(a.base(), out);
        } else if (n instanceof MathNode.Delimited d) {
            out.append(d.begin());
            for (int i = 0; i < d.items().size(); i++) {
                if (i > 0) {
                    out.append(d.separator());
                }
                row(d.items().get(i), out);
            }
            out.append(d.end());
        } else if (n instanceof MathNode.Matrix m) {
            out.append("■(");
            for (int r = 0; r < m.rows().size(); r++) {
                if (r > 0) {
                    out.append('@');
                }
                for (int c = 0; c < m.rows().get(r).size(); c++) {
                    if (c > 0) {
                        out.append('&');
                    }
                    row(m.rows().get(r).get(c), out);
                }
            }
            out.append(')');
        } else if (n instanceof MathNode.EquationArray a && a.rows().size() == 1) {
            row(a.rows().get(0), out);
        } else if (n instanceof MathNode.EquationArray a) {
            out.append("█(");
            for (int r = 0; r < a.rows().size(); r++) {
                if (r > 0) {
                    out.append('@');
                }
                row(a.rows().get(r), out);
            }
            out.append(')');
        } else if (n instanceof MathNode.Function f) {
            row(f.name(), out);
            out.append(' ');
            row(f.argument(), out);
        } else if (n instanceof MathNode.Limit l) {
            row(l.base(), out);
            script(l.above() ? '┴' : '┬', l.limit(), out);
        } else if (n instanceof MathNode.Accent a) {
            row(a.base(), out);
            out.append(a.accent());
        } else if (n instanceof MathNode.Bar b) {
            out.append(b.top() ? '¯' : '▁');
            grouped(b.base(), out);
        } else if (n instanceof MathNode.Boxed b) {
            row(b.base(), out);
        } else if (n instanceof MathNode.GroupChar g) {
            out.append(g.character());
            grouped(g.base(), out);
        } else if (n instanceof MathNode.Phantom p) {
            if (p.show()) {
                row(p.base(), out);
            }
        }
    }

    /** A script: a single character as it is, anything longer in parentheses. */
    private static void script(char mark, Row script, StringBuilder out) {
        if (script.isEmpty()) {
            return;
        }
        out.append(mark);
        grouped(script, out);
    }

    private static void grouped(Row row, StringBuilder out) {
        StringBuilder inner = new StringBuilder();
        row(row, inner);
        boolean simple = inner.codePointCount(0, inner.length()) <= 1 || inner.toString().matches("[0-9.,]+|[A-Za-z]+")
                || row.items().size() == 1 && row.items().get(0) instanceof MathNode.Delimited;
        if (simple) {
            out.append(inner);
        } else {
            out.append('(').append(inner).append(')');
        }
    }
}
