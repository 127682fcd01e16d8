package org.inkpool.layout;

import org.inkpool.layout.line.Decorations;
import org.inkpool.layout.page.FilledRect;
import org.inkpool.layout.page.GlyphRun;
import org.inkpool.layout.page.Page;
import org.inkpool.layout.page.Rule;
import org.assertj.core.data.Offset;
import org.inkpool.model.Document;
import org.inkpool.model.style.LineSpacing.LineRule;
import org.inkpool.model.Paragraph;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.style.RunProps;
import org.inkpool.model.TextRun;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.layout.Docs.MARGIN;
import static org.inkpool.layout.Docs.PP;
import static org.inkpool.layout.Docs.RP;
import static org.inkpool.layout.Docs.doc;
import static org.inkpool.layout.Docs.para;
import static org.inkpool.layout.Docs.run;

/** Line heights, line rules and paragraph spacing (word-layout-facts §2, §4). */
class LineHeightAndSpacingTest {

    private static final Offset<Double> EXACT = Offset.offset(1e-6);
    /** 10 pt text: single line 12 pt, 10 above the baseline (ascent 8 + external leading 2), 2 below. */
    private static final double FIRST_BASELINE = MARGIN + 10;

    private final FakeMetrics metrics = new FakeMetrics();
    private final LayoutEngine engine = new LayoutEngine(metrics);

    private Page first(Document document) {
        return engine.layout(document, LayoutProgress.NONE).pages().get(0);
    }

    private static PP narrow() {
        return new PP().indent(0, 180, 0); // four characters a line
    }

    @Test
    void singleLineHeightComesFromTheFontNotFromTheSize() {
        LayoutEngine tall = new LayoutEngine(new FakeMetrics().withLineFactor("Tall", 1.5));
        Page page = tall.layout(doc(para(new PP(), run("aaaa bbbb", new RP().font("Tall")))), LayoutProgress.NONE)
                .pages().get(0);
        List<Double> b = Pages.baselines(page);
        assertThat(b.get(0)).isCloseTo(MARGIN + 13, EXACT); // 15 − the 2 pt descent
        assertThat(Pages.baselines(first(doc(para(narrow(), "aaaa bbbb"))))).containsExactly(FIRST_BASELINE,
                FIRST_BASELINE + 12);
    }

    @Test
    void autoMultipleAddsTheExtraBelowTheText() {
        List<Double> b = Pages.baselines(first(doc(para(narrow().line(LineRule.AUTO, 2), "aaaa bbbb"))));
        assertThat(b).containsExactly(FIRST_BASELINE, FIRST_BASELINE + 24);
    }

    @Test
    void exactPlacesTheBaselineAtTheAscentShareOfTheBox() {
        List<Double> b = Pages.baselines(first(doc(para(narrow().line(LineRule.EXACT, 20), "aaaa bbbb"))));
        assertThat(b).containsExactly(MARGIN + 16, MARGIN + 36);
    }

    @Test
    void atLeastAddsTheShortfallAboveAndNeverShrinks() {
        List<Double> b = Pages.baselines(first(doc(para(narrow().line(LineRule.AT_LEAST, 20), "aaaa bbbb"))));
        assertThat(b).containsExactly(MARGIN + 8 + 10, MARGIN + 28 + 10);
        List<Double> small = Pages.baselines(first(doc(para(narrow().line(LineRule.AT_LEAST, 5), "aaaa bbbb"))));
        assertThat(small).containsExactly(FIRST_BASELINE, FIRST_BASELINE + 12);
    }

    @Test
    void tallestRunOnTheLineSetsItsHeight() {
        Page page = first(doc(para(new PP().indent(0, 150, 0), run("aa "), run("BB", new RP().size(20)),
                run(" cccc"))));
        List<Double> b = Pages.baselines(page);
        assertThat(b.get(0)).isCloseTo(MARGIN + 20, EXACT);
        assertThat(b.get(1) - b.get(0)).isCloseTo(4 + 10, EXACT);
    }

    @Test
    void superscriptIsSmallerRaisedAndCountsWhereItIsDrawn() {
        Page page = first(doc(para(new PP(), run("x"), run("2", new RP().superscript()), run("y"),
                run("3", new RP().subscript()))));
        GlyphRun sup = Pages.find(page, "2");
        GlyphRun sub = Pages.find(page, "3");
        assertThat(sup.size()).isCloseTo(6.5, EXACT);
        double baseline = Pages.find(page, "x").baseline();
        assertThat(baseline - sup.baseline()).isCloseTo(3.6, EXACT);
        assertThat(sub.baseline() - baseline).isCloseTo(1.6, EXACT);
        // raised 3.6 with 6.5 pt text (7.8 − 1.3 = 6.5 above its baseline): 10.1 above the line's beats 10
        assertThat(baseline).isCloseTo(MARGIN + 10.1, EXACT);
    }

