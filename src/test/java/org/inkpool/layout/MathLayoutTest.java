package org.inkpool.layout;

import org.inkpool.layout.page.ActualText;
import org.inkpool.layout.page.GlyphRun;
import org.inkpool.layout.page.Page;
import org.inkpool.layout.page.PageItem;
import org.inkpool.layout.page.Rule;
import org.inkpool.layout.page.StretchedGlyph;
import org.assertj.core.data.Offset;
import org.inkpool.layout.font.FontFace;
import org.inkpool.layout.font.FontMetrics;
import org.inkpool.layout.math.MathBox;
import org.inkpool.layout.math.MathConstants;
import org.inkpool.layout.math.MathLayout;
import org.inkpool.model.style.Alignment;
import org.inkpool.model.MathNode;
import org.inkpool.model.MathNode.Row;
import org.inkpool.model.MathZone;
import org.inkpool.model.style.RunProps;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.layout.Docs.MARGIN;
import static org.inkpool.layout.Docs.PP;
import static org.inkpool.layout.Docs.doc;
import static org.inkpool.layout.Docs.para;
import static org.inkpool.layout.Docs.run;

/**
 * Office Math in two dimensions, with fake metrics (every character 0.5 em wide) and the TeX-like
 * constants: where numerators, denominators, scripts, limits, fences and matrix cells land.
 */
class MathLayoutTest {

    private static final Offset<Double> EPS = Offset.offset(1e-6);
    private static final double SIZE = 10;
    private static final MathConstants C = MathConstants.TEX_LIKE;
    private static final RunProps PROPS = RunProps.DEFAULT.withSize(SIZE);
    private final MathLayout layout = new MathLayout(new FakeMetrics(), C);

    private static Row row(MathNode... nodes) {
        return new Row(List.of(nodes));
    }

    private static MathNode.Run r(String text) {
        return new MathNode.Run(text, PROPS, MathNode.Style.MATH, MathNode.Alphabet.ROMAN);
    }

    private MathBox lay(boolean display, MathNode... nodes) {
        return layout.layout(new MathZone(row(nodes), "linear", PROPS, display));
    }

    private static List<GlyphRun> glyphs(MathBox box) {
        List<GlyphRun> out = new ArrayList<>();
        for (PageItem item : box.items()) {
            if (item instanceof GlyphRun g) {
                out.add(g);
            }
        }
        return out;
    }

    private static GlyphRun glyph(MathBox box, String text) {
        return glyphs(box).stream().filter(g -> g.text().equals(text)).findFirst().orElseThrow();
    }

    private static List<Rule> rules(MathBox box) {
        return box.items().stream().filter(Rule.class::isInstance).map(Rule.class::cast).toList();
    }

    @Test
    void displayFractionCentresNumeratorAndDenominatorAboutTheRuleOnTheAxis() {
        MathBox box = lay(true, new MathNode.Fraction(row(r("a")), row(r("bc")), MathNode.FractionType.BAR));
        Rule bar = rules(box).get(0);
        double axis = C.axisHeight() * SIZE;
        assertThat(bar.y1()).isCloseTo(-axis, EPS);
        assertThat(bar.thickness()).isCloseTo(C.fractionRuleThickness() * SIZE, EPS);
        GlyphRun num = glyph(box, "a");
        GlyphRun den = glyph(box, "bc");
        // display: numerator and denominator keep the equation's size, shifted by the display constants
        assertThat(num.size()).isCloseTo(SIZE, EPS);
        assertThat(num.baseline()).isCloseTo(-C.fractionNumeratorDisplayShiftUp() * SIZE, EPS);
        assertThat(den.baseline()).isCloseTo(C.fractionDenominatorDisplayShiftDown() * SIZE, EPS);
        // the wider part spans the rule less its padding; the narrower is centred over it
        double width = bar.x2() - bar.x1();
        assertThat(den.x()).isCloseTo((width - 10) / 2, EPS);
        assertThat(num.x() + 2.5).isCloseTo(width / 2, EPS);
        // the numerator's ink stays clear of the rule by at least the display gap
        assertThat(-num.baseline() - (axis + bar.thickness() / 2)).isGreaterThanOrEqualTo(C.fractionNumDisplayGapMin() * SIZE);
    }

    @Test
    void inlineFractionSetsItsPartsAtScriptSize() {
        MathBox box = lay(false, new MathNode.Fraction(row(r("a")), row(r("b")), MathNode.FractionType.BAR));
        assertThat(glyph(box, "a").size()).isCloseTo(SIZE * C.scriptPercentScaleDown(), EPS);
        assertThat(glyph(box, "b").size()).isCloseTo(SIZE * C.scriptPercentScaleDown(), EPS);
    }

