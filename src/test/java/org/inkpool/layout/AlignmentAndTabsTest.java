package org.inkpool.layout;

import org.inkpool.layout.page.GlyphRun;
import org.inkpool.layout.page.Page;
import org.inkpool.layout.page.Rule;
import org.assertj.core.data.Offset;
import org.inkpool.model.style.Alignment;
import org.inkpool.model.Document;
import org.inkpool.model.style.ListLabel;
import org.inkpool.model.Tab;
import org.inkpool.model.style.TabStop.TabAlignment;
import org.inkpool.model.style.TabStop.TabLeader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.layout.Docs.MARGIN;
import static org.inkpool.layout.Docs.PP;
import static org.inkpool.layout.Docs.TEXT;
import static org.inkpool.layout.Docs.doc;
import static org.inkpool.layout.Docs.para;
import static org.inkpool.layout.Docs.run;

/** Alignment, indents, list labels and tab stops (word-layout-facts §3, §5). */
class AlignmentAndTabsTest {

    private static final Offset<Double> EXACT = Offset.offset(1e-6);
    private final LayoutEngine engine = new LayoutEngine(new FakeMetrics());

    private Page first(Document document) {
        return engine.layout(document, LayoutProgress.NONE).pages().get(0);
    }

    private static Tab tab() {
        return new Tab(TEXT);
    }

    @Test
    void centersAndRightAligns() {
        assertThat(Pages.find(first(doc(para(new PP().align(Alignment.CENTER), "abc"))), "abc").x())
                .isCloseTo(MARGIN + (200 - 15) / 2.0, EXACT);
        assertThat(Pages.find(first(doc(para(new PP().align(Alignment.RIGHT), "abc"))), "abc").x())
                .isCloseTo(MARGIN + 185, EXACT);
    }

    @Test
    void justifyStretchesInnerSpacesWordByWordButNotTheLastLine() {
        // measure 50 pt: "aa bb cc" (40 pt) then "dd"; 10 pt spread over two spaces
        Page page = first(doc(para(new PP().align(Alignment.JUSTIFY).indent(0, 150, 0), "aa bb cc dd ee")));
        List<GlyphRun> runs = Pages.runs(page);
        assertThat(runs).extracting(GlyphRun::text).containsExactly("aa", "bb", "cc", "dd ee");
        assertThat(runs.get(0).x()).isCloseTo(MARGIN, EXACT);
        assertThat(runs.get(1).x()).isCloseTo(MARGIN + 10 + 5 + 5, EXACT);
        assertThat(Pages.end(runs.get(2))).isCloseTo(MARGIN + 50, EXACT);
        assertThat(runs.get(3).x()).isCloseTo(MARGIN, EXACT); // last line: left-aligned, one run
    }

    @Test
    void justifiedLineEndingInALineBreakIsStretchedToo() {
        Page page = first(doc(para(new PP().align(Alignment.JUSTIFY), run("aa bb"),
                new org.inkpool.model.Break(org.inkpool.model.Break.Kind.LINE, TEXT), run("cc dd"))));
        assertThat(Pages.end(Pages.find(page, "bb"))).isCloseTo(MARGIN + 200, EXACT);
        assertThat(Pages.find(page, "cc dd").x()).isCloseTo(MARGIN, EXACT);
    }

    @Test
    void distributeSpreadsEveryCharacterGapIncludingTheLastLine() {
        Page page = first(doc(para(new PP().align(Alignment.DISTRIBUTE).indent(0, 150, 0), "abcde")));
        GlyphRun run = Pages.find(page, "abcde");
        assertThat(run.x()).isCloseTo(MARGIN, EXACT);
        assertThat(run.charSpacing()).isCloseTo(25.0 / 4, EXACT);
    }

    @Test
    void firstLineIndentAppliesToTheFirstLineOnly() {
        Page page = first(doc(para(new PP().indent(20, 0, 15).indent(20, 150, 15), "aaaa bbbb")));
        List<GlyphRun> runs = Pages.runs(page);
        assertThat(runs.get(0).x()).isCloseTo(MARGIN + 35, EXACT);
        assertThat(runs.get(1).x()).isCloseTo(MARGIN + 20, EXACT);
    }

    @Test
    void hangingLabelSitsAtLeftMinusHangingAndItsTabGoesToTheIndent() {
        PP props = new PP().indent(36, 130, -18).label("1.", ListLabel.Suffix.TAB);
        Page page = first(doc(para(props, "aaaa bbbb cccc")));
        assertThat(Pages.find(page, "1.").x()).isCloseTo(MARGIN + 18, EXACT);
        assertThat(Pages.find(page, "aaaa").x()).isCloseTo(MARGIN + 36, EXACT);
        assertThat(Pages.find(page, "cccc").x()).isCloseTo(MARGIN + 36, EXACT);
        assertThat(Pages.lines(page)).containsExactly("1. aaaa", "bbbb", "cccc");
    }

