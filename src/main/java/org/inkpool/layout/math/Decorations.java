package org.inkpool.layout.math;

import org.inkpool.layout.page.Rule;
import org.inkpool.model.MathNode;
import org.inkpool.model.style.Rgb;

/** Marks over, under and around a base: accents, bars, borders and group characters (braces). */
final class Decorations {

    private Decorations() {
    }

    static MathBox accent(MathLayout layout, MathNode.Accent a, MathStyle style) {
        MathBox base = layout.row(a.base(), style.crampedStyle());
        double em = layout.em(style);
        int cp = a.accent().isEmpty() ? 0x0302 : a.accent().codePointAt(0);
        if (cp == 0x0305 || cp == 0x0304 || cp == 0x00AF) {
            return bar(layout, base, true, style); // an overline accent is a bar over the base
        }
        int spacing = spacingForm(cp);
        boolean arrow = spacing >= 0x2190 && spacing <= 0x21FF;
        MathBox mark = layout.glyph(spacing, arrow ? 0.75 * em : em);
        // a spacing accent's ink sits about 0.55–0.7 em up: lift it as far as the base rises above x-height
        double xHeight = layout.constants().xHeight() * em;
        double lift = arrow ? base.ascent() + 0.05 * em - 0.15 * em : Math.max(0, base.ascent() - xHeight);
        double width = Math.max(base.width(), mark.width());
        MathBox.Builder b = new MathBox.Builder();
        b.place(base, (width - base.width()) / 2, 0);
        b.place(mark, (width - mark.width()) / 2 + (base.width() > 0 ? 0.05 * em : 0), -lift);
        double top = arrow ? lift + 0.45 * 0.75 * em : lift + 0.78 * em;
        return b.build(width, Math.max(base.ascent(), top), base.descent());
    }

    static MathBox bar(MathLayout layout, MathNode.Bar bar, MathStyle style) {
        return bar(layout, layout.row(bar.base(), bar.top() ? style.crampedStyle() : style), bar.top(), style);
    }

    private static MathBox bar(MathLayout layout, MathBox base, boolean top, MathStyle style) {
        double em = layout.em(style);
        MathConstants c = layout.constants();
        double t = c.fractionRuleThickness() * em;
        double y = top ? -(Math.max(base.ascent(), 0.46 * em) + c.overbarVerticalGap() * em)
                : Math.max(base.descent(), 0) + c.underbarVerticalGap() * em;
        MathBox.Builder b = new MathBox.Builder().place(base, 0, 0)
                .add(new Rule(0, y, base.width(), y, t, layout.color(), Rule.Style.SOLID));
        return top ? b.build(base.width(), -y + 2 * t, base.descent())
                : b.build(base.width(), base.ascent(), y + 2 * t);
    }

    static MathBox boxed(MathLayout layout, MathNode.Boxed boxed, MathStyle style) {
        MathBox base = layout.row(boxed.base(), style);
        if (!boxed.border()) {
            return base;
        }
        double em = layout.em(style);
        double pad = 0.15 * em;
        double t = layout.constants().fractionRuleThickness() * em;
        double w = base.width() + 2 * pad;
        double top = -(base.ascent() + pad);
        double bottom = base.descent() + pad;
        Rgb color = layout.color();
        MathBox.Builder b = new MathBox.Builder().place(base, pad, 0);
        b.add(new Rule(0, top, w, top, t, color, Rule.Style.SOLID));
        b.add(new Rule(0, bottom, w, bottom, t, color, Rule.Style.SOLID));
        b.add(new Rule(0, top, 0, bottom, t, color, Rule.Style.SOLID));
        b.add(new Rule(w, top, w, bottom, t, color, Rule.Style.SOLID));
        return b.build(w, -top + t, bottom + t);
    }

    /** A horizontal brace (or the given character's line) over or under the base. */
    static MathBox groupChar(MathLayout layout, MathNode.GroupChar g, MathStyle style) {
        MathBox base = layout.row(g.base(), style);
        double em = layout.em(style);
        double depth = 0.18 * em;
        double t = 0.05 * em;
        double gap = 0.1 * em;
        double w = base.width();
        Rgb color = layout.color();
        double edge = g.above() ? -(base.ascent() + gap) : base.descent() + gap;
        double tip = g.above() ? edge - depth : edge + depth;
        double mid = (edge + tip) / 2;
        MathBox.Builder b = new MathBox.Builder().place(base, 0, 0);
        b.add(new Rule(t, edge, t, mid, t, color, Rule.Style.SOLID));
        b.add(new Rule(w - t, edge, w - t, mid, t, color, Rule.Style.SOLID));
        b.add(new Rule(t, mid, w - t, mid, t, color, Rule.Style.SOLID));
        b.add(new Rule(w / 2, mid, w / 2, tip, t, color, Rule.Style.SOLID));
        return g.above() ? b.build(w, -tip + t, base.descent()) : b.build(w, base.ascent(), tip + t);
    }

    /** Combining accents alone have no advance in most fonts: their spacing forms are drawn instead. */
    static int spacingForm(int cp) {
        return switch (cp) {
            case 0x0300 -> '`';
            case 0x0301 -> 0x00B4;
            case 0x0302 -> 0x02C6;
            case 0x0303 -> 0x02DC;
            case 0x0306 -> 0x02D8;
            case 0x0307 -> 0x02D9;
            case 0x0308 -> 0x00A8;
            case 0x030C -> 0x02C7;
            case 0x20D6 -> 0x2190;
            case 0x20D7 -> 0x2192;
            case 0x20E1 -> 0x2194;
            default -> cp;
        };
    }
}