    @Test
    void superscriptAndSubscriptOffsets() {
        MathBox box = lay(false, new MathNode.Scripts(row(r("x")), row(r("i")), row(r("2")), false));
        GlyphRun base = glyph(box, "x");
        GlyphRun sup = glyph(box, "2");
        GlyphRun sub = glyph(box, "i");
        double script = SIZE * C.scriptPercentScaleDown();
        assertThat(sup.size()).isCloseTo(script, EPS);
        assertThat(sub.size()).isCloseTo(script, EPS);
        assertThat(base.baseline()).isCloseTo(0, EPS);
        assertThat(sup.baseline()).isCloseTo(-C.superscriptShiftUp() * SIZE, EPS);
        // with a superscript too, the subscript drops until the gap between them is the minimum
        double supBottom = C.superscriptShiftUp() * SIZE;
        double subTop = 0.69 * script - (sub.baseline());
        assertThat(supBottom - subTop).isCloseTo(C.subSuperscriptGapMin() * SIZE, Offset.offset(1e-6));
        // scripts start after the base; the superscript after an italic letter's overhang
        assertThat(sub.x()).isCloseTo(5, EPS);
        assertThat(sup.x()).isGreaterThan(5);
        assertThat(box.width()).isCloseTo(5 + Math.max(script / 2 + 0.05 * SIZE, script / 2) + C.spaceAfterScript() * SIZE, EPS);
    }

    /** A face whose ∑ has ink from 0.3 em below to 0.9 em above its baseline and ( from 0.2 below to 0.8 above. */
    private static FontMetrics withOutlines(FontMetrics metrics) {
        return withFace(metrics, null);
    }

    /** As {@link #withFace(FontMetrics, double[])}, and the family "Math" as tall as math fonts are: 3 em. */
    private static FontMetrics tallMath(double[] math) {
        FontMetrics inner = withFace(new FakeMetrics(), math);
        return (family, bold, italic, cp) -> {
            FontFace face = inner.faceFor(family, bold, italic, cp);
            return !"Math".equals(family) ? face : TALL.computeIfAbsent(face, f -> new FontFace() {
                public String name() {
                    return f.name();
                }

                public double advance(int codePoint, double size) {
                    return f.advance(codePoint, size);
                }

                public double ascent(double size) {
                    return 2.5 * size;
                }

                public double descent(double size) {
                    return 0.5 * size;
                }

                public double lineHeight(double size) {
                    return 3 * size;
                }

                public double[] mathConstants() {
                    return f.mathConstants();
                }
            });
        };
    }

    private static final java.util.Map<FontFace, FontFace> TALL = new java.util.IdentityHashMap<>();

    /** The fake faces, telling the ink of ∑ and parentheses and, given {@code math}, a MATH table's constants. */
    private static FontMetrics withFace(FontMetrics metrics, double[] math) {
        java.util.Map<FontFace, FontFace> wrapped = new java.util.HashMap<>(); // one wrapper per face, as runs need
        return (family, bold, italic, cp) -> wrapped.computeIfAbsent(metrics.faceFor(family, bold, italic, cp), face ->
            new FontFace() {
                public String name() {
                    return face.name();
                }

                public double advance(int codePoint, double size) {
                    return face.advance(codePoint, size);
                }

                public double ascent(double size) {
                    return face.ascent(size);
                }

                public double descent(double size) {
                    return face.descent(size);
                }

                public double lineHeight(double size) {
                    return face.lineHeight(size);
                }

                public double[] ink(int codePoint, double size) {
                    return codePoint == 0x2211 ? new double[] {0.9 * size, 0.3 * size}
                            : codePoint == '(' || codePoint == ')' ? new double[] {0.8 * size, 0.2 * size} : null;
                }

                public double[] mathConstants() {
                    return math == null ? null : math.clone();
                }
            });
    }

