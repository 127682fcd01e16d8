package org.inkpool.layout.math;

import org.inkpool.layout.page.GlyphRun;
import org.inkpool.layout.page.PageItem;
import org.inkpool.layout.page.Rule;
import org.inkpool.layout.page.StretchedGlyph;
import org.inkpool.model.MathNode;
import org.inkpool.model.style.Rgb;

import java.util.List;

/**
 * Things that grow with what they enclose: delimiters (m:d) and radicals (m:rad). Straight fences
 * (brackets, bars, floors, ceilings, angle brackets) and the radical sign are drawn as lines, exactly
 * to the height needed; curved ones (parentheses, braces) are the font's glyph stretched vertically.
 */
final class Fences {

    private final MathLayout layout;

    Fences(MathLayout layout) {
        this.layout = layout;
    }

    MathBox delimited(MathNode.Delimited d, MathStyle style) {
        MathConstants c = layout.constants();
        double em = layout.em(style);
        MathBox.Builder inner = new MathBox.Builder();
        double x = 0;
        double ascent = 0.69 * em;
        double descent = 0;
        MathBox separator = null;
        for (int i = 0; i < d.items().size(); i++) {
            if (i > 0 && !d.separator().isEmpty()) {
                if (separator == null) {
                    separator = fence(d.separator().codePointAt(0), 0, 0, style, false);
                }
                inner.place(separator, x, 0);
                x += separator.width();
            }
            MathBox item = layout.row(d.items().get(i), style);
            inner.place(item, x, 0);
            x += item.width();
            ascent = Math.max(ascent, item.ascent());
            descent = Math.max(descent, item.descent());
        }
        // TeX rule 19: cover delimiterFactor of the content's extent about the axis, short of at most the shortfall
        double axis = c.axisHeight() * em;
        double half = Math.max(ascent - axis, descent + axis);
        double needed = d.grow() ? Math.max(2 * half * c.delimiterFactor(), 2 * half - c.delimiterShortfall() * em)
                : 0;
        MathBox open = d.begin().isEmpty() ? MathBox.EMPTY : fence(d.begin().codePointAt(0), needed, axis, style, true);
        MathBox close = d.end().isEmpty() ? MathBox.EMPTY : fence(d.end().codePointAt(0), needed, axis, style, true);
        if (separator != null && needed > em) {
            // separators grow with the fences: lay the items out again with the tall separator
            MathBox tall = fence(d.separator().codePointAt(0), needed, axis, style, true);
            inner = new MathBox.Builder();
            x = 0;
            for (int i = 0; i < d.items().size(); i++) {
                if (i > 0) {
                    inner.place(tall, x, 0);
                    x += tall.width();
                }
                MathBox item = layout.row(d.items().get(i), style);
                inner.place(item, x, 0);
                x += item.width();
            }
        }
        MathBox content = inner.build(x, ascent, descent);
        MathBox.Builder b = new MathBox.Builder();
        b.place(open, 0, 0);
        b.place(content, open.width(), 0);
        b.place(close, open.width() + content.width(), 0);
        return b.build(open.width() + content.width() + close.width(),
                Math.max(content.ascent(), Math.max(open.ascent(), close.ascent())),
                Math.max(content.descent(), Math.max(open.descent(), close.descent())));
    }

