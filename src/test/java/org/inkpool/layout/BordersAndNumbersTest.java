package org.inkpool.layout;

import org.inkpool.layout.page.FilledRect;
import org.inkpool.layout.page.GlyphRun;
import org.inkpool.layout.page.Page;
import org.inkpool.layout.page.Rule;
import org.assertj.core.data.Offset;
import org.inkpool.model.Block;
import org.inkpool.model.style.Border;
import org.inkpool.model.section.DocGrid;
import org.inkpool.model.Document;
import org.inkpool.model.DocumentInfo;
import org.inkpool.model.section.HeadersFooters;
import org.inkpool.model.section.LineNumbering;
import org.inkpool.model.Notes;
import org.inkpool.model.section.PageBorders;
import org.inkpool.model.section.PageLook;
import org.inkpool.model.section.PageNumbering;
import org.inkpool.model.style.ParagraphBorders;
import org.inkpool.model.style.ParagraphBorders.Edge;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.section.Section;
import org.inkpool.model.section.SectionStart;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.layout.Docs.MARGIN;
import static org.inkpool.layout.Docs.PAGE;
import static org.inkpool.layout.Docs.PP;
import static org.inkpool.layout.Docs.RP;
import static org.inkpool.layout.Docs.para;
import static org.inkpool.layout.Docs.run;

/**
 * Paragraph borders and shading, page borders, page background, line numbers and the text effects
 * that move glyphs (w:position, w:w), with fake metrics: 10 pt lines of 12 pt, 10 above the baseline.
 */
class BordersAndNumbersTest {

    private static final Offset<Double> CLOSE = Offset.offset(1e-6);
    private static final Edge ONE_PT = new Edge(new Border(Border.Kind.SINGLE, 1, null), 4);
    private static final ParagraphBorders BOX = new ParagraphBorders(ONE_PT, ONE_PT, ONE_PT, ONE_PT, Edge.NONE,
            Edge.NONE);

    private final LayoutEngine engine = new LayoutEngine(new FakeMetrics());

    private List<Page> layout(PageLook look, Rgb background, Block... blocks) {
        Section section = new Section(PAGE, SectionStart.NEXT_PAGE, List.of(blocks), HeadersFooters.NONE,
                PageNumbering.CONTINUE, look);
        Document doc = new Document(DocumentInfo.EMPTY, List.of(section), List.of(), Notes.NONE, false, background);
        return engine.layout(doc, LayoutProgress.NONE).pages();
    }

    private List<Page> layout(Block... blocks) {
        return layout(PageLook.PLAIN, null, blocks);
    }

    private static List<Rule> horizontal(Page page) {
        return Pages.items(page, Rule.class).stream().filter(r -> r.y1() == r.y2()).toList();
    }

    private static List<Rule> vertical(Page page) {
        return Pages.items(page, Rule.class).stream().filter(r -> r.x1() == r.x2()).toList();
    }

    @Test
    void borderSpaceAndWidthGoAboveAndBelowTheTextAndTheSidesSitOutsideIt() {
        Page page = layout(para(new PP().borders(BOX), "boxed"), para("after")).get(0);
        List<Double> b = Pages.baselines(page);
        assertThat(b.get(0)).isCloseTo(MARGIN + 5 + 10, CLOSE);
        assertThat(b.get(1)).isCloseTo(MARGIN + 5 + 12 + 5 + 10, CLOSE);
        List<Rule> h = horizontal(page);
        assertThat(h).hasSize(2);
        assertThat(h.get(0).y1()).isCloseTo(MARGIN + 0.5, CLOSE);
        assertThat(h.get(1).y1()).isCloseTo(MARGIN + 5 + 12 + 4.5, CLOSE);
        // the sides: space 4 and half the 1 pt line outside the 200 pt column
        List<Rule> v = vertical(page);
        assertThat(v).extracting(Rule::x1).containsExactly(MARGIN - 4.5, MARGIN + 200 + 4.5);
        assertThat(v.get(0).y1()).isCloseTo(MARGIN, CLOSE);
        assertThat(v.get(0).y2()).isCloseTo(MARGIN + 22, CLOSE);
        assertThat(h.get(0).x1()).isCloseTo(MARGIN - 5, CLOSE);
        assertThat(h.get(0).x2()).isCloseTo(MARGIN + 205, CLOSE);
        // the text keeps its full width
        assertThat(Pages.runs(page).get(0).x()).isCloseTo(MARGIN, CLOSE);
    }

