package org.inkpool.layout;

import org.inkpool.layout.page.GlyphRun;
import org.inkpool.layout.page.LaidOutDocument;
import org.inkpool.layout.page.Page;
import org.assertj.core.data.Offset;
import org.inkpool.model.Block;
import org.inkpool.model.Break;
import org.inkpool.model.Document;
import org.inkpool.model.section.PageSetup;
import org.inkpool.model.Paragraph;
import org.inkpool.model.section.SectionStart;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.layout.Docs.MARGIN;
import static org.inkpool.layout.Docs.PAGE;
import static org.inkpool.layout.Docs.PP;
import static org.inkpool.layout.Docs.TEXT;
import static org.inkpool.layout.Docs.doc;
import static org.inkpool.layout.Docs.fillerLines;
import static org.inkpool.layout.Docs.para;
import static org.inkpool.layout.Docs.run;
import static org.inkpool.layout.Docs.section;

/** Pagination: breaks, keeps, widows and orphans, sections (word-layout-facts §4, §6). A page holds 25 lines. */
class PaginationTest {

    private static final Offset<Double> EXACT = Offset.offset(1e-6);
    private static final double FIRST_BASELINE = MARGIN + 10;

    private final LayoutEngine engine = new LayoutEngine(new FakeMetrics());

    private LaidOutDocument layout(Document document) {
        return engine.layout(document, LayoutProgress.NONE);
    }

    private static Document docOf(List<Block> blocks) {
        return doc(blocks.toArray(Block[]::new));
    }