    /**
     * A fence at least {@code height} tall centred on the axis; the font's glyph when that is tall
     * enough (1 em of ink), else lines or a stretched glyph.
     */
    private MathBox fence(int cp, double height, double axis, MathStyle style, boolean stretchy) {
        double em = layout.em(style);
        if (!stretchy || height <= Math.max(em, layout.glyph(cp, em).height()) * 1.05) {
            return layout.glyph(cp, em);
        }
        Rgb color = layout.color();
        double top = -(axis + height / 2);
        double bottom = -(axis - height / 2);
        double stroke = 0.06 * em;
        double thin = 0.04 * em;
        double w = 0.33 * em;
        double side = 0.08 * em;
        MathBox.Builder b = new MathBox.Builder();
        switch (cp) {
            case '[', ']', 0x2308, 0x2309, 0x230A, 0x230B -> {
                boolean left = cp == '[' || cp == 0x2308 || cp == 0x230A;
                double stem = left ? side + stroke / 2 : w - side - stroke / 2;
                double end = left ? w - side : side;
                b.add(line(stem, top, stem, bottom, stroke, color));
                if (cp != 0x230A && cp != 0x230B) {
                    b.add(line(stem - (left ? stroke / 2 : -stroke / 2), top + thin / 2, end, top + thin / 2, thin, color));
                }
                if (cp != 0x2308 && cp != 0x2309) {
                    b.add(line(stem - (left ? stroke / 2 : -stroke / 2), bottom - thin / 2, end, bottom - thin / 2, thin,
                            color));
                }
                return b.build(w, -top, bottom);
            }
            case '|' -> {
                b.add(line(w / 2, top, w / 2, bottom, thin * 1.2, color));
                return b.build(w, -top, bottom);
            }
            case 0x2016 -> {
                b.add(line(w / 2 - 0.06 * em, top, w / 2 - 0.06 * em, bottom, thin * 1.2, color));
                b.add(line(w / 2 + 0.06 * em, top, w / 2 + 0.06 * em, bottom, thin * 1.2, color));
                return b.build(w, -top, bottom);
            }
            case 0x27E8, 0x2329, 0x27E9, 0x232A, '<', '>' -> {
                boolean left = cp == 0x27E8 || cp == 0x2329 || cp == '<';
                double tip = left ? side : w - side;
                double tail = left ? w - side : side;
                double mid = (top + bottom) / 2;
                b.add(line(tail, top, tip, mid, thin, color));
                b.add(line(tip, mid, tail, bottom, thin, color));
                return b.build(w, -top, bottom);
            }
            default -> {
                // curved: the glyph stretched so that its ink spans the height
                MathBox glyph = layout.glyph(cp, em);
                double inkHeight = glyph.height() > 0.2 * em ? glyph.height() : em;
                double inkDescent = glyph.height() > 0.2 * em ? glyph.descent() : 0.25 * em;
                double scale = height / inkHeight;
                double baseline = bottom - inkDescent * scale;
                GlyphRun run = (GlyphRun) glyph.items().get(0);
                PageItem stretched = new StretchedGlyph(new GlyphRun(0, baseline, run.face(), run.size(), run.text(),
                        run.color(), 0), scale);
                return new MathBox(glyph.width() * Math.min(1.6, 1 + (scale - 1) * 0.12), -top, bottom,
                        List.of(stretched));
            }
        }
    }

    private static Rule line(double x1, double y1, double x2, double y2, double thickness, Rgb color) {
        return new Rule(x1, y1, x2, y2, thickness, color, Rule.Style.SOLID);
    }

    /** A radical: the sign drawn as strokes to the base's height, an overbar, and the degree tucked in. */
    MathBox radical(MathNode.Radical r, MathStyle style) {
        MathConstants c = layout.constants();
        double em = layout.em(style);
        MathBox base = layout.row(r.base(), style.crampedStyle());
        double rule = c.radicalRuleThickness() * em;
        double gap = (style.display() ? c.radicalDisplayStyleVerticalGap() : c.radicalVerticalGap()) * em;
        double ascent = Math.max(base.ascent(), 0.69 * em);
        double descent = Math.max(base.descent(), 0.05 * em);
        double barY = -(ascent + gap + rule / 2);
        double bottom = descent + 0.02 * em;
        double height = bottom - barY;
        double signWidth = Math.min(0.9 * em, 0.5 * em + 0.05 * height);
        Rgb color = layout.color();
        MathBox degree = r.degree().isEmpty() ? null
                : layout.row(r.degree(), new MathStyle(false, 2, true));
        double degreeShift = 0;
        if (degree != null) {
            // the degree sits over the sign's short arm, raised to 60 % of the radical's height
            degreeShift = Math.max(0, degree.width() - 0.45 * signWidth);
        }
        double x0 = degreeShift;
        double tickY = bottom - 0.45 * height;
        MathBox.Builder b = new MathBox.Builder();
        b.add(line(x0 + 0.02 * em, tickY + 0.06 * em, x0 + 0.18 * signWidth, tickY, 0.04 * em, color));
        b.add(line(x0 + 0.18 * signWidth, tickY, x0 + 0.5 * signWidth, bottom, 0.08 * em, color));
        b.add(line(x0 + 0.5 * signWidth, bottom, x0 + signWidth, barY, 0.045 * em, color));
        double baseX = x0 + signWidth + 0.06 * em;
        double end = baseX + base.width() + 0.06 * em;
        b.add(line(x0 + signWidth - 0.01 * em, barY, end, barY, rule, color));
        b.place(base, baseX, 0);
        double top = -barY + rule / 2 + c.radicalExtraAscender() * em;
        if (degree != null) {
            double raise = c.radicalDegreeBottomRaisePercent() * height - (bottom);
            b.place(degree, x0 + 0.45 * signWidth - degree.width(), -(raise + degree.descent()));
            top = Math.max(top, raise + degree.descent() + degree.ascent());
        }
        return b.build(end, top, bottom);
    }
}
