package org.inkpool.layout;

import org.inkpool.layout.page.FilledRect;
import org.inkpool.layout.page.LaidOutDocument;
import org.inkpool.layout.page.Page;
import org.inkpool.layout.page.Rule;
import org.assertj.core.data.Offset;
import org.inkpool.model.style.Alignment;
import org.inkpool.model.Block;
import org.inkpool.model.style.Border;
import org.inkpool.model.table.CellMargins;
import org.inkpool.model.table.CellProps;
import org.inkpool.model.Paragraph;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.table.RowProps;
import org.inkpool.model.Table;
import org.inkpool.model.table.TableBorders;
import org.inkpool.model.table.TableCell;
import org.inkpool.model.table.TableProps;
import org.inkpool.model.table.TableRow;
import org.inkpool.model.table.TableWidth;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.layout.Docs.MARGIN;
import static org.inkpool.layout.Docs.doc;
import static org.inkpool.layout.Docs.para;

/**
 * Tables on their grid (word-layout-facts §7) with the fake metrics: 10 pt text, 5 pt per Latin
 * character, 12 pt lines; pages 300 × 400 with 50 pt margins (a 200 × 300 body).
 */
class TableLayoutTest {

    private static final Offset<Double> EXACT = Offset.offset(1e-6);
    private static final double CELL_MARGIN = 5.4;
    private static final Border SINGLE = new Border(Border.Kind.SINGLE, 0.5, null);
    private static final TableBorders GRID = new TableBorders(SINGLE, SINGLE, SINGLE, SINGLE, SINGLE, SINGLE);

    private final LayoutEngine engine = new LayoutEngine(new FakeMetrics());

    private static TableCell cell(Block... blocks) {
        return new TableCell(List.of(blocks), 1, false, null);
    }

