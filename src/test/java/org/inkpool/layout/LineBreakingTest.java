package org.inkpool.layout;

import org.inkpool.layout.page.Page;
import org.inkpool.model.Break;
import org.inkpool.model.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.layout.Docs.MARGIN;
import static org.inkpool.layout.Docs.PP;
import static org.inkpool.layout.Docs.doc;
import static org.inkpool.layout.Docs.para;
import static org.inkpool.layout.Docs.run;

/** Line breaking follows Word: greedy first fit, hanging spaces, kinsoku, CJK (word-layout-facts §3). */
class LineBreakingTest {

    private final LayoutEngine engine = new LayoutEngine(new FakeMetrics());

    /** A measure of {@code chars} Latin characters (5 pt each at 10 pt) via the right indent. */
    private static PP measure(int chars) {
        return new PP().indent(0, 200 - chars * 5, 0);
    }

    private List<String> lines(Document document) {
        return Pages.lines(engine.layout(document, LayoutProgress.NONE).pages().get(0));
    }

    @Test
    void fillsEachLineGreedilyEvenWhereOptimalFitWouldBalanceTheLines() {
        // Knuth–Plass would prefer "aaa bb" / "cc ddddd" (5 and 2 spare) over greedy's 1 and 5 spare
        assertThat(lines(doc(para(measure(10), "aaa bb cc ddddd")))).containsExactly("aaa bb cc", "ddddd");
    }

    @Test
    void trailingSpacesHangPastTheRightEdgeAndNeverForceABreak() {
        assertThat(lines(doc(para(measure(9), "aaaa bbbb     ")))).containsExactly("aaaa bbbb");
        assertThat(lines(doc(para(measure(4), "aaaa     bbbb")))).containsExactly("aaaa", "bbbb");
    }

    @Test
    void rightAlignedLineIgnoresItsTrailingSpaces() {
        Page page = engine.layout(doc(para(new PP().align(org.inkpool.model.style.Alignment.RIGHT), "abc   ")),
                LayoutProgress.NONE).pages().get(0);
        assertThat(Pages.end(Pages.find(page, "abc"))).isCloseTo(MARGIN + 200, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aWordWiderThanTheMeasureGetsItsOwnLineThenIsCutWithoutHyphen() {
        assertThat(lines(doc(para(measure(10), "ab cdefghijklmnopq r"))))
                .containsExactly("ab", "cdefghijkl", "mnopq r");
    }

    @Test
    void breaksAfterAHyphenButNeverAfterASlash() {
        assertThat(lines(doc(para(measure(10), "aaaa well-known")))).containsExactly("aaaa well-", "known");
        assertThat(lines(doc(para(measure(10), "aaaa and/or")))).containsExactly("aaaa", "and/or");
    }

    @Test
    void softHyphenIsInvisibleUnlessTheLineBreaksThere() {
        assertThat(lines(doc(para(measure(20), "aa hyphen\u00ADation")))).containsExactly("aa hyphenation");
        assertThat(lines(doc(para(measure(10), "aa hyphen\u00ADation")))).containsExactly("aa hyphen-", "ation");
    }

    @Test
    void anyTwoIdeographsMayBreak() {
        // CJK characters are 10 pt wide: five to a 50 pt line
        assertThat(lines(doc(para(measure(10), "一二三四五六七")))).containsExactly("一二三四五", "六七");
    }

    @Test
    void kinsokuKeepsClosingPunctuationOffTheLineStart() {
        assertThat(lines(doc(para(measure(10), "一二三四五。六")))).containsExactly("一二三四", "五。六");
        assertThat(lines(doc(para(measure(10), "一二三四五，六")))).containsExactly("一二三四", "五，六");
        assertThat(lines(doc(para(measure(10), "一二三四五,六")))).containsExactly("一二三四", "五,六");
    }

    @Test
    void kinsokuKeepsOpeningBracketsOffTheLineEnd() {
        assertThat(lines(doc(para(measure(10), "一二三四「五六」")))).containsExactly("一二三四", "「五六」");
    }

    @Test
    void mixedCjkAndLatinBreakBetweenAnIdeographAndALetter() {
        assertThat(lines(doc(para(measure(6), "中文abc def")))).containsExactly("中文", "abc", "def");
        assertThat(lines(doc(para(measure(8), "中文abc def")))).containsExactly("中文abc", "def");
    }

    @Test
    void lineBreakEndsTheLineAndATrailingOneStillMakesALine() {
        Document d = doc(para(new PP(), run("one"), new Break(Break.Kind.LINE, Docs.TEXT), run("two"),
                new Break(Break.Kind.LINE, Docs.TEXT)), para("three"));
        Page page = engine.layout(d, LayoutProgress.NONE).pages().get(0);
        assertThat(Pages.lines(page)).containsExactly("one", "two", "three");
        List<Double> baselines = Pages.baselines(page);
        assertThat(baselines.get(2) - baselines.get(1)).isCloseTo(24, org.assertj.core.data.Offset.offset(1e-6));
    }
}
