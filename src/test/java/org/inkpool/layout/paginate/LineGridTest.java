package org.inkpool.layout.paginate;

import org.inkpool.layout.Docs;
import org.inkpool.layout.FakeMetrics;
import org.inkpool.layout.LayoutEngine;
import org.inkpool.layout.LayoutProgress;
import org.inkpool.layout.Pages;
import org.inkpool.layout.line.LineBox;
import org.inkpool.layout.page.GlyphRun;
import org.inkpool.layout.page.Page;
import org.assertj.core.data.Offset;
import org.inkpool.model.section.DocGrid;
import org.inkpool.model.Document;
import org.inkpool.model.DocumentInfo;
import org.inkpool.model.section.HeadersFooters;
import org.inkpool.model.style.LineSpacing;
import org.inkpool.model.section.PageBorders;
import org.inkpool.model.section.PageLook;
import org.inkpool.model.section.PageNumbering;
import org.inkpool.model.section.PageSetup;
import org.inkpool.model.section.Section;
import org.inkpool.model.section.SectionStart;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.layout.Docs.MARGIN;
import static org.inkpool.layout.Docs.PP;
import static org.inkpool.layout.Docs.RP;
import static org.inkpool.layout.Docs.para;
import static org.inkpool.layout.Docs.run;

/** The East Asian document grid (w:docGrid, word-layout-facts §10) with fake metrics. */
class LineGridTest {

    private static final Offset<Double> CLOSE = Offset.offset(1e-6);

    /** A GB/T 9704 page: A4, type area 156 × 225 mm (442.2 × 637.8 pt). */
    private static final PageSetup GBT9704 = new PageSetup(595.3, 841.9, 104.9, 99.2, 79.4, 73.7, 42.5, 49.6, 1, 0);

    private final LayoutEngine engine = new LayoutEngine(new FakeMetrics());

    private List<Page> layout(PageSetup page, DocGrid grid, org.inkpool.model.Block... blocks) {
        Section section = new Section(page, SectionStart.NEXT_PAGE, List.of(blocks), HeadersFooters.NONE,
                PageNumbering.CONTINUE, new PageLook(grid, PageBorders.NONE, null));
        return engine.layout(new Document(DocumentInfo.EMPTY, List.of(section), List.of()), LayoutProgress.NONE)
                .pages();
    }

    @Test
    void officialDocumentPageHoldsTwentyTwoLinesOfTwentyEightCharacters() {
        // 16 pt (三号) text; the pitch 28.95 pt gives 22 lines in 637.8 pt, the character pitch 28 in 442.2 pt
        double charSpace = (GBT9704.bodyWidth() - 0.1) / 28 - 16;
        DocGrid grid = new DocGrid(DocGrid.Type.LINES_AND_CHARS, 28.95, charSpace);
        String text = "中".repeat(28 * 23 + 5);
        List<Page> pages = layout(GBT9704, grid, para(new PP(), run(text, new RP().size(16))));

        assertThat(pages).hasSize(2);
        List<String> lines = Pages.lines(pages.get(0));
        assertThat(lines).hasSize(22).allSatisfy(line -> assertThat(line).hasSize(28));
        assertThat(Pages.lines(pages.get(1))).containsExactly("中".repeat(28), "中".repeat(5));
        List<Double> baselines = Pages.baselines(pages.get(0));
        // the 19.2 pt line is centred in its pitch: 16 above the baseline + (28.95 − 19.2) / 2
        assertThat(baselines.get(0)).isCloseTo(104.9 + 16 + (28.95 - 19.2) / 2, CLOSE);
        for (int i = 1; i < baselines.size(); i++) {
            assertThat(baselines.get(i) - baselines.get(i - 1)).isCloseTo(28.95, CLOSE);
        }
        // every ideograph advances by the character pitch
        GlyphRun first = Pages.runs(pages.get(0)).get(0);
        assertThat(first.charSpacing()).isCloseTo(charSpace, CLOSE);
    }

