package org.inkpool.layout.math;

import org.inkpool.layout.page.ActualText;
import org.inkpool.layout.font.FontFace;
import org.inkpool.layout.font.FontMetrics;
import org.inkpool.layout.page.GlyphRun;
import org.inkpool.layout.page.PageItem;
import org.inkpool.layout.page.Rule;
import org.inkpool.model.MathNode;
import org.inkpool.model.MathNode.Row;
import org.inkpool.model.MathZone;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.style.RunProps;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out an equation in two dimensions as nested {@link MathBox}es, following TeX's rules (The TeXbook,
 * appendix G) with the measurements of {@link MathConstants}: fractions on the math axis, scripts raised
 * and lowered at reduced sizes, radicals with their overbar, large operators with limits above and below
 * or beside, fences stretched to what they enclose, matrices and equation arrays in aligned columns.
 */
public final class MathLayout {

    private final FontMetrics faces;
    /** The constants used where the equation's math font has no MATH table. */
    private final MathConstants fallback;
    private MathConstants c;
    /** The equation's font is a math font (it has a MATH table): italic variables are its math italic letters. */
    private boolean mathFont;
    private final Fences fences;
    private String mathFamily;
    private double baseSize;
    private Rgb baseColor;

    public MathLayout(FontMetrics faces, MathConstants constants) {
        this.faces = faces;
        this.fallback = constants;
        this.c = constants;
        this.fences = new Fences(this);
    }

    /** The equation's box; its items are wrapped in a span whose text is the equation's linear form. */
    public MathBox layout(MathZone zone) {
        RunProps props = zone.props() == null ? RunProps.DEFAULT : zone.props();
        mathFamily = props.fontAscii();
        baseSize = props.size() > 0 ? props.size() : 11;
        baseColor = props.color() == null ? Rgb.BLACK : props.color();
        // the math font's own MATH table places scripts, fractions, limits and radicals where it has one
        double[] table = faces.faceFor(mathFamily, false, false, 'x').mathConstants();
        c = MathConstants.fromOpenType(table, fallback);
        mathFont = table != null;
        MathBox box = row(zone.content(), zone.display() ? MathStyle.DISPLAY : MathStyle.TEXT);
        List<PageItem> items = new ArrayList<>(box.items().size() + 2);
        items.add(ActualText.begin(zone.linearText()));
        items.addAll(box.items());
        items.add(ActualText.end());
        return new MathBox(box.width(), box.ascent(), box.descent(), items);
    }

    MathConstants constants() {
        return c;
    }

    /** The em of a style: the equation's size scaled down for its script level. */
    double em(MathStyle style) {
        return baseSize * style.scale(c);
    }

    FontFace face(int cp, boolean bold, boolean italic) {
        return faces.faceFor(mathFamily, bold, italic, cp);
    }

    Rgb color() {
        return baseColor;
    }

    // ---- rows: atoms side by side with TeX's spacing -------------------------------------------

    /** One item of a row, laid out, with its spacing class. */
    private record Piece(MathBox box, AtomClass kind, double italicCorrection) {
    }

    MathBox row(Row row, MathStyle style) {
        List<Piece> pieces = new ArrayList<>();
        for (MathNode n : row.items()) {
            if (n instanceof MathNode.Run run) {
                runPieces(run, style, pieces);
            } else if (n instanceof MathNode.Nary nary) {
                pieces.add(new Piece(LargeOperators.nary(this, nary, style), AtomClass.OP, 0));
                if (!nary.base().isEmpty()) {
                    pieces.add(new Piece(row(nary.base(), style), AtomClass.ORD, 0));
                }
            } else if (n instanceof MathNode.Delimited d) {
                pieces.add(new Piece(fences.delimited(d, style), AtomClass.INNER, 0));
            } else if (n instanceof MathNode.Function f) {
                pieces.add(new Piece(function(f, style), AtomClass.OP, 0));
            } else {
                pieces.add(new Piece(node(n, style), AtomClass.ORD, 0));
            }
        }
        return hlist(pieces, style);
    }