    /** A paragraph of {@code n} lines "name1".."nameN" (four characters wide measure). */
    private static Paragraph lines(String name, int n, PP props) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            text.append(name).append(i).append(' ');
        }
        return para(props.indent(0, 200 - 5 * (name.length() + String.valueOf(n).length()), 0), text.toString());
    }

    private static List<String> pageLines(LaidOutDocument laidOut, int page) {
        return Pages.lines(laidOut.pages().get(page));
    }

    @Test
    void emptyDocumentStillHasOnePage() {
        LaidOutDocument laidOut = engine.layout(new Document(org.inkpool.model.DocumentInfo.EMPTY, List.of(),
                List.of()), LayoutProgress.NONE);
        assertThat(laidOut.pages()).hasSize(1);
        assertThat(layout(doc(new org.inkpool.model.Block[0])).pages()).hasSize(1);
    }

    @Test
    void textFlowsOntoTheNextPageWhenThePageIsFull() {
        LaidOutDocument laidOut = layout(docOf(fillerLines(30)));
        assertThat(laidOut.pages()).hasSize(2);
        assertThat(pageLines(laidOut, 0)).hasSize(25);
        assertThat(pageLines(laidOut, 1)).startsWith("filler 25");
        assertThat(Pages.baselines(laidOut.pages().get(1)).get(0)).isCloseTo(FIRST_BASELINE, EXACT);
    }

    @Test
    void spaceBeforeIsDiscardedAtTheTopOfANewPage() {
        List<Block> blocks = fillerLines(25);
        blocks.add(para(new PP().space(30, 0), "next"));
        LaidOutDocument laidOut = layout(docOf(blocks));
        assertThat(Pages.find(laidOut.pages().get(1), "next").baseline()).isCloseTo(FIRST_BASELINE, EXACT);
    }

    @Test
    void pageBreakSplitsTheParagraphAtTheBreakWithoutRepeatingTheFirstLineIndent() {
        Paragraph p = para(new PP().indent(10, 0, 20), run("before"), new Break(Break.Kind.PAGE, TEXT),
                run("after"));
        LaidOutDocument laidOut = layout(doc(p));
        assertThat(laidOut.pages()).hasSize(2);
        assertThat(Pages.find(laidOut.pages().get(0), "before").x()).isCloseTo(MARGIN + 30, EXACT);
        GlyphRun after = Pages.find(laidOut.pages().get(1), "after");
        assertThat(after.x()).isCloseTo(MARGIN + 10, EXACT);
        assertThat(after.baseline()).isCloseTo(FIRST_BASELINE, EXACT);
    }

    @Test
    void breakOnlyParagraphLeavesNoEmptyLineOnTheNewPage() {
        Paragraph breakOnly = para(new PP(), new Break(Break.Kind.PAGE, TEXT));
        LaidOutDocument laidOut = layout(doc(para("one"), breakOnly, para(new PP().space(20, 0), "two")));
        assertThat(laidOut.pages()).hasSize(2);
        // and the space before is dropped after a hard break (Word 2013+)
        assertThat(Pages.find(laidOut.pages().get(1), "two").baseline()).isCloseTo(FIRST_BASELINE, EXACT);
    }

    @Test
    void twoBreaksMakeAnEmptyPageAndATrailingBreakCostsAPage() {
        Paragraph twoBreaks = para(new PP(), run("a"), new Break(Break.Kind.PAGE, TEXT),
                new Break(Break.Kind.PAGE, TEXT), run("b"));
        assertThat(layout(doc(twoBreaks)).pages()).hasSize(3);
        assertThat(layout(doc(para(new PP(), run("a"), new Break(Break.Kind.PAGE, TEXT)))).pages()).hasSize(2);
    }

    @Test
    void columnBreakActsAsAPageBreakWhileColumnsAreNotLaidOut() {
        assertThat(layout(doc(para(new PP(), run("a"), new Break(Break.Kind.COLUMN, TEXT), run("b")))).pages())
                .hasSize(2);
    }

    @Test
    void pageBreakBeforeStartsTheParagraphOnANewPageKeepingItsSpaceBefore() {
        LaidOutDocument laidOut = layout(doc(para("one"), para(new PP().pageBreakBefore().space(18, 0), "two")));
        assertThat(laidOut.pages()).hasSize(2);
        assertThat(pageLines(laidOut, 1)).containsExactly("two");
        assertThat(Pages.find(laidOut.pages().get(1), "two").baseline()).isCloseTo(FIRST_BASELINE + 18, EXACT);
        // at the very top of the document it costs nothing
        assertThat(layout(doc(para(new PP().pageBreakBefore(), "one"))).pages()).hasSize(1);
    }

    @Test
    void orphanControlMovesALoneFirstLineToTheNextPage() {
        List<Block> blocks = fillerLines(24);
        blocks.add(lines("p", 3, new PP()));
        LaidOutDocument laidOut = layout(docOf(blocks));
        assertThat(pageLines(laidOut, 0)).hasSize(24);
        assertThat(pageLines(laidOut, 1)).containsExactly("p1", "p2", "p3");
    }

    @Test
    void widowControlCarriesTwoLinesToTheNextPage() {
        List<Block> blocks = fillerLines(22);
        blocks.add(lines("p", 4, new PP()));
        LaidOutDocument laidOut = layout(docOf(blocks));
        assertThat(pageLines(laidOut, 0)).endsWith("p1", "p2");
        assertThat(pageLines(laidOut, 1)).containsExactly("p3", "p4");
    }

    @Test
    void withoutWidowControlThePageIsFilled() {
        List<Block> blocks = fillerLines(22);
        blocks.add(lines("p", 4, new PP().noWidowControl()));
        LaidOutDocument laidOut = layout(docOf(blocks));
        assertThat(pageLines(laidOut, 0)).endsWith("p1", "p2", "p3");
        assertThat(pageLines(laidOut, 1)).containsExactly("p4");
    }

    @Test
    void keepNextChainThatFitsMovesTogether() {
        List<Block> blocks = fillerLines(23);
        blocks.add(para(new PP().keepNext(), "Heading"));
        blocks.add(lines("p", 5, new PP()));
        LaidOutDocument laidOut = layout(docOf(blocks));
        assertThat(pageLines(laidOut, 0)).hasSize(23);
        assertThat(pageLines(laidOut, 1)).startsWith("Heading", "p1", "p2");
    }

    @Test
    void keepNextIsHonouredOnlyWhenThePairDoesNotFit() {
        List<Block> blocks = fillerLines(20);
        blocks.add(para(new PP().keepNext(), "Heading"));
        blocks.add(lines("p", 5, new PP()));
        LaidOutDocument laidOut = layout(docOf(blocks));
        assertThat(pageLines(laidOut, 0)).endsWith("Heading", "p1", "p2", "p3");
        assertThat(pageLines(laidOut, 1)).containsExactly("p4", "p5");
    }

    @Test
    void keepNextChainLongerThanAPageIsDroppedAndNeverOverflows() {
        List<Block> blocks = new ArrayList<>(fillerLines(3));
        for (int i = 0; i < 40; i++) {
            blocks.add(para(new PP().keepNext(), "chained " + i));
        }
        blocks.add(para("end"));
        LaidOutDocument laidOut = layout(docOf(blocks));
        assertThat(laidOut.pages()).hasSize(2);
        assertThat(pageLines(laidOut, 0)).hasSize(25);
        assertThat(pageLines(laidOut, 1)).hasSize(19).endsWith("end");
    }

    @Test
    void keepLinesMovesAParagraphThatWouldSplit() {
        List<Block> blocks = fillerLines(20);
        blocks.add(lines("p", 8, new PP().keepLines()));
        LaidOutDocument laidOut = layout(docOf(blocks));
        assertThat(pageLines(laidOut, 0)).hasSize(20);
        assertThat(pageLines(laidOut, 1)).hasSize(8);
    }

    @Test
    void keepLinesParagraphLongerThanAPageStillSplits() {
        List<Block> blocks = fillerLines(5);
        blocks.add(lines("p", 40, new PP().keepLines()));
        LaidOutDocument laidOut = layout(docOf(blocks));
        assertThat(laidOut.pages()).hasSize(2);
        assertThat(pageLines(laidOut, 0)).hasSize(25);
    }

    @Test
    void aLineTallerThanThePageIsPlacedAloneAndLayoutEnds() {
        Paragraph huge = para(new PP(), run("X", new Docs.RP().size(400)));
        LaidOutDocument laidOut = layout(doc(para("before"), huge, para("after")));
        assertThat(laidOut.pages()).hasSize(3);
        assertThat(pageLines(laidOut, 1)).containsExactly("X");
        assertThat(pageLines(laidOut, 2)).containsExactly("after");
    }

    @Test
    void newSectionStartsANewPageWithItsOwnSize() {
        PageSetup landscape = new PageSetup(400, 300, 50, 50, 50, 50, 20, 20, 1, 0);
        LaidOutDocument laidOut = layout(Docs.doc(section(PAGE, SectionStart.NEXT_PAGE, para("one")),
                section(landscape, SectionStart.NEXT_PAGE, para("two"))));
        assertThat(laidOut.pages()).extracting(Page::width).containsExactly(300.0, 400.0);
        assertThat(pageLines(laidOut, 1)).containsExactly("two");
    }

    @Test
    void continuousSectionContinuesOnThePageUnlessTheSizeChanges() {
        PageSetup wider = new PageSetup(400, 300, 50, 50, 50, 50, 20, 20, 1, 0);
        LaidOutDocument same = layout(Docs.doc(section(PAGE, SectionStart.NEXT_PAGE, para("one")),
                section(PAGE, SectionStart.CONTINUOUS, para("two"))));
        assertThat(same.pages()).hasSize(1);
        assertThat(pageLines(same, 0)).containsExactly("one", "two");
        LaidOutDocument changed = layout(Docs.doc(section(PAGE, SectionStart.NEXT_PAGE, para("one")),
                section(wider, SectionStart.CONTINUOUS, para("two"))));
        assertThat(changed.pages()).hasSize(2);
    }

    @Test
    void oddPageSectionMayLeaveABlankPage() {
        LaidOutDocument laidOut = layout(Docs.doc(section(PAGE, SectionStart.NEXT_PAGE, para("one")),
                section(PAGE, SectionStart.ODD_PAGE, para("three"))));
        assertThat(laidOut.pages()).hasSize(3);
        assertThat(pageLines(laidOut, 1)).isEmpty();
        assertThat(pageLines(laidOut, 2)).containsExactly("three");
        LaidOutDocument even = layout(Docs.doc(section(PAGE, SectionStart.NEXT_PAGE, para("one")),
                section(PAGE, SectionStart.EVEN_PAGE, para("two"))));
        assertThat(even.pages()).hasSize(2);
    }

    @Test
    void pageBreakRightBeforeASectionBreakCostsNoExtraPage() {
        LaidOutDocument laidOut = layout(Docs.doc(
                section(PAGE, SectionStart.NEXT_PAGE, para(new PP(), run("one"), new Break(Break.Kind.PAGE, TEXT))),
                section(PAGE, SectionStart.NEXT_PAGE, para("two"))));
        assertThat(laidOut.pages()).hasSize(2);
        assertThat(pageLines(laidOut, 1)).containsExactly("two");
    }

    @Test
    void sectionStartKeepsSpaceBeforeLessThePreviousSpaceAfter() {
        LaidOutDocument laidOut = layout(Docs.doc(
                section(PAGE, SectionStart.NEXT_PAGE, para(new PP().space(0, 20), "one")),
                section(PAGE, SectionStart.NEXT_PAGE, para(new PP().space(36, 0), "two"))));
        assertThat(Pages.find(laidOut.pages().get(1), "two").baseline()).isCloseTo(FIRST_BASELINE + 16, EXACT);
    }

    @Test
    void negativeTopMarginStillPutsTheBodyThatFarDown() {
        PageSetup negative = new PageSetup(300, 400, -50, -50, 50, 50, 20, 20, 1, 0);
        LaidOutDocument laidOut = layout(Docs.doc(negative, para("one")));
        assertThat(Pages.find(laidOut.pages().get(0), "one").baseline()).isCloseTo(FIRST_BASELINE, EXACT);
    }

    @Test
    void pageBreakBeforeAnyTextMovesTheWholeParagraphLabelIncluded() {
        Paragraph heading = para(new PP().space(18, 0).label("2.", org.inkpool.model.style.ListLabel.Suffix.SPACE),
                new Break(Break.Kind.PAGE, TEXT), run("Heading"));
        LaidOutDocument laidOut = layout(doc(para("one"), heading));
        assertThat(laidOut.pages()).hasSize(2);
        assertThat(pageLines(laidOut, 0)).containsExactly("one");
        assertThat(pageLines(laidOut, 1)).containsExactly("2. Heading");
        assertThat(Pages.find(laidOut.pages().get(1), "Heading").baseline()).isCloseTo(FIRST_BASELINE + 18, EXACT);
    }

    @Test
    void pageWithNoRoomForABodyStillEndsWithOneLinePerPage() {
        PageSetup crushed = new PageSetup(300, 100, 60, 60, 50, 50, 20, 20, 1, 0);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            blocks.add(para(new PP().keepNext().keepLines(), "line " + i));
        }
        LaidOutDocument laidOut = layout(Docs.doc(crushed, blocks.toArray(Block[]::new)));
        assertThat(laidOut.pages()).hasSize(5);
    }
}