    private static TableCell cell(String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            blocks.add(para(p));
        }
        return new TableCell(blocks, 1, false, null);
    }

    private static TableRow row(TableCell... cells) {
        return new TableRow(List.of(cells), false);
    }

    private static Table table(List<Double> grid, TableRow... rows) {
        return new Table(grid, List.of(rows), 0);
    }

    private static Table table(List<Double> grid, TableProps props, TableRow... rows) {
        return new Table(grid, List.of(rows), 0, props);
    }

    private static TableProps withBorders(TableBorders borders) {
        TableProps d = TableProps.DEFAULT;
        return new TableProps(d.width(), d.fixedLayout(), d.alignment(), d.cellMargins(), borders, 0);
    }

    private LaidOutDocument layout(Block... blocks) {
        return engine.layout(doc(blocks), LayoutProgress.NONE);
    }

    private Page first(Block... blocks) {
        return layout(blocks).pages().get(0);
    }

    @Test
    void cellsStartAtTheirGridColumnOneCellMarginIn() {
        Page page = first(table(List.of(60.0, 140.0), row(cell("A"), cell("B"))));
        assertThat(Pages.lines(page)).containsExactly("A B");
        assertThat(Pages.find(page, "A").x()).isCloseTo(MARGIN + CELL_MARGIN, EXACT);
        assertThat(Pages.find(page, "B").x()).isCloseTo(MARGIN + 60 + CELL_MARGIN, EXACT);
    }

    @Test
    void cellTextWrapsAtTheCellsInnerWidth() {
        // 60 pt column less two 5.4 pt margins: "aaaa bbbb" (45 pt) fits, a third word does not
        Page page = first(table(List.of(60.0, 140.0), row(cell("aaaa bbbb cccc"), cell("right"))));
        assertThat(Pages.lines(page)).containsExactly("aaaa bbbb right", "cccc");
    }

    @Test
    void rowIsAsTallAsItsTallestCell() {
        Page page = first(table(List.of(100.0, 100.0),
                row(cell("A1", "A1b", "A1c"), cell("B1")),
                row(cell("next"), cell("B2"))));
        assertThat(Pages.find(page, "next").baseline() - Pages.find(page, "A1").baseline()).isCloseTo(36, EXACT);
    }

    @Test
    void cellMarginsAboveAndBelowAddToTheRow() {
        TableProps d = TableProps.DEFAULT;
        TableProps props = new TableProps(d.width(), false, Alignment.LEFT, new CellMargins(3, 5.4, 4, 5.4),
                TableBorders.NONE, 0);
        Page page = first(table(List.of(100.0), props, row(cell("one")), row(cell("two"))));
        assertThat(Pages.find(page, "two").baseline() - Pages.find(page, "one").baseline())
                .isCloseTo(12 + 3 + 4, EXACT);
    }

    @Test
    void eachBorderEdgeIsDrawnOnce() {
        Page page = first(table(List.of(100.0, 100.0), withBorders(GRID),
                row(cell("A1"), cell("B1")), row(cell("A2"), cell("B2"))));
        List<Rule> rules = Pages.items(page, Rule.class);
        // 3 horizontal edges × 2 cells and 3 vertical edges × 2 rows
        assertThat(rules).hasSize(12);
        Set<List<Double>> distinct = new HashSet<>();
        for (Rule r : rules) {
            distinct.add(List.of(r.x1(), r.y1(), r.x2(), r.y2()));
        }
        assertThat(distinct).hasSize(12);
        double top = rules.stream().mapToDouble(Rule::y1).min().orElseThrow();
        double bottom = rules.stream().mapToDouble(Rule::y2).max().orElseThrow();
        assertThat(top).isCloseTo(MARGIN, EXACT);
        assertThat(bottom).isCloseTo(MARGIN + 24, EXACT);
    }

    @Test
    void cellBordersBeatTheTablesAndNilSuppressesAnEdge() {
        Border thick = new Border(Border.Kind.SINGLE, 2, new Rgb(0xFF0000));
        TableCell special = new TableCell(List.of(para("A")), 1, false, null, new CellProps(null, null, null,
                new TableBorders(thick, Border.NIL, null, null, null, null)));
        Page page = first(table(List.of(100.0), withBorders(GRID), row(special)));
        List<Rule> rules = Pages.items(page, Rule.class);
        assertThat(rules).anySatisfy(r -> {
            assertThat(r.thickness()).isEqualTo(2);
            assertThat(r.y1()).isCloseTo(MARGIN, EXACT);
        });
        // left edge suppressed: no vertical rule at the table's left edge
        assertThat(rules).noneSatisfy(r -> {
            assertThat(r.x1()).isCloseTo(MARGIN, EXACT);
            assertThat(r.x2()).isCloseTo(MARGIN, EXACT);
        });
    }

    @Test
    void noBordersWithoutTableOrCellBorders() {
        Page page = first(table(List.of(100.0), row(cell("A"))));
        assertThat(Pages.items(page, Rule.class)).isEmpty();
    }

    @Test
    void gridSpanWidensTheCell() {
        TableCell wide = new TableCell(List.of(para("aaaa bbbb cccc dddd eeee ffff")), 2, false, null);
        Page page = first(table(List.of(60.0, 140.0), new TableRow(List.of(wide), false),
                row(cell("A"), cell("B"))));
        // 200 pt less margins: all 29 characters (145 pt) on one line
        assertThat(Pages.lines(page)).containsExactly("aaaa bbbb cccc dddd eeee ffff", "A B");
    }

    @Test
    void verticallyMergedCellSpansItsRowsAndTheLastRowTakesTheExcess() {
        TableCell merged = cell("m1", "m2", "m3");
        TableCell continued = new TableCell(List.of(para("")), 1, true, null);
        Page page = first(table(List.of(100.0, 100.0),
                row(merged, cell("B1")),
                row(continued, cell("B2")),
                row(cell("C1"), cell("C2"))));
        // rows of 12 and 24 pt: the merged cell's three lines fit in the two rows
        assertThat(Pages.find(page, "C1").baseline() - Pages.find(page, "B1").baseline()).isCloseTo(36, EXACT);
        assertThat(Pages.find(page, "B2").baseline() - Pages.find(page, "B1").baseline()).isCloseTo(12, EXACT);
        assertThat(Pages.find(page, "m3").baseline() - Pages.find(page, "m1").baseline()).isCloseTo(24, EXACT);
    }

    @Test
    void exactRowHeightClipsTheContent() {
        TableRow exact = new TableRow(List.of(cell("first", "second", "third")), false,
                new RowProps(12, RowProps.HeightRule.EXACT, false));
        Page page = first(table(List.of(100.0), exact, row(cell("next"))));
        assertThat(Pages.lines(page)).containsExactly("first", "next");
        assertThat(Pages.find(page, "next").baseline() - Pages.find(page, "first").baseline()).isCloseTo(12, EXACT);
    }

    @Test
    void atLeastRowHeightGrowsTheRow() {
        TableRow tall = new TableRow(List.of(cell("first")), false, new RowProps(30, RowProps.HeightRule.AT_LEAST,
                false));
        Page page = first(table(List.of(100.0), tall, row(cell("next"))));
        assertThat(Pages.find(page, "next").baseline() - Pages.find(page, "first").baseline()).isCloseTo(30, EXACT);
    }

    @Test
    void verticalAlignmentCentresAndBottomsTheContent() {
        TableCell centred = new TableCell(List.of(para("c")), 1, false, null,
                new CellProps(null, null, CellProps.VerticalAlign.CENTER, null));
        TableCell bottom = new TableCell(List.of(para("b")), 1, false, null,
                new CellProps(null, null, CellProps.VerticalAlign.BOTTOM, null));
        Page page = first(table(List.of(60.0, 60.0, 60.0), row(cell("t1", "t2", "t3"), centred, bottom)));
        double top = Pages.find(page, "t1").baseline();
        assertThat(Pages.find(page, "c").baseline() - top).isCloseTo(12, EXACT);
        assertThat(Pages.find(page, "b").baseline() - top).isCloseTo(24, EXACT);
    }

    @Test
    void headerRowsRepeatAtTheTopOfEachPage() {
        List<TableRow> rows = new ArrayList<>();
        rows.add(new TableRow(List.of(cell("Head")), true));
        for (int i = 0; i < 40; i++) {
            rows.add(row(cell("row" + i)));
        }
        LaidOutDocument laidOut = layout(new Table(List.of(100.0), rows, 0));
        assertThat(laidOut.pages()).hasSizeGreaterThan(1);
        for (Page page : laidOut.pages()) {
            assertThat(Pages.lines(page).get(0)).isEqualTo("Head");
        }
        // 300 pt body, 12 pt rows: 25 rows a page, the header and 24 body rows
        assertThat(Pages.lines(laidOut.pages().get(1)).get(1)).isEqualTo("row24");
        assertThat(Pages.allLines(laidOut).stream().flatMap(List::stream).filter(l -> l.startsWith("row")))
                .hasSize(40);
    }

    @Test
    void aRowThatDoesNotFitSplitsBetweenTheLinesOfItsCells() {
        List<Block> blocks = new ArrayList<>(Docs.fillerLines(23)); // 276 pt: two lines are left
        String[] lines = new String[5];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = "cell" + i;
        }
        blocks.add(table(List.of(100.0, 100.0), row(cell(lines), cell("right"))));
        LaidOutDocument laidOut = layout(blocks.toArray(Block[]::new));
        assertThat(laidOut.pages()).hasSize(2);
        List<String> firstPage = Pages.lines(laidOut.pages().get(0));
        assertThat(firstPage.subList(firstPage.size() - 2, firstPage.size())).containsExactly("cell0 right", "cell1");
        assertThat(Pages.lines(laidOut.pages().get(1))).containsExactly("cell2", "cell3", "cell4");
    }

    @Test
    void aRowThatMayNotSplitMovesWhole() {
        List<Block> blocks = new ArrayList<>(Docs.fillerLines(23));
        TableRow whole = new TableRow(List.of(cell("a", "b", "c")), false, new RowProps(0, RowProps.HeightRule.AUTO,
                true));
        blocks.add(table(List.of(100.0), whole));
        LaidOutDocument laidOut = layout(blocks.toArray(Block[]::new));
        assertThat(Pages.lines(laidOut.pages().get(1))).containsExactly("a", "b", "c");
    }

    @Test
    void aRowTallerThanAPageIsSplitAndNothingIsLost() {
        String[] lines = new String[60];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = "l" + i;
        }
        TableRow huge = new TableRow(List.of(cell(lines)), false, new RowProps(0, RowProps.HeightRule.AUTO, true));
        LaidOutDocument laidOut = layout(table(List.of(100.0), huge));
        assertThat(laidOut.pages()).hasSize(3);
        assertThat(Pages.allLines(laidOut).stream().mapToLong(List::size).sum()).isEqualTo(60);
    }

    @Test
    void nestedTableLaysOutInsideItsCellAndAddsItsHeight() {
        Table inner = new Table(List.of(40.0, 40.0), List.of(row(cell("n1"), cell("n2")), row(cell("n3"), cell("n4"))),
                0);
        Page page = first(table(List.of(100.0, 100.0), row(cell(para("outer"), inner), cell("B")),
                row(cell("after"), cell("x"))));
        assertThat(Pages.lines(page)).containsExactly("outer B", "n1 n2", "n3 n4", "after x");
        double cellText = MARGIN + CELL_MARGIN;
        assertThat(Pages.find(page, "n1").x()).isCloseTo(cellText + CELL_MARGIN, EXACT);
        assertThat(Pages.find(page, "n2").x()).isCloseTo(cellText + 40 + CELL_MARGIN, EXACT);
    }

    @Test
    void anEmptyCellStillTakesTheLineOfItsParagraphMark() {
        Page page = first(table(List.of(100.0), row(cell(para(""))), row(cell("next"))),
                para("after"));
        assertThat(Pages.find(page, "after").baseline() - Pages.find(page, "next").baseline()).isCloseTo(12, EXACT);
        assertThat(Pages.find(page, "next").baseline()).isCloseTo(Pages.find(page, "after").baseline() - 12, EXACT);
    }

    @Test
    void percentageWidthScalesTheGrid() {
        TableProps d = TableProps.DEFAULT;
        TableProps half = new TableProps(new TableWidth(TableWidth.Unit.PERCENT, 0.5), false, Alignment.LEFT,
                d.cellMargins(), TableBorders.NONE, 0);
        Page page = first(table(List.of(100.0, 100.0), half, row(cell("A"), cell("B"))));
        assertThat(Pages.find(page, "B").x()).isCloseTo(MARGIN + 50 + CELL_MARGIN, EXACT);
    }

    @Test
    void anAutofitGridFarWiderThanTheColumnIsRefitted() {
        Page page = first(table(List.of(300.0, 300.0), row(cell("A"), cell("B"))));
        assertThat(Pages.find(page, "B").x()).isCloseTo(MARGIN + 100 + CELL_MARGIN, EXACT);
    }

    @Test
    void centredTableSitsInTheMiddleOfTheColumn() {
        TableProps d = TableProps.DEFAULT;
        TableProps centred = new TableProps(d.width(), false, Alignment.CENTER, d.cellMargins(), TableBorders.NONE, 0);
        Page page = first(table(List.of(100.0), centred, row(cell("A"))));
        assertThat(Pages.find(page, "A").x()).isCloseTo(MARGIN + 50 + CELL_MARGIN, EXACT);
    }

    @Test
    void cellShadingFillsTheWholeCell() {
        TableCell shaded = new TableCell(List.of(para("A")), 1, false, new Rgb(0xCCCCCC));
        Page page = first(table(List.of(100.0, 100.0), row(shaded, cell("B", "B2"))));
        FilledRect fill = Pages.items(page, FilledRect.class).get(0);
        assertThat(fill.x()).isCloseTo(MARGIN, EXACT);
        assertThat(fill.width()).isCloseTo(100, EXACT);
        assertThat(fill.height()).isCloseTo(24, EXACT);
    }

    @Test
    void cellParagraphsKeepSpaceBeforeAtTheTopAndAfterAtTheBottom() {
        Paragraph spaced = para(new Docs.PP().space(6, 4), "A");
        Page page = first(table(List.of(100.0), row(cell(spaced)), row(cell("next"))));
        assertThat(Pages.find(page, "next").baseline() - Pages.find(page, "A").baseline()).isCloseTo(12 + 4, EXACT);
        assertThat(Pages.find(page, "A").baseline() - Pages.find(first(para("A")), "A").baseline())
                .isCloseTo(6, EXACT);
    }

    @Test
    void aNestedTableTallerThanAPageSplitsBetweenItsLines() {
        String[] lines = new String[60];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = "n" + i;
        }
        Table inner = new Table(List.of(80.0), List.of(row(cell(lines))), 0, withBorders(GRID));
        LaidOutDocument laidOut = layout(table(List.of(100.0), row(cell(para("outer"), inner))));
        assertThat(laidOut.pages()).hasSize(3);
        List<String> all = Pages.allLines(laidOut).stream().flatMap(List::stream).toList();
        assertThat(all).hasSize(61).contains("n0", "n59");
        for (Page page : laidOut.pages()) {
            assertThat(Pages.runs(page)).allSatisfy(r -> assertThat(r.baseline()).isLessThan(400 - MARGIN));
        }
    }

    @Test
    void gridBeforeLeavesLeadingColumnsEmpty() {
        TableRow shifted = new TableRow(List.of(cell("B")), false, new RowProps(0, RowProps.HeightRule.AUTO, false, 1));
        Page page = first(table(List.of(60.0, 140.0), row(cell("A"), cell("x")), shifted));
        assertThat(Pages.find(page, "B").x()).isCloseTo(MARGIN + 60 + CELL_MARGIN, EXACT);
    }

    @Test
    void anIndentThatPlacesTheTextShiftsTheGridLeftByTheFirstCellMargin() {
        TableProps d = TableProps.DEFAULT;
        TableProps toText = new TableProps(d.width(), false, Alignment.LEFT, d.cellMargins(), GRID, 0, true);
        Page page = first(new Table(List.of(100.0), List.of(row(cell("A"))), 20, toText));
        assertThat(Pages.find(page, "A").x()).isCloseTo(MARGIN + 20, EXACT);
        assertThat(Pages.items(page, Rule.class)).anySatisfy(r -> assertThat(r.x1()).isCloseTo(MARGIN + 20 - 5.4, EXACT));
    }

    @Test
    void spaceAfterTheParagraphBeforeATableAndSpaceBeforeTheOneAfterIt() {
        Page page = first(para(new Docs.PP().space(0, 10), "before"), table(List.of(100.0), row(cell("in"))),
                para(new Docs.PP().space(7, 0), "after"));
        assertThat(Pages.find(page, "in").baseline() - Pages.find(page, "before").baseline()).isCloseTo(22, EXACT);
        assertThat(Pages.find(page, "after").baseline() - Pages.find(page, "in").baseline()).isCloseTo(19, EXACT);
    }

    @Test
    void pageBreakBeforeOnTheTablesFirstParagraphMovesTheTable() {
        Paragraph opening = para(new Docs.PP().pageBreakBefore(), "first cell");
        LaidOutDocument laidOut = layout(para("body"), table(List.of(100.0), row(cell(opening))));
        assertThat(laidOut.pages()).hasSize(2);
        assertThat(Pages.lines(laidOut.pages().get(1))).containsExactly("first cell");
    }
}