    @Test
    void gapBetweenParagraphsIsTheLargerOfAfterAndBefore() {
        List<Double> b = Pages.baselines(first(doc(para(new PP().space(0, 10), "one"),
                para(new PP().space(6, 0), "two"), para(new PP().space(15, 0), "three"))));
        assertThat(b).containsExactly(FIRST_BASELINE, FIRST_BASELINE + 22, FIRST_BASELINE + 22 + 27);
    }

    @Test
    void spaceBeforeIsKeptAtTheTopOfTheDocument() {
        assertThat(Pages.baselines(first(doc(para(new PP().space(20, 0), "one"))))).containsExactly(
                FIRST_BASELINE + 20);
    }

    @Test
    void contextualSpacingRemovesTheGapBetweenParagraphsOfTheSameStyle() {
        List<Double> b = Pages.baselines(first(doc(para(new PP().contextual("List").space(10, 10), "one"),
                para(new PP().contextual("List").space(10, 10), "two"),
                para(new PP().style("Body").space(10, 10), "three"))));
        // the first paragraph keeps its space before at the top of the document
        assertThat(b).containsExactly(FIRST_BASELINE + 10, FIRST_BASELINE + 22, FIRST_BASELINE + 44);
    }

    @Test
    void autoSpacingIsFourteenPointsDroppedAtTheBodyTop() {
        List<Double> b = Pages.baselines(first(doc(para(new PP().auto(true, true), "one"),
                para(new PP().auto(true, true), "two"))));
        assertThat(b).containsExactly(FIRST_BASELINE, FIRST_BASELINE + 12 + 14);
    }

    @Test
    void emptyParagraphIsOneLineOfTheMarkFont() {
        RunProps bigMark = RunProps.DEFAULT.withSize(20);
        Paragraph empty = new Paragraph(new PP().build(), List.of(), null, bigMark);
        List<Double> b = Pages.baselines(first(doc(para("one"), empty, para("two"))));
        assertThat(b).containsExactly(FIRST_BASELINE, FIRST_BASELINE + 12 + 24);
    }

    @Test
    void hiddenTextTakesNoSpaceAndDrawsNothing() {
        Page page = first(doc(para(new PP(), run("secret", new RP().hidden()), run("shown"))));
        assertThat(Pages.lines(page)).containsExactly("shown");
        assertThat(Pages.find(page, "shown").x()).isCloseTo(MARGIN, EXACT);
    }

    @Test
    void capsAndSmallCaps() {
        Page page = first(doc(para(new PP(), run("ab", new RP().caps()), run(" "), run("Cd", new RP().smallCaps()))));
        assertThat(Pages.find(page, "AB").size()).isCloseTo(10, EXACT);
        assertThat(Pages.find(page, "C").size()).isCloseTo(10, EXACT);
        // lowercase drawn as capitals two points smaller (ECMA-376 §17.3.2.33)
        assertThat(Pages.find(page, "D").size()).isCloseTo(8, EXACT);
    }

    @Test
    void characterSpacingFollowsEveryCharacter() {
        Page page = first(doc(para(new PP(), run("abc", new RP().spacing(2)), run("d"))));
        assertThat(Pages.find(page, "abc").charSpacing()).isCloseTo(2, EXACT);
        assertThat(Pages.find(page, "d").x()).isCloseTo(MARGIN + 21, EXACT);
    }

    @Test
    void groupsCharactersOfOneFaceAndSplitsAtFaceChanges() {
        Page page = first(doc(para(new PP(), run("ab 中文 cd"))));
        assertThat(Pages.runs(page)).extracting(GlyphRun::text).containsExactly("ab", "中文", "cd");
        assertThat(Pages.find(page, "中文").face().name()).isEqualTo(FakeMetrics.CJK_FACE);
    }

    @Test
    void underlineStrikeAndHighlightAreDrawnInTheRunColour() {
        Rgb red = new Rgb(0xFF0000);
        Rgb yellow = new Rgb(0xFFFF00);
        Page page = first(doc(para(new PP(),
                run("under", new RP().underline(RunProps.Underline.SINGLE).color(red)),
                run(" "),
                run("gone", new RP().strike()),
                run(" "),
                run("mark", new RP().highlight(yellow)))));
        List<Rule> rules = Pages.items(page, Rule.class);
        assertThat(rules).hasSize(2);
        Rule under = rules.get(0);
        assertThat(under.color()).isEqualTo(red);
        assertThat(under.x1()).isCloseTo(MARGIN, EXACT);
        assertThat(under.x2()).isCloseTo(MARGIN + 25, EXACT);
        assertThat(under.y1()).isGreaterThan(FIRST_BASELINE);
        assertThat(under.thickness()).isCloseTo(10 / 18.0, EXACT);
        Rule strike = rules.get(1);
        assertThat(strike.y1()).isLessThan(FIRST_BASELINE);
        assertThat(strike.color()).isEqualTo(Rgb.BLACK);
        FilledRect highlight = Pages.items(page, FilledRect.class).get(0);
        assertThat(highlight.color()).isEqualTo(yellow);
        assertThat(highlight.x()).isCloseTo(MARGIN + 55, EXACT);
        assertThat(highlight.width()).isCloseTo(20, EXACT);
        assertThat(highlight.y()).isCloseTo(MARGIN, EXACT);
        assertThat(highlight.height()).isCloseTo(12, EXACT);
        // painting order: the highlight lies behind the glyphs
        assertThat(page.items().indexOf(highlight)).isLessThan(page.items().indexOf(Pages.find(page, "mark")));
    }