    private MathBox hlist(List<Piece> pieces, MathStyle style) {
        MathBox.Builder b = new MathBox.Builder();
        double x = 0;
        double ascent = 0;
        double descent = 0;
        AtomClass previous = null;
        double em = em(style);
        for (Piece p : pieces) {
            AtomClass kind = p.kind();
            if (kind == AtomClass.BIN && (previous == null || previous == AtomClass.BIN || previous == AtomClass.REL
                    || previous == AtomClass.OPEN || previous == AtomClass.PUNCT || previous == AtomClass.OP)) {
                kind = AtomClass.ORD; // a sign at the start, or after an operator, is unary
            }
            if (previous != null) {
                x += AtomClass.space(previous, kind, style.level() > 0) * em / 18;
            }
            b.place(p.box(), x, 0);
            x += p.box().width();
            ascent = Math.max(ascent, p.box().ascent());
            descent = Math.max(descent, p.box().descent());
            previous = kind;
        }
        return b.build(x, ascent, descent);
    }

    /** A run's characters, each with its class; neighbours of one class and face share a glyph run. */
    private void runPieces(MathNode.Run run, MathStyle style, List<Piece> out) {
        RunProps props = run.props() == null ? RunProps.DEFAULT : run.props();
        double size = (props.size() > 0 ? props.size() : baseSize) * style.scale(c);
        Rgb color = props.color() == null ? baseColor : props.color();
        boolean normalText = run.style() == MathNode.Style.NORMAL_TEXT;
        StringBuilder pending = new StringBuilder();
        FontFace pendingFace = null;
        boolean pendingItalic = false;
        String text = run.text();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x20) {
                continue;
            }
            int drawn = normalText ? cp : Alphabets.map(cp == '-' ? 0x2212 : cp, run.alphabet());
            AtomClass kind = normalText ? AtomClass.ORD : AtomClass.of(cp);
            boolean italic = italic(run.style(), drawn) || normalText && props.italic();
            boolean bold = run.style() == MathNode.Style.BOLD || run.style() == MathNode.Style.BOLD_ITALIC
                    || props.bold();
            if (mathFont && italic && !bold && !normalText) {
                int letter = Alphabets.italic(drawn);
                if (letter != drawn && faces.faceFor(mathFamily, false, false, letter).name()
                        .equals(faces.faceFor(mathFamily, false, false, 'x').name())) {
                    drawn = letter;
                    italic = false;
                }
            }
            FontFace face = normalText ? faces.faceFor(props.fontFor(drawn), bold, italic, drawn)
                    : faces.faceFor(mathFamily, bold, italic, drawn);
            if (kind == AtomClass.ORD && pendingFace == face) {
                pending.appendCodePoint(drawn);
                continue;
            }
            if (pending.length() > 0) {
                out.add(glyphs(pending.toString(), pendingFace, size, color, pendingItalic));
                pending.setLength(0);
                pendingFace = null;
            }
            if (kind == AtomClass.ORD) {
                pending.appendCodePoint(drawn);
                pendingFace = face;
                pendingItalic = italic;
            } else {
                Piece p = glyphs(new String(Character.toChars(drawn)), face, size, color, false);
                out.add(new Piece(p.box(), kind, 0));
            }
        }
        if (pending.length() > 0) {
            out.add(glyphs(pending.toString(), pendingFace, size, color, pendingItalic));
        }
    }

    private static boolean italic(MathNode.Style style, int cp) {
        return switch (style) {
            case ITALIC, BOLD_ITALIC -> true;
            case MATH -> Character.isLetter(cp) && !Character.isIdeographic(cp) && cp < 0x1D400;
            default -> false;
        };
    }

    private Piece glyphs(String text, FontFace face, double size, Rgb color, boolean italic) {
        double width = 0;
        double ascent = 0;
        double descent = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            width += face.advance(cp, size);
            double[] ink = ink(face, cp, size);
            ascent = Math.max(ascent, ink[0]);
            descent = Math.max(descent, ink[1]);
        }
        MathBox box = new MathBox(width, ascent, descent,
                List.of(new GlyphRun(0, 0, face, size, text, color, 0)));
        return new Piece(box, AtomClass.ORD, italic ? 0.06 * size : 0);
    }

    /**
     * How far a character reaches above and below the baseline ({ascent, descent}, points): its outline in
     * the face where the face knows it, else the typical extents of {@link Ink}.
     */
    static double[] ink(FontFace face, int cp, double size) {
        double[] outline = face.ink(cp, size);
        if (outline != null) {
            return new double[] {Math.max(0, outline[0]), Math.max(0, outline[1])};
        }
        return new double[] {Ink.ascent(cp) * size, Ink.descent(cp) * size};
    }

    /** The ink of a single character drawn at a size in the equation's math face. */
    double[] ink(int cp, double size) {
        return ink(face(cp, false, false), cp, size);
    }

    /** A single character at a size, as a box (operators, accents, fences). */
    MathBox glyph(int cp, double size) {
        FontFace face = face(cp, false, false);
        return glyphs(new String(Character.toChars(cp)), face, size, baseColor, false).box();
    }

    // ---- structures ------------------------------------------------------------------------------

    private MathBox node(MathNode n, MathStyle style) {
        if (n instanceof Row r) {
            return row(r, style);
        } else if (n instanceof MathNode.Fraction f) {
            return fraction(f, style);
        } else if (n instanceof MathNode.Scripts s) {
            return scripts(s, style);
        } else if (n instanceof MathNode.Radical r) {
            return fences.radical(r, style);
        } else if (n instanceof MathNode.Matrix m) {
            return Tables.matrix(this, m, style);
        } else if (n instanceof MathNode.EquationArray a) {
            return Tables.equationArray(this, a, style);
        } else if (n instanceof MathNode.Limit l) {
            return LargeOperators.limit(this, l, style);
        } else if (n instanceof MathNode.Accent a) {
            return Decorations.accent(this, a, style);
        } else if (n instanceof MathNode.Bar b) {
            return Decorations.bar(this, b, style);
        } else if (n instanceof MathNode.Boxed b) {
            return Decorations.boxed(this, b, style);
        } else if (n instanceof MathNode.GroupChar g) {
            return Decorations.groupChar(this, g, style);
        } else if (n instanceof MathNode.Phantom p) {
            return phantom(p, style);
        } else if (n instanceof MathNode.Run r) {
            List<Piece> pieces = new ArrayList<>();
            runPieces(r, style, pieces);
            return hlist(pieces, style);
        } else if (n instanceof MathNode.Nary a) {
            return LargeOperators.nary(this, a, style);
        } else if (n instanceof MathNode.Delimited d) {
            return fences.delimited(d, style);
        } else if (n instanceof MathNode.Function f) {
            return function(f, style);
        }
        return MathBox.EMPTY;
    }

    MathBox fraction(MathNode.Fraction f, MathStyle style) {
        double em = em(style);
        if (f.type() == MathNode.FractionType.LINEAR || f.type() == MathNode.FractionType.SKEWED) {
            return linearFraction(f, style);
        }
        MathBox num = row(f.numerator(), style.numerator());
        MathBox den = row(f.denominator(), style.denominator());
        boolean bar = f.type() == MathNode.FractionType.BAR;
        double rule = bar ? c.fractionRuleThickness() * em : 0;
        double axis = c.axisHeight() * em;
        double up = (style.display() ? c.fractionNumeratorDisplayShiftUp() : c.fractionNumeratorShiftUp()) * em;
        double down = (style.display() ? c.fractionDenominatorDisplayShiftDown() : c.fractionDenominatorShiftDown())
                * em;
        double numGap = (style.display() ? c.fractionNumDisplayGapMin() : c.fractionNumeratorGapMin()) * em;
        double denGap = (style.display() ? c.fractionDenomDisplayGapMin() : c.fractionDenominatorGapMin()) * em;
        if (!bar) {
            numGap = denGap = 1.5 * numGap;
        }
        // the numerator's bottom stays numGap above the rule's top, the denominator's top denGap below its bottom
        up = Math.max(up, axis + rule / 2 + numGap + num.descent());
        down = Math.max(down, den.ascent() + denGap + rule / 2 - axis);
        double pad = 0.1 * em(style);
        double width = Math.max(num.width(), den.width()) + 2 * pad;
        MathBox.Builder b = new MathBox.Builder();
        b.place(num, (width - num.width()) / 2, -up);
        b.place(den, (width - den.width()) / 2, down);
        if (bar) {
            b.add(new Rule(0, -axis, width, -axis, rule, baseColor, Rule.Style.SOLID));
        }
        return b.build(width, up + num.ascent(), down + den.descent());
    }

    private MathBox linearFraction(MathNode.Fraction f, MathStyle style) {
        boolean skewed = f.type() == MathNode.FractionType.SKEWED;
        MathStyle part = skewed ? style.sup() : style;
        MathBox num = row(f.numerator(), part);
        MathBox den = row(f.denominator(), part);
        MathBox slash = glyph('/', em(style));
        double em = em(style);
        double rise = skewed ? 0.3 * em : 0;
        MathBox.Builder b = new MathBox.Builder();
        double x = 0;
        b.place(num, x, -rise);
        x += num.width() + (skewed ? 0 : em / 18);
        b.place(slash, x, 0);
        x += slash.width() + (skewed ? 0 : em / 18);
        b.place(den, x, skewed ? 0.1 * em : 0);
        x += den.width();
        return b.build(x, Math.max(slash.ascent(), num.ascent() + rise), Math.max(slash.descent(),
                den.descent() + (skewed ? 0.1 * em : 0)));
    }

    MathBox scripts(MathNode.Scripts s, MathStyle style) {
        MathBox base = row(s.base(), style);
        boolean italicBase = endsItalic(s.base());
        return attachScripts(base, s.sub(), s.sup(), s.pre(), italicBase, style);
    }

    private static boolean endsItalic(Row row) {
        if (row.items().isEmpty() || !(row.items().get(row.items().size() - 1) instanceof MathNode.Run r)) {
            return false;
        }
        int cp = r.text().isEmpty() ? ' ' : r.text().codePointBefore(r.text().length());
        return r.style() == MathNode.Style.MATH && Character.isLetter(cp)
                || r.style() == MathNode.Style.ITALIC || r.style() == MathNode.Style.BOLD_ITALIC;
    }

    /** Scripts beside a base (after it, or before it for m:sPre), placed by TeX's rules 18a–f. */
    MathBox attachScripts(MathBox base, Row subRow, Row supRow, boolean pre, boolean italicBase, MathStyle style) {
        double em = em(style);
        MathBox sup = supRow.isEmpty() ? null : row(supRow, style.sup());
        MathBox sub = subRow.isEmpty() ? null : row(subRow, style.sub());
        double scriptEm = em(style.sup());
        double u = 0;
        double v = 0;
        if (sup != null) {
            double shift = (style.cramped() ? c.superscriptShiftUpCramped() : c.superscriptShiftUp()) * em;
            u = Math.max(Math.max(shift, base.ascent() - c.superscriptBaselineDropMax() * scriptEm),
                    sup.descent() + c.superscriptBottomMin() * em);
        }
        if (sub != null) {
            v = Math.max(Math.max(c.subscriptShiftDown() * em, base.descent() + c.subscriptBaselineDropMin() * scriptEm),
                    sub.ascent() - c.subscriptTopMax() * em);
        }
        if (sup != null && sub != null) {
            double gap = (u - sup.descent()) - (sub.ascent() - v);
            double min = c.subSuperscriptGapMin() * em;
            if (gap < min) {
                v += min - gap;
            }
        }
        double kern = italicBase && !pre ? 0.05 * em : 0;
        double scriptsWidth = Math.max(sup == null ? 0 : sup.width() + kern, sub == null ? 0 : sub.width())
                + c.spaceAfterScript() * em;
        MathBox.Builder b = new MathBox.Builder();
        double baseX = pre ? scriptsWidth : 0;
        double scriptX = pre ? 0 : base.width();
        b.place(base, baseX, 0);
        if (sup != null) {
            b.place(sup, scriptX + (pre ? scriptsWidth - c.spaceAfterScript() * em - sup.width() : kern), -u);
        }
        if (sub != null) {
            b.place(sub, scriptX + (pre ? scriptsWidth - c.spaceAfterScript() * em - sub.width() : 0), v);
        }
        double ascent = Math.max(base.ascent(), sup == null ? 0 : u + sup.ascent());
        double descent = Math.max(base.descent(), sub == null ? 0 : v + sub.descent());
        return b.build(base.width() + scriptsWidth, ascent, descent);
    }

    private MathBox function(MathNode.Function f, MathStyle style) {
        MathBox name = row(f.name(), style);
        MathBox argument = row(f.argument(), style);
        double gap = f.argument().isEmpty() ? 0 : em(style) / 6;
        return new MathBox.Builder().place(name, 0, 0).place(argument, name.width() + gap, 0)
                .build(name.width() + gap + argument.width(), Math.max(name.ascent(), argument.ascent()),
                        Math.max(name.descent(), argument.descent()));
    }

    private MathBox phantom(MathNode.Phantom p, MathStyle style) {
        MathBox base = row(p.base(), style);
        MathBox shown = p.show() ? base : new MathBox(base.width(), base.ascent(), base.descent(), List.of());
        return shown.withDimensions(p.zeroWidth() ? 0 : base.width(), p.zeroAscent() ? 0 : base.ascent(),
                p.zeroDescent() ? 0 : base.descent());
    }
}