    @Test
    void labelWiderThanTheHangingGoesToTheNextDefaultStop() {
        PP props = new PP().indent(36, 0, -18).label("10.1.1.", ListLabel.Suffix.TAB);
        Page page = first(doc(para(props, "text")));
        // label 18..53 passes the hanging stop at 36: next default stop 72
        assertThat(Pages.find(page, "text").x()).isCloseTo(MARGIN + 72, EXACT);
    }

    @Test
    void labelWithSpaceOrNothingSuffix() {
        Page spaced = first(doc(para(new PP().indent(36, 0, -18).label("a)", ListLabel.Suffix.SPACE), "x")));
        assertThat(Pages.lines(spaced)).containsExactly("a) x");
        Page nothing = first(doc(para(new PP().indent(36, 0, -18).label("a)", ListLabel.Suffix.NOTHING), "x")));
        assertThat(Pages.find(nothing, "a)x").x()).isCloseTo(MARGIN + 18, EXACT);
    }

    @Test
    void customLeftRightCenterAndDecimalStops() {
        assertThat(Pages.find(first(doc(para(new PP().tab(100, TabAlignment.LEFT, TabLeader.NONE),
                run("a"), tab(), run("b")))), "b").x()).isCloseTo(MARGIN + 100, EXACT);
        assertThat(Pages.end(Pages.find(first(doc(para(new PP().tab(150, TabAlignment.RIGHT, TabLeader.NONE),
                run("a"), tab(), run("bbb")))), "bbb"))).isCloseTo(MARGIN + 150, EXACT);
        assertThat(Pages.find(first(doc(para(new PP().tab(100, TabAlignment.CENTER, TabLeader.NONE),
                run("a"), tab(), run("bbbb")))), "bbbb").x()).isCloseTo(MARGIN + 90, EXACT);
        assertThat(Pages.find(first(doc(para(new PP().tab(100, TabAlignment.DECIMAL, TabLeader.NONE),
                run("a"), tab(), run("12.34")))), "12.34").x()).isCloseTo(MARGIN + 90, EXACT);
    }

    @Test
    void rightStopBeyondTheRightIndentIsClampedToIt() {
        Page page = first(doc(para(new PP().indent(0, 50, 0).tab(190, TabAlignment.RIGHT, TabLeader.NONE),
                run("a"), tab(), run("bb"))));
        assertThat(Pages.end(Pages.find(page, "bb"))).isCloseTo(MARGIN + 150, EXACT);
    }

    @Test
    void dotLeaderFillsTheTabOnAGridAnchoredAtTheMargin() {
        Page page = first(doc(para(new PP().tab(150, TabAlignment.RIGHT, TabLeader.DOT),
                run("Intro"), tab(), run("7"))));
        GlyphRun dots = Pages.runs(page).stream().filter(r -> r.text().startsWith("..")).findFirst().orElseThrow();
        // "Intro" ends at 25; "7" starts at 145: dots in cells 5..28 (x = 25 .. 145)
        assertThat(dots.x()).isCloseTo(MARGIN + 25, EXACT);
        assertThat(dots.text()).hasSize(24);
        assertThat(Pages.find(page, "7").x()).isCloseTo(MARGIN + 145, EXACT);
    }

    @Test
    void defaultStopsEveryIntervalFromTheMarginAndAStopAtTheCurrentXIsSkipped() {
        assertThat(Pages.find(first(doc(para(new PP(), run("ab"), tab(), run("c")))), "c").x())
                .isCloseTo(MARGIN + 36, EXACT);
        // eight characters end exactly on the 40 pt stop: the tab goes to the next one
        assertThat(Pages.find(first(doc(para(new PP().defaultTab(40), run("xyzxyzxy"), tab(), run("c")))), "c")
                .x()).isCloseTo(MARGIN + 80, EXACT);
        // default stops resume after the last custom stop
        assertThat(Pages.find(first(doc(para(new PP().tab(50, TabAlignment.LEFT, TabLeader.NONE),
                run("a"), tab(), run("b"), tab(), run("c")))), "c").x()).isCloseTo(MARGIN + 72, EXACT);
    }

    @Test
    void justifiedLineWithTabsStretchesOnlyTheTextAfterTheLastTab() {
        PP props = new PP().align(Alignment.JUSTIFY).indent(0, 100, 0);
        Page page = first(doc(para(props, run("aa bb"), tab(), run("cc dd ee ff gg hh"))));
        assertThat(Pages.find(page, "aa").x()).isCloseTo(MARGIN, EXACT); // before the tab: untouched
        assertThat(Pages.find(page, "bb").x()).isCloseTo(MARGIN + 15, EXACT);
        assertThat(Pages.find(page, "cc").x()).isCloseTo(MARGIN + 36, EXACT);
        assertThat(Pages.end(Pages.find(page, "ff"))).isCloseTo(MARGIN + 100, EXACT);
        assertThat(Pages.find(page, "dd").x()).isCloseTo(MARGIN + 36 + 10 + 5 + 3, EXACT);
    }