    @Test
    void aLineTallerThanThePitchTakesTwoPitches() {
        DocGrid grid = new DocGrid(DocGrid.Type.LINES, 15.6, 0);
        List<Page> pages = layout(Docs.PAGE, grid, para(new PP(), run("Title", new RP().size(24))), para("body"));
        List<Double> b = Pages.baselines(pages.get(0));
        // 24 pt: 28.8 natural → 31.2, text centred; 10 pt: 12 natural → 15.6
        assertThat(b.get(0)).isCloseTo(MARGIN + 24 + (31.2 - 28.8) / 2, CLOSE);
        assertThat(b.get(1)).isCloseTo(MARGIN + 31.2 + 10 + (15.6 - 12) / 2, CLOSE);
    }

    @Test
    void proportionalSpacingMultipliesTheSnappedHeightAndExactIsIgnored() {
        DocGrid grid = new DocGrid(DocGrid.Type.LINES, 15.6, 0);
        List<Page> pages = layout(Docs.PAGE, grid,
                para(new PP().line(LineSpacing.LineRule.AUTO, 1.5), "one"),
                para(new PP().line(LineSpacing.LineRule.EXACT, 40), "two"),
                para("three"));
        List<Double> b = Pages.baselines(pages.get(0));
        assertThat(b.get(1) - b.get(0)).isCloseTo(15.6 * 1.5, CLOSE);
        assertThat(b.get(2) - b.get(1)).isCloseTo(15.6, CLOSE);
    }

    @Test
    void aParagraphOffTheGridAndAPageWithoutGridKeepTheirNaturalLines() {
        DocGrid grid = new DocGrid(DocGrid.Type.LINES, 15.6, 0);
        List<Double> off = Pages.baselines(layout(Docs.PAGE, grid, para(new PP().offGrid(), "one"),
                para(new PP().offGrid(), "two")).get(0));
        assertThat(off).containsExactly(MARGIN + 10, MARGIN + 22);
        List<Double> none = Pages.baselines(layout(Docs.PAGE, DocGrid.NONE, para("one"), para("two")).get(0));
        assertThat(none).containsExactly(MARGIN + 10, MARGIN + 22);
        // a default-type grid with a pitch (what every Word document writes) snaps nothing
        List<Double> typeDefault = Pages.baselines(layout(Docs.PAGE, new DocGrid(DocGrid.Type.DEFAULT, 18, 0),
                para("one"), para("two")).get(0));
        assertThat(typeDefault).containsExactly(MARGIN + 10, MARGIN + 22);
    }

    @Test
    void latinTextOnACharacterGridTakesHalfTheExtraSpacing() {
        DocGrid grid = new DocGrid(DocGrid.Type.LINES_AND_CHARS, 15.6, 2);
        Page page = layout(Docs.PAGE, grid, para(new PP(), run("ab中文", new RP()))).get(0);
        List<GlyphRun> runs = Pages.runs(page);
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0).text()).isEqualTo("ab");
        assertThat(runs.get(0).charSpacing()).isCloseTo(1, CLOSE);
        assertThat(runs.get(1).charSpacing()).isCloseTo(2, CLOSE);
        assertThat(runs.get(1).x()).isCloseTo(MARGIN + 2 * (5 + 1), CLOSE);
    }

    @Test
    void snapKeepsTheNaturalExtentsAndCentresTheText() {
        LineBox natural = new LineBox(12, 12, 10, 10, 2);
        LineBox snapped = LineGrid.snap(natural, new DocGrid(DocGrid.Type.LINES, 18, 0), LineSpacing.SINGLE);
        assertThat(snapped.height()).isEqualTo(18);
        assertThat(snapped.fitHeight()).isEqualTo(18);
        assertThat(snapped.baseline()).isCloseTo(13, CLOSE);
        // exactly one pitch stays one pitch
        assertThat(LineGrid.snap(new LineBox(18, 18, 15, 15, 3), new DocGrid(DocGrid.Type.LINES, 18, 0),
                LineSpacing.SINGLE).height()).isEqualTo(18);
    }
}