    @Test
    void aMathFontsOwnConstantsPlaceTheFractionAndItsLettersAreItsMathItalics() {
        double[] v = new double[56];
        java.util.Arrays.fill(v, 0.01); // gaps and the rest small, so the shifts decide
        v[0] = 80;
        v[1] = 65;
        v[5] = 0.3;     // AxisHeight
        v[33] = 0.9;    // FractionNumeratorDisplayStyleShiftUp
        v[35] = 0.8;    // FractionDenominatorDisplayStyleShiftDown
        v[38] = 0.07;   // FractionRuleThickness
        v[55] = 60;
        MathLayout math = new MathLayout(withFace(new FakeMetrics(), v), C);
        MathBox box = math.layout(new MathZone(row(new MathNode.Fraction(row(r("a")), row(r("2")),
                MathNode.FractionType.BAR)), "linear", PROPS, true));
        Rule bar = rules(box).get(0);
        assertThat(bar.y1()).isCloseTo(-0.3 * SIZE, EPS);
        assertThat(bar.thickness()).isCloseTo(0.07 * SIZE, EPS);
        assertThat(glyph(box, "2").baseline()).isCloseTo(0.8 * SIZE, EPS);
        // the variable a is drawn as the font's mathematical italic small a, upright, not a slanted a
        GlyphRun a = glyph(box, new String(Character.toChars(0x1D44E)));
        assertThat(a.baseline()).isCloseTo(-0.9 * SIZE, EPS);
        assertThat(a.text()).doesNotContain("a");

        MathBox inline = math.layout(new MathZone(row(new MathNode.Scripts(row(r("2")), Row.EMPTY, row(r("2")), false)),
                "linear", PROPS, false));
        assertThat(glyphs(inline).get(1).size()).as("scripts at the table's 80 %").isCloseTo(0.8 * SIZE, EPS);
    }

    @Test
    void operatorsAndFencesAreStackedByTheirGlyphsOutlinesWhereTheFaceKnowsThem() {
        MathLayout outlined = new MathLayout(withOutlines(new FakeMetrics()), C);
        MathNode sum = new MathNode.Nary("\u2211", row(r("k")), row(r("n")), row(r("a")), true, true);
        MathBox display = outlined.layout(new MathZone(row(sum), "linear", PROPS, true));
        GlyphRun op = glyph(display, "\u2211");
        double opSize = SIZE * C.displayOperatorScale();
        double inkTop = op.baseline() - 0.9 * opSize;
        double inkBottom = op.baseline() + 0.3 * opSize;
        // the operator's ink is centred on the axis (TeX rule 13) ...
        assertThat((inkTop + inkBottom) / 2).isCloseTo(-C.axisHeight() * SIZE, EPS);
        // ... and its limits keep TeX's gaps from that ink, not from a guessed extent
        GlyphRun upper = glyph(display, "n");
        GlyphRun lower = glyph(display, "k");
        double scriptSize = SIZE * C.scriptPercentScaleDown();
        assertThat(upper.baseline()).isCloseTo(inkTop - Math.max(C.upperLimitGapMin() * SIZE,
                C.upperLimitBaselineRiseMin() * SIZE), Offset.offset(0.01 * scriptSize + 1e-6));
        assertThat(lower.baseline() - 0.69 * scriptSize).isGreaterThanOrEqualTo(inkBottom + C.lowerLimitGapMin() * SIZE - 1e-9);

        MathNode fraction = new MathNode.Fraction(row(r("a")), row(r("b")), MathNode.FractionType.BAR);
        MathBox fenced = outlined.layout(new MathZone(row(new MathNode.Delimited("(", "|", ")", List.of(row(fraction)),
                true)), "linear", PROPS, true));
        StretchedGlyph open = fenced.items().stream().filter(StretchedGlyph.class::isInstance)
                .map(StretchedGlyph.class::cast).findFirst().orElseThrow();
        double scale = open.yScale();
        double top = open.run().baseline() - 0.8 * SIZE * scale;
        double bottom = open.run().baseline() + 0.2 * SIZE * scale;
        assertThat((top + bottom) / 2).as("the stretched outline is centred on the axis")
                .isCloseTo(-C.axisHeight() * SIZE, EPS);
    }