    @Test
    void leftTabThatCanReachNoStopInTheColumnMovesToTheNextLine() {
        // the next default stop after x = 185 is 216, past the 200 pt column
        Page page = first(doc(para(new PP(), run("a".repeat(37)), tab(), run("b"))));
        assertThat(Pages.lines(page)).containsExactly("a".repeat(37), "b");
        assertThat(Pages.find(page, "b").x()).isCloseTo(MARGIN + 36, EXACT); // re-measured from the line start
    }

    @Test
    void leftStopInsideTheRightIndentIsReachedAndTheLineRunsIntoTheIndent() {
        Page page = first(doc(para(new PP().indent(0, 150, 0), run("aaaaaaaa"), tab(), run("b"))));
        assertThat(Pages.lines(page)).containsExactly("aaaaaaaa b");
        assertThat(Pages.find(page, "b").x()).isCloseTo(MARGIN + 72, EXACT);
    }

    @Test
    void tabWithALeaderOrNothingAfterItStaysAndFillsToTheColumnEnd() {
        Page dots = first(doc(para(new PP().tab(250, TabAlignment.LEFT, TabLeader.DOT), run("a".repeat(10)),
                tab(), run("9"))));
        // the dots fill the grid cells from x = 50 to the column's end at 200; the "9" wraps
        assertThat(Pages.lines(dots)).containsExactly("aaaaaaaaaa" + ".".repeat(30), "9");
        assertThat(Pages.lines(first(doc(para(new PP(), run("a".repeat(37)), tab()))))).hasSize(1);
    }

    @Test
    void rightAlignedLabelEndsAtItsPosition() {
        PP props = new PP().indent(36, 0, -18);
        props.label = new ListLabel("iv.", TEXT, ListLabel.Suffix.TAB, Alignment.RIGHT);
        Page page = first(doc(para(props, "text")));
        assertThat(Pages.end(Pages.find(page, "iv."))).isCloseTo(MARGIN + 18, EXACT);
        assertThat(Pages.find(page, "text").x()).isCloseTo(MARGIN + 36, EXACT);
    }

    @Test
    void leadersDrawTheirOwnCharacters() {
        for (var leader : List.of(TabLeader.HYPHEN, TabLeader.UNDERSCORE, TabLeader.MIDDLE_DOT)) {
            Page page = first(doc(para(new PP().tab(100, TabAlignment.LEFT, leader), run("a"), tab(), run("b"))));
            String expected = switch (leader) {
                case HYPHEN -> "-";
                case UNDERSCORE -> "_";
                default -> "\u00B7";
            };
            GlyphRun fill = Pages.runs(page).stream().filter(r -> r.text().startsWith(expected)).findFirst()
                    .orElseThrow();
            assertThat(fill.text()).isEqualTo(expected.repeat(19)); // cells 1..19 between x = 5 and 100
        }
    }

    @Test
    void barTabIsNoStopButDrawsAVerticalLineThroughEachLine() {
        Page page = first(doc(para(new PP().tab(20, TabAlignment.BAR, TabLeader.NONE).indent(0, 100, 0),
                run("a"), tab(), run("bbbb cccc dddd"))));
        assertThat(Pages.find(page, "bbbb").x()).isCloseTo(MARGIN + 36, EXACT);
        assertThat(Pages.lines(page)).containsExactly("a bbbb cccc", "dddd");
        List<Rule> bars = Pages.items(page, Rule.class);
        assertThat(bars).hasSize(2).allSatisfy(r -> {
            assertThat(r.x1()).isCloseTo(MARGIN + 20, EXACT);
            assertThat(r.y2() - r.y1()).isCloseTo(12, EXACT);
        });
    }

    @Test
    void justifiedCjkLineSpreadsBetweenIdeographsButALoneLatinWordIsNotLetterSpaced() {
        Page cjk = first(doc(para(new PP().align(Alignment.JUSTIFY).indent(0, 145, 0), "一二三四五六")));
        GlyphRun firstLine = Pages.find(cjk, "一二三四五");
        assertThat(firstLine.charSpacing()).isCloseTo(5.0 / 4, EXACT);
        Page latin = first(doc(para(new PP().align(Alignment.JUSTIFY), run("word"),
                new org.inkpool.model.Break(org.inkpool.model.Break.Kind.LINE, TEXT), run("next"))));
        assertThat(Pages.find(latin, "word").charSpacing()).isZero();
    }
}
