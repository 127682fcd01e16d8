package org.inkpool.layout;

import org.inkpool.layout.page.GlyphRun;
import org.inkpool.layout.page.LaidOutDocument;
import org.inkpool.layout.page.Page;
import org.inkpool.model.Break;
import org.inkpool.model.section.PageSetup;
import org.inkpool.model.section.SectionStart;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.inkpool.layout.Docs.MARGIN;
import static org.inkpool.layout.Docs.PP;
import static org.inkpool.layout.Docs.TEXT;
import static org.inkpool.layout.Docs.doc;
import static org.inkpool.layout.Docs.para;
import static org.inkpool.layout.Docs.run;
import static org.inkpool.layout.Docs.section;

/** Section columns: text fills a column, then the next one right of it, then the next page. */
class ColumnLayoutTest {

    /** 300 × 400, 50 pt margins, two columns of 90 pt with a 20 pt gap. */
    private static final PageSetup TWO = new PageSetup(300, 400, 50, 50, 50, 50, 20, 20, 2, 20);
    private final LayoutEngine engine = new LayoutEngine(new FakeMetrics());

    @Test
    void linesFillTheFirstColumnThenTheSecondAtItsLeftEdge() {
        LaidOutDocument laid = engine.layout(doc(TWO, Docs.fillerLines(60).toArray(org.inkpool.model.Block[]::new)),
                LayoutProgress.NONE);
        assertThat(laid.pages()).hasSize(2);
        Page page = laid.pages().get(0);
        GlyphRun first = Pages.find(page, "filler 0");
        GlyphRun top2 = Pages.find(page, "filler 25");
        assertThat(first.x()).isCloseTo(MARGIN, within(1e-6));
        assertThat(top2.x()).isCloseTo(MARGIN + 90 + 20, within(1e-6));
        assertThat(top2.baseline()).isCloseTo(first.baseline(), within(1e-6));
        for (GlyphRun r : Pages.runs(page)) {
            assertThat(Pages.end(r)).as("no line crosses its column").isLessThanOrEqualTo(r.x() < 160 ? 140 : 250);
        }
        assertThat(Pages.find(laid.pages().get(1), "filler 50").x()).isCloseTo(MARGIN, within(1e-6));
    }

    @Test
    void aColumnBreakMovesTheTextToTheNextColumnNotTheNextPage() {
        LaidOutDocument laid = engine.layout(doc(TWO, para(new PP(), run("before"), new Break(Break.Kind.COLUMN, TEXT),
                run("after"))), LayoutProgress.NONE);
        assertThat(laid.pages()).hasSize(1);
        Page page = laid.pages().get(0);
        assertThat(Pages.find(page, "after").x()).isCloseTo(MARGIN + 110, within(1e-6));
        assertThat(Pages.find(page, "after").baseline()).isCloseTo(Pages.find(page, "before").baseline(),
                within(1e-6));
    }

    @Test
    void aContinuousSectionStartsItsColumnsBelowTheTextBeforeIt() {
        PageSetup one = new PageSetup(300, 400, 50, 50, 50, 50, 20, 20, 1, 0);
        LaidOutDocument laid = engine.layout(doc(
                section(one, SectionStart.NEXT_PAGE, para("wide text on top of the page")),
                section(TWO, SectionStart.CONTINUOUS, Docs.fillerLines(30).toArray(org.inkpool.model.Block[]::new))),
                LayoutProgress.NONE);
        Page page = laid.pages().get(0);
        double top = Pages.find(page, "wide text").baseline();
        GlyphRun secondColumn = Pages.runs(page).stream().filter(r -> r.x() > 150).findFirst().orElseThrow();
        assertThat(secondColumn.baseline()).isGreaterThan(top);
        assertThat(Pages.find(page, "filler 0").baseline()).isCloseTo(secondColumn.baseline(), within(1e-6));
        assertThat(List.of(Pages.find(page, "filler 0").x())).containsExactly(MARGIN);
    }

    @Test
    void columnsBeforeAContinuousSectionBreakEndLevelAndTheNextSectionFollowsRightBelow() {
        PageSetup one = new PageSetup(300, 400, 50, 50, 50, 50, 20, 20, 1, 0);
        LaidOutDocument laid = engine.layout(doc(
                section(TWO, SectionStart.NEXT_PAGE, Docs.fillerLines(11).toArray(org.inkpool.model.Block[]::new)),
                section(one, SectionStart.CONTINUOUS, para("after the columns"))), LayoutProgress.NONE);
        assertThat(laid.pages()).hasSize(1);
        Page page = laid.pages().get(0);
        List<GlyphRun> left = Pages.runs(page).stream().filter(r -> r.text().startsWith("filler") && r.x() < 150)
                .toList();
        List<GlyphRun> right = Pages.runs(page).stream().filter(r -> r.text().startsWith("filler") && r.x() > 150)
                .toList();
        // eleven lines: six in the first column, five in the second, as Word balances them
        assertThat(left).hasSize(6);
        assertThat(right).hasSize(5);
        assertThat(Pages.find(page, "filler 6").x()).isCloseTo(MARGIN + 110, within(1e-6));
        double lowest = left.stream().mapToDouble(GlyphRun::baseline).max().orElseThrow();
        GlyphRun after = Pages.find(page, "after the columns");
        assertThat(after.baseline()).isGreaterThan(lowest);
        assertThat(after.baseline() - lowest).isLessThan(20); // the next line, not the page's bottom
    }

    @Test
    void theLastSectionsColumnsAreNotBalanced() {
        LaidOutDocument laid = engine.layout(doc(TWO, Docs.fillerLines(11).toArray(org.inkpool.model.Block[]::new)),
                LayoutProgress.NONE);
        Page page = laid.pages().get(0);
        assertThat(Pages.runs(page).stream().filter(r -> r.x() > 150)).isEmpty();
    }
}