    @Test
    void underlineWordsSkipsSpacesAndDoubleDrawsTwoRules() {
        Page words = first(doc(para(new PP(), run("ab cd", new RP().underline(RunProps.Underline.WORDS)))));
        assertThat(Pages.items(words, Rule.class)).hasSize(2);
        Page twice = first(doc(para(new PP(), run("ab cd", new RP().underline(RunProps.Underline.DOUBLE)))));
        assertThat(Pages.items(twice, Rule.class)).hasSize(2)
                .allSatisfy(r -> assertThat(r.x2() - r.x1()).isCloseTo(25, EXACT));
    }

    @Test
    void paragraphShadingFillsBehindItsLines() {
        Rgb grey = new Rgb(0xDDDDDD);
        Page page = first(doc(para(narrow().shading(grey), "aaaa bbbb")));
        FilledRect rect = Pages.items(page, FilledRect.class).get(0);
        assertThat(page.items().get(0)).isEqualTo(rect);
        assertThat(rect.y()).isCloseTo(MARGIN, EXACT);
        assertThat(rect.height()).isCloseTo(24, EXACT);
        assertThat(rect.width()).isCloseTo(20, EXACT);
    }

    @Test
    void facesAreLookedUpOncePerFamilyStyleAndCharacter() {
        engine.layout(doc(para("abababababab abababab"), para("ab ab")), LayoutProgress.NONE);
        assertThat(metrics.calls).isLessThanOrEqualTo(4);
    }


    @Test
    void underlineStylesAndDoubleStrike() {
        Page page = first(doc(para(new PP(),
                run("a", new RP().underline(RunProps.Underline.DOTTED)),
                run("b", new RP().underline(RunProps.Underline.WAVY)),
                run("c", new RP().underline(RunProps.Underline.THICK)),
                run("d", new RP().doubleStrike()))));
        List<Rule> rules = Pages.items(page, Rule.class);
        assertThat(rules).extracting(Rule::style).containsExactly(Rule.Style.DOTTED, Rule.Style.DASHED,
                Rule.Style.SOLID, Rule.Style.SOLID, Rule.Style.SOLID);
        assertThat(rules.get(2).thickness()).isCloseTo(20 / 18.0, EXACT);
        assertThat(rules.get(3).y1()).isLessThan(rules.get(4).y1());
        assertThat(rules.get(3).x1()).isCloseTo(MARGIN + 15, EXACT);
    }

    @Test
    void paragraphWhoseTextAndMarkAreHiddenTakesNoLine() {
        RunProps hidden = new RP().hidden().build();
        Paragraph vanished = new Paragraph(new PP().space(20, 20).build(), List.of(new TextRun("x", hidden)), null,
                hidden);
        assertThat(Pages.baselines(first(doc(para("one"), vanished, para("two")))))
                .containsExactly(FIRST_BASELINE, FIRST_BASELINE + 12);
    }

    @Test
    void aTallerLabelRaisesTheFirstLineByItsExtraAscentOnly() {
        PP props = new PP().indent(36, 0, -18).line(LineRule.AUTO, 2);
        props.label = new org.inkpool.model.style.ListLabel("•", new RP().size(20).build(),
                org.inkpool.model.style.ListLabel.Suffix.TAB, org.inkpool.model.style.Alignment.LEFT);
        Page page = first(doc(para(props, "text"), para("next")));
        // text line 12 doubled to 24, then raised by 20 − 10 = 10 unmultiplied
        double baseline = Pages.find(page, "text").baseline();
        assertThat(baseline).isCloseTo(MARGIN + 10 + 10, EXACT);
        assertThat(Pages.find(page, "next").baseline()).isCloseTo(MARGIN + 24 + 10 + 10, EXACT);
    }

    @Test
    void strikeThroughCrossesRaisedTextWhereItIsDrawn() {
        Page page = first(doc(para(new PP(), run("x"), run("2", new RP().superscript().strike()))));
        Rule strike = Pages.items(page, Rule.class).get(0);
        GlyphRun raised = Pages.find(page, "2");
        assertThat(strike.y1()).isCloseTo(raised.baseline() - 6.5 * Decorations.STRIKE_RAISE, EXACT);
    }
}