    @Test
    void parenthesesStretchAroundAFractionAndStayCentredOnTheAxis() {
        MathNode fraction = new MathNode.Fraction(row(r("a")), row(r("b")), MathNode.FractionType.BAR);
        MathBox box = lay(true, new MathNode.Delimited("(", "|", ")", List.of(row(fraction)), true));
        List<StretchedGlyph> fences = box.items().stream().filter(StretchedGlyph.class::isInstance)
                .map(StretchedGlyph.class::cast).toList();
        assertThat(fences).hasSize(2);
        assertThat(fences.get(0).run().text()).isEqualTo("(");
        assertThat(fences.get(1).run().text()).isEqualTo(")");
        double scale = fences.get(0).yScale();
        assertThat(scale).isGreaterThan(1.5);
        // the glyph's ink (0.25 em below to 0.75 em above its baseline) stretched is centred on the axis
        double top = fences.get(0).run().baseline() - 0.75 * SIZE * scale;
        double bottom = fences.get(0).run().baseline() + 0.25 * SIZE * scale;
        assertThat((top + bottom) / 2).isCloseTo(-C.axisHeight() * SIZE, EPS);
        // and covers the fraction's extent about the axis (TeX's delimiter factor)
        MathBox plain = lay(true, fraction);
        double half = Math.max(plain.ascent() - C.axisHeight() * SIZE, plain.descent() + C.axisHeight() * SIZE);
        assertThat(bottom - top).isGreaterThanOrEqualTo(2 * half * C.delimiterFactor() - 1e-9);
        // the closing fence follows the fraction
        assertThat(fences.get(1).run().x()).isGreaterThan(glyph(box, "a").x());
    }

    @Test
    void threeByThreeMatrixAlignsColumnsAndRowsCentredOnTheAxis() {
        List<List<Row>> rows = List.of(
                List.of(row(r("1")), row(r("222")), row(r("3"))),
                List.of(row(r("44")), row(r("5")), row(r("6"))),
                List.of(row(r("7")), row(r("8")), row(r("999"))));
        MathBox box = lay(false, new MathNode.Matrix(rows, List.of(MathNode.Justification.LEFT,
                MathNode.Justification.CENTER, MathNode.Justification.RIGHT)));
        double gap = C.matrixColumnGap() * SIZE;
        // column widths 10, 15, 15 (0.5 em per character)
        assertThat(box.width()).isCloseTo(10 + 15 + 15 + 2 * gap, EPS);
        assertThat(glyph(box, "1").x()).isCloseTo(0, EPS); // left
        assertThat(glyph(box, "44").x()).isCloseTo(0, EPS);
        assertThat(glyph(box, "5").x()).isCloseTo(10 + gap + 5, EPS); // centred in 15
        assertThat(glyph(box, "3").x()).isCloseTo(10 + gap + 15 + gap + 10, EPS); // right
        double b1 = glyph(box, "1").baseline();
        double b2 = glyph(box, "44").baseline();
        double b3 = glyph(box, "7").baseline();
        assertThat(b2 - b1).isCloseTo(b3 - b2, EPS);
        assertThat(glyph(box, "222").baseline()).isCloseTo(b1, EPS);
        // the middle row's centre, like the whole stack's, is on the axis
        assertThat((box.descent() - box.ascent()) / 2).isCloseTo(-C.axisHeight() * SIZE, EPS);
    }

    @Test
    void sumPutsLimitsUnderAndOverWhenDisplayedAndBesideInline() {
        MathNode sum = new MathNode.Nary("\u2211", row(r("k")), row(r("n")), row(r("a")), true, true);
        MathBox display = lay(true, sum);
        GlyphRun op = glyph(display, "\u2211");
        GlyphRun lower = glyph(display, "k");
        GlyphRun upper = glyph(display, "n");
        assertThat(op.size()).isCloseTo(SIZE * C.displayOperatorScale(), EPS);
        double opCentre = op.x() + op.size() / 4;
        assertThat(lower.x() + lower.size() / 4).isCloseTo(opCentre, EPS);
        assertThat(upper.x() + upper.size() / 4).isCloseTo(opCentre, EPS);
        assertThat(upper.baseline()).isLessThan(op.baseline() - 0.75 * op.size() + 1e-9);
        assertThat(lower.baseline()).isGreaterThan(op.baseline());

        MathBox inline = lay(false, sum);
        GlyphRun iop = glyph(inline, "\u2211");
        GlyphRun ilower = glyph(inline, "k");
        GlyphRun iupper = glyph(inline, "n");
        assertThat(ilower.x()).isCloseTo(iop.x() + iop.size() / 2, EPS);
        assertThat(iupper.x()).isGreaterThanOrEqualTo(iop.x() + iop.size() / 2);
        assertThat(iupper.baseline()).isLessThan(0);
        assertThat(ilower.baseline()).isGreaterThan(0);
        assertThat(inline.height()).isLessThan(display.height());
    }