    @Test
    void adjacentParagraphsWithEqualBordersShareOneBoxWithTheBetweenEdge() {
        Edge between = new Edge(new Border(Border.Kind.SINGLE, 0.5, null), 1);
        ParagraphBorders joined = new ParagraphBorders(ONE_PT, ONE_PT, ONE_PT, ONE_PT, between, Edge.NONE);
        Page page = layout(para(new PP().borders(joined).shading(new Rgb(0xEEEEEE)), "one"),
                para(new PP().borders(joined).shading(new Rgb(0xEEEEEE)), "two")).get(0);
        List<Double> b = Pages.baselines(page);
        assertThat(b.get(1) - b.get(0)).isCloseTo(12 + 1.5, CLOSE);
        List<Rule> h = horizontal(page);
        assertThat(h).extracting(Rule::y1).containsExactly(MARGIN + 0.5, MARGIN + 5 + 12 + 0.25,
                MARGIN + 5 + 12 + 1.5 + 12 + 4.5);
        assertThat(vertical(page)).hasSize(2).allSatisfy(r -> {
            assertThat(r.y1()).isCloseTo(MARGIN, CLOSE);
            assertThat(r.y2()).isCloseTo(MARGIN + 5 + 12 + 1.5 + 12 + 5, CLOSE);
        });
        // one shading rectangle for the box, under the text, reaching the side lines
        List<FilledRect> fills = Pages.items(page, FilledRect.class);
        assertThat(fills).hasSize(1);
        assertThat(fills.get(0).x()).isCloseTo(MARGIN - 4.5, CLOSE);
        assertThat(fills.get(0).height()).isCloseTo(5 + 12 + 1.5 + 12 + 5, CLOSE);
        assertThat(page.items().indexOf(fills.get(0))).isLessThan(page.items().indexOf(Pages.runs(page).get(0)));
    }

    @Test
    void differentIndentsStartANewBox() {
        Page page = layout(para(new PP().borders(BOX), "one"), para(new PP().borders(BOX).indent(20, 0, 0), "two"))
                .get(0);
        assertThat(horizontal(page)).hasSize(4);
    }

    @Test
    void aBoxCutByAPageBreakIsOpenAtTheCutAndGoesOnWithoutItsTop() {
        List<Block> blocks = new ArrayList<>(Docs.fillerLines(20));
        blocks.add(para(new PP().borders(BOX).indent(0, 180, 0), "aaaa bbbb cccc dddd eeee ffff gggg hhhh"));
        List<Page> pages = layout(blocks.toArray(Block[]::new));
        assertThat(pages).hasSize(2);
        assertThat(horizontal(pages.get(0))).hasSize(1); // the top edge only
        assertThat(horizontal(pages.get(1))).hasSize(1); // the bottom edge only
        assertThat(vertical(pages.get(1)).get(0).y1()).isCloseTo(MARGIN, CLOSE);
    }

    @Test
    void pageBordersMeasureFromTheTextOrFromThePageEdge() {
        Edge two = new Edge(new Border(Border.Kind.SINGLE, 2, null), 10);
        Page fromText = layout(new PageLook(DocGrid.NONE, new PageBorders(two, two, two, two, true, false, false),
                null), null, para("x")).get(0);
        assertThat(horizontal(fromText)).extracting(Rule::y1).containsExactly(MARGIN - 11, 400 - MARGIN + 11);
        assertThat(vertical(fromText)).extracting(Rule::x1).containsExactly(MARGIN - 11, 300 - MARGIN + 11);
        Page fromPage = layout(new PageLook(DocGrid.NONE, new PageBorders(two, two, two, two, false, false, false),
                null), null, para("x")).get(0);
        assertThat(horizontal(fromPage)).extracting(Rule::y1).containsExactly(11.0, 389.0);
        assertThat(horizontal(fromPage).get(0).x1()).isCloseTo(10, CLOSE);
    }

    @Test
    void theBackgroundFillsThePageUnderEverything() {
        Page page = layout(PageLook.PLAIN, new Rgb(0xFFFFCC), para("x")).get(0);
        assertThat(page.items().get(0)).isEqualTo(new FilledRect(0, 0, 300, 400, new Rgb(0xFFFFCC)));
    }

