package org.inkpool.layout;

import org.inkpool.layout.page.GlyphRun;
import org.inkpool.layout.page.Page;
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

/**
 * Right-to-left text: lines broken in logical order, then reordered visually (UAX #9), right-to-left
 * paragraphs mirrored (start = right edge). FakeMetrics: every character 5 pt wide at 10 pt; the
 * body spans x = 50…250. Hebrew letters keep the expectations free of shaping.
 */
class BidiLayoutTest {

    private static final Offset<Double> EXACT = Offset.offset(1e-6);
    private static final double RIGHT = MARGIN + 200;
    private final LayoutEngine engine = new LayoutEngine(new FakeMetrics());

    private Page first(Document document) {
        return engine.layout(document, LayoutProgress.NONE).pages().get(0);
    }

    @Test
    void hebrewInsideALeftToRightLineIsReversedInPlace() {
        Page page = first(doc(para("abc אבג def")));
        assertThat(Pages.lines(page)).containsExactly("abc גבא def");
        assertThat(Pages.runs(page).get(0).x()).isCloseTo(MARGIN, EXACT);
    }

    @Test
    void rightToLeftParagraphStartsAtTheRightEdgeWithItsWordsReversed() {
        Page page = first(doc(para(new PP().rtl(), "אבג דהו")));
        assertThat(Pages.lines(page)).containsExactly("והד גבא");
        GlyphRun line = Pages.runs(page).get(0);
        assertThat(Pages.end(line)).isCloseTo(RIGHT, EXACT);
    }

    @Test
    void numbersAndLatinKeepTheirOrderInsideRightToLeftText() {
        Page page = first(doc(para(new PP().rtl(), "אבג 123 דהו abc")));
        assertThat(Pages.lines(page)).containsExactly("abc והד 123 גבא");
    }

    @Test
    void bracketsAreMirroredInRightToLeftRuns() {
        assertThat(Pages.lines(first(doc(para(new PP().rtl(), "א(ב)"))))).containsExactly("(ב)א");
        // in a left-to-right paragraph, brackets around Latin text stay as they are
        assertThat(Pages.lines(first(doc(para("a (b) אב"))))).containsExactly("a (b) בא");
    }

    @Test
    void alignmentIsMirrored() {
        GlyphRun end = Pages.runs(first(doc(para(new PP().rtl().align(Alignment.RIGHT), "אב")))).get(0);
        assertThat(end.x()).as("right = end = the left edge").isCloseTo(MARGIN, EXACT);
        GlyphRun centre = Pages.runs(first(doc(para(new PP().rtl().align(Alignment.CENTER), "אב")))).get(0);
        assertThat(centre.x()).isCloseTo(MARGIN + 95, EXACT);
    }

    @Test
    void indentsAreMirrored() {
        GlyphRun start = Pages.runs(first(doc(para(new PP().rtl().indent(20, 30, 0), "אב")))).get(0);
        assertThat(Pages.end(start)).as("left indent = start = from the right").isCloseTo(RIGHT - 20, EXACT);
        GlyphRun end = Pages.runs(first(doc(para(new PP().rtl().indent(20, 30, 0).align(Alignment.RIGHT),
                "אב")))).get(0);
        assertThat(end.x()).isCloseTo(MARGIN + 30, EXACT);
        GlyphRun first = Pages.runs(first(doc(para(new PP().rtl().indent(0, 0, 10), "אב")))).get(0);
        assertThat(Pages.end(first)).isCloseTo(RIGHT - 10, EXACT);
    }

    @Test
    void justifiedRightToLeftLinesStretchFromTheRight() {
        // measure 50 pt (x 200…250): "אא בב גג" fills the first line and is stretched over it
        Page page = first(doc(para(new PP().rtl().align(Alignment.JUSTIFY).indent(0, 150, 0),
                "אא בב גג דד הה")));
        List<GlyphRun> runs = Pages.runs(page);
        assertThat(runs).extracting(GlyphRun::text).containsExactlyInAnyOrder("אא", "בב", "גג", "הה דד");
        assertThat(Pages.end(Pages.find(page, "אא"))).isCloseTo(RIGHT, EXACT);
        assertThat(Pages.find(page, "גג").x()).isCloseTo(RIGHT - 50, EXACT);
        assertThat(Pages.end(Pages.find(page, "הה דד"))).as("the last line is not stretched").isCloseTo(RIGHT, EXACT);
    }

    @Test
    void tabStopsAreMeasuredFromTheRightEdge() {
        Page page = first(doc(para(new PP().rtl().tab(100, TabAlignment.LEFT, TabLeader.NONE),
                run("א"), new Tab(TEXT), run("ב"))));
        assertThat(Pages.find(page, "א").x()).isCloseTo(RIGHT - 5, EXACT);
        assertThat(Pages.end(Pages.find(page, "ב"))).isCloseTo(RIGHT - 100, EXACT);
    }

    @Test
    void listLabelSitsAtTheRightAndItsNumberReadsRightToLeft() {
        Page page = first(doc(para(new PP().rtl().indent(36, 0, -18).label("1.", ListLabel.Suffix.TAB), "אב")));
        assertThat(Pages.end(Pages.find(page, ".1"))).isCloseTo(RIGHT - 18, EXACT);
        assertThat(Pages.end(Pages.find(page, "בא"))).isCloseTo(RIGHT - 36, EXACT);
    }

    @Test
    void linesBreakInLogicalOrderBeforeEachIsReordered() {
        // 40 characters per line: the first line holds the first eight words, the words after follow it
        String words = "אבגד ".repeat(8) + "הוזח טיכל";
        List<String> lines = Pages.lines(first(doc(para(new PP().rtl(), words))));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(("דגבא ".repeat(8)).trim());
        assertThat(lines.get(1)).isEqualTo("לכיט חזוה");
    }

    @Test
    void arabicIsShapedThenReordered() {
        Page page = first(doc(para(new PP().rtl(), "سلام")));
        // meem isolated, lam-alef final ligature, seen initial — drawn left to right
        assertThat(Pages.lines(page)).containsExactly("\uFEE1\uFEFC\uFEB3");
    }

    @Test
    void aRightToLeftMarkIsDrawnJustBeforeItsLetterAtTheLetterPosition() {
        // אֵב: the tsere belongs to the alef. Drawn left to right: bet, then the mark (no advance) at the
        // alef's origin, then the alef; read back right to left, that is alef, tsere, bet
        Page page = first(doc(para(new PP().rtl(), "א\u05B5ב")));
        List<GlyphRun> runs = Pages.runs(page);
        assertThat(runs).extracting(GlyphRun::text).containsExactly("ב\u05B5א");
        assertThat(runs.get(0).x()).isCloseTo(RIGHT - 10, EXACT);
    }
}