    @Test
    void relationsAndBinaryOperatorsGetTheirSpaces() {
        MathBox box = lay(false, r("a=b+c"));
        // a (5) + thick space 5/18 em, = (5) + thick, b (5) + medium 4/18 em, + (5) + medium, c
        assertThat(glyph(box, "=").x()).isCloseTo(5 + 5 * SIZE / 18, EPS);
        assertThat(glyph(box, "+").x()).isCloseTo(15 + 10 * SIZE / 18 + 4 * SIZE / 18, EPS);
        assertThat(glyph(box, "c").x()).isCloseTo(20 + 10 * SIZE / 18 + 8 * SIZE / 18, EPS);
    }

    @Test
    void spansTheEquationWithItsLinearText() {
        MathBox box = lay(false, r("x"));
        assertThat(box.items().get(0)).isEqualTo(ActualText.begin("linear"));
        assertThat(box.items().get(box.items().size() - 1)).isEqualTo(ActualText.end());
    }

    @Test
    void inlineEquationSitsOnTheTextBaselineAndGrowsTheLine() {
        MathNode fraction = new MathNode.Fraction(row(r("a")), row(r("b")), MathNode.FractionType.BAR);
        LayoutEngine engine = new LayoutEngine(new FakeMetrics());
        Page flat = engine.layout(doc(para(new PP(), run("ab"), new MathZone(row(r("x")), "x", PROPS, false)),
                para("next")), LayoutProgress.NONE).pages().get(0);
        Page tall = engine.layout(doc(para(new PP(), run("ab"), new MathZone(row(new MathNode.Fraction(row(fraction),
                row(r("c")), MathNode.FractionType.BAR)), "a/b/c", PROPS, false)), para("next")), LayoutProgress.NONE)
                .pages().get(0);
        GlyphRun x = Pages.runs(flat).stream().filter(g -> g.text().equals("x")).findFirst().orElseThrow();
        GlyphRun ab = Pages.find(flat, "ab");
        assertThat(x.baseline()).isCloseTo(ab.baseline(), EPS);
        assertThat(x.x()).isCloseTo(MARGIN + 10, EPS);
        // a flat equation keeps the line's height; a tall one pushes the baseline and the next line down
        double flatNext = Pages.find(flat, "next").baseline();
        double tallNext = Pages.find(tall, "next").baseline();
        assertThat(flatNext - ab.baseline()).isCloseTo(12, EPS);
        assertThat(Pages.find(tall, "ab").baseline()).isGreaterThan(ab.baseline());
        assertThat(tallNext).isGreaterThan(flatNext);
    }

    @Test
    void aMathFontsTallLineMetricsDoNotGrowTheLineOfAFlatEquation() {
        // math fonts' line metrics cover their largest stretchy glyphs: here 3 em for the equation's family
        RunProps p = PROPS;
        RunProps mathProps = new RunProps("Math", "Math", p.fontEastAsia(), p.fontCs(), p.size(), p.bold(), p.italic(),
                p.underline(), p.strike(), p.doubleStrike(), false, false, p.verticalAlign(), p.color(),
                p.highlight(), p.spacing(), p.hidden());
        double[] table = new double[56];
        table[0] = 73;
        table[1] = 60;
        Page plain = new LayoutEngine(tallMath(null)).layout(doc(para(new PP(), run("ab"),
                new MathZone(row(r("x")), "x", mathProps, false)), para("next")), LayoutProgress.NONE).pages().get(0);
        Page math = new LayoutEngine(tallMath(table)).layout(doc(para(new PP(), run("ab"),
                new MathZone(row(r("x")), "x", mathProps, false)), para("next")), LayoutProgress.NONE).pages().get(0);
        Page text = new LayoutEngine(new FakeMetrics()).layout(doc(para(new PP(), run("abx")), para("next")),
                LayoutProgress.NONE).pages().get(0);
        double textNext = Pages.find(text, "next").baseline();
        assertThat(Pages.find(plain, "next").baseline()).as("a text font that tall grows the line")
                .isGreaterThan(textNext + 10);
        assertThat(Pages.find(math, "next").baseline()).as("a math font does not: the text sets the line")
                .isCloseTo(textNext, EPS);
    }

    @Test
    void displayEquationIsCentredByItsParagraph() {
        LayoutEngine engine = new LayoutEngine(new FakeMetrics());
        PP centred = new PP();
        centred.alignment = Alignment.CENTER;
        Page page = engine.layout(doc(para(centred, new MathZone(row(r("xy")), "xy", PROPS, true))),
                LayoutProgress.NONE).pages().get(0);
        GlyphRun xy = Pages.runs(page).get(0);
        double column = Docs.PAGE.width() - 2 * MARGIN;
        assertThat(xy.x() - MARGIN).isCloseTo((column - 10) / 2, EPS);
    }
}
