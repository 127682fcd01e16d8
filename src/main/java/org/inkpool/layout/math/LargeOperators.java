package org.inkpool.layout.math;

import org.inkpool.model.MathNode;
import org.inkpool.model.MathNode.Row;

/**
 * Large operators (m:nary) and limits (m:limLow, m:limUpp): the operator enlarged in display math and
 * centred on the axis by its ink, its limits under and over it or beside it as scripts.
 */
final class LargeOperators {

    private LargeOperators() {
    }

    /** A large operator: larger in display math, centred on the axis, with its limits under/over or beside. */
    static MathBox nary(MathLayout layout, MathNode.Nary n, MathStyle style) {
        MathConstants c = layout.constants();
        double em = layout.em(style);
        int cp = n.operator().isEmpty() ? 0x222B : n.operator().codePointAt(0);
        double scale = style.display() ? c.displayOperatorScale() : 1.1;
        double size = em * scale;
        MathBox op = layout.glyph(cp, size);
        // centre the operator's ink on the math axis (TeX rule 13)
        double inkAscent = op.ascent();
        double inkDescent = op.descent();
        double shift = (inkAscent - inkDescent) / 2 - c.axisHeight() * em;
        MathBox.Builder ob = new MathBox.Builder().place(op, 0, shift);
        op = ob.build(op.width(), inkAscent - shift, inkDescent + shift);
        if (n.limitsUnder() && style.display()) {
            // in inline math limits go beside the operator, as Word and TeX set them in running text
            return limits(layout, op, n.sub(), n.sup(), style);
        }
        boolean integral = cp >= 0x222B && cp <= 0x2233;
        return layout.attachScripts(op, n.sub(), n.sup(), false, integral, style);
    }

    /** Limits centred under and over a base (TeX rule 13a). */
    static MathBox limits(MathLayout layout, MathBox base, Row subRow, Row supRow, MathStyle style) {
        MathConstants c = layout.constants();
        double em = layout.em(style);
        MathBox sup = supRow.isEmpty() ? null : layout.row(supRow, style.sup());
        MathBox sub = subRow.isEmpty() ? null : layout.row(subRow, style.sub());
        double width = Math.max(base.width(), Math.max(sup == null ? 0 : sup.width(), sub == null ? 0 : sub.width()));
        MathBox.Builder b = new MathBox.Builder();
        b.place(base, (width - base.width()) / 2, 0);
        double ascent = base.ascent();
        double descent = base.descent();
        if (sup != null) {
            double rise = Math.max(base.ascent() + c.upperLimitGapMin() * em + sup.descent(),
                    base.ascent() + c.upperLimitBaselineRiseMin() * em);
            b.place(sup, (width - sup.width()) / 2, -rise);
            ascent = rise + sup.ascent();
        }
        if (sub != null) {
            double drop = Math.max(base.descent() + c.lowerLimitGapMin() * em + sub.ascent(),
                    base.descent() + c.lowerLimitBaselineDropMin() * em);
            b.place(sub, (width - sub.width()) / 2, drop);
            descent = drop + sub.descent();
        }
        return b.build(width, ascent, descent);
    }

    /** m:limLow / m:limUpp: a limit under or over its base. */
    static MathBox limit(MathLayout layout, MathNode.Limit l, MathStyle style) {
        MathBox base = layout.row(l.base(), style);
        return l.above() ? limits(layout, base, Row.EMPTY, l.limit(), style)
                : limits(layout, base, l.limit(), Row.EMPTY, style);
    }
}