    @Test
    void lineNumbersCountEveryLineAndShowEveryNthRightAlignedBeforeTheColumn() {
        PageLook look = new PageLook(DocGrid.NONE, PageBorders.NONE,
                new LineNumbering(2, 1, 18, LineNumbering.Restart.NEW_PAGE));
        Page page = layout(look, null, para(new PP().indent(0, 180, 0), "aaaa bbbb cccc"), para("dddd"),
                para("eeee")).get(0);
        List<GlyphRun> numbers = numbers(page);
        assertThat(numbers).extracting(GlyphRun::text).containsExactly("2", "4");
        assertThat(numbers).extracting(GlyphRun::baseline).containsExactly(MARGIN + 22, MARGIN + 46);
        assertThat(Pages.end(numbers.get(0))).isCloseTo(MARGIN - 18, CLOSE);
    }

    private static List<GlyphRun> numbers(Page page) {
        return Pages.runs(page).stream().filter(r -> r.x() < MARGIN).toList();
    }

    @Test
    void lineNumbersRestartOnEachPageOrRunOn() {
        List<Block> blocks = Docs.fillerLines(30);
        Block[] all = blocks.toArray(Block[]::new);
        List<Page> perPage = layout(new PageLook(DocGrid.NONE, PageBorders.NONE,
                new LineNumbering(1, 1, 18, LineNumbering.Restart.NEW_PAGE)), null, all);
        assertThat(numbers(perPage.get(1)).get(0).text()).isEqualTo("1");
        List<Page> running = layout(new PageLook(DocGrid.NONE, PageBorders.NONE,
                new LineNumbering(1, 1, 18, LineNumbering.Restart.CONTINUOUS)), null, all);
        assertThat(numbers(running.get(1)).get(0).text()).isEqualTo("26");
    }

    @Test
    void raisedTextMovesItsBaselineAndScaledTextWidensItsAdvance() {
        Page page = layout(para(new PP(), run("aa", new RP()), run("bb", new RP().raise(3)),
                run("cc", new RP().scale(2)), run("dd", new RP()))).get(0);
        List<GlyphRun> runs = Pages.runs(page);
        assertThat(runs).extracting(GlyphRun::text).containsExactly("aa", "bb", "cc", "dd");
        assertThat(runs.get(1).baseline()).isCloseTo(runs.get(0).baseline() - 3, CLOSE);
        assertThat(runs.get(2).scale()).isEqualTo(2);
        assertThat(runs.get(3).x() - runs.get(2).x()).isCloseTo(2 * 5 * 2, CLOSE);
        // the raised run lifts the line: 3 pt more above the first baseline
        assertThat(runs.get(0).baseline()).isCloseTo(MARGIN + 13, CLOSE);
    }

    @Test
    void aHeaderParagraphsBottomBorderIsDrawnUnderItAndPushesTheBodyDown() {
        Edge rule = new Edge(new Border(Border.Kind.SINGLE, 0.75, null), 1);
        ParagraphBorders underline = new ParagraphBorders(Edge.NONE, Edge.NONE, rule, Edge.NONE, Edge.NONE, Edge.NONE);
        org.inkpool.model.section.HeaderFooterPart header = new org.inkpool.model.section.HeaderFooterPart(
                List.of(para(new PP().borders(underline), "HEAD")));
        HeadersFooters hf = new HeadersFooters(java.util.Map.of(org.inkpool.model.section.HeaderFooterType.DEFAULT, header),
                java.util.Map.of(), false);
        // a tall header: 20 pt distance, 12 pt line, 1.75 pt border below it reach past the 50 pt margin
        Section section = new Section(new org.inkpool.model.section.PageSetup(300, 400, 30, 50, 50, 50, 20, 20, 1, 0),
                SectionStart.NEXT_PAGE, List.of(para("body")), hf, PageNumbering.CONTINUE, PageLook.PLAIN);
        Page page = engine.layout(new Document(DocumentInfo.EMPTY, List.of(section), List.of()), LayoutProgress.NONE)
                .pages().get(0);
        List<Rule> h = horizontal(page);
        assertThat(h).hasSize(1);
        assertThat(h.get(0).y1()).isCloseTo(20 + 12 + 1 + 0.375, CLOSE);
        assertThat(h.get(0).x1()).isCloseTo(MARGIN, CLOSE);
        assertThat(h.get(0).x2()).isCloseTo(MARGIN + 200, CLOSE);
        assertThat(Pages.find(page, "body").baseline()).isCloseTo(20 + 12 + 1.75 + 10, CLOSE);
    }
}
