package org.inkpool.layout;

import org.inkpool.layout.page.LaidOutDocument;
import org.inkpool.layout.page.Page;
import org.inkpool.layout.page.PlacedImage;
import org.assertj.core.data.Offset;
import org.inkpool.model.Block;
import org.inkpool.model.Break;
import org.inkpool.model.InlineImage;
import org.inkpool.model.style.LineSpacing.LineRule;
import org.inkpool.model.Paragraph;
import org.inkpool.model.Table;
import org.inkpool.model.table.TableCell;
import org.inkpool.model.table.TableRow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.layout.Docs.MARGIN;
import static org.inkpool.layout.Docs.PP;
import static org.inkpool.layout.Docs.TEXT;
import static org.inkpool.layout.Docs.doc;
import static org.inkpool.layout.Docs.para;
import static org.inkpool.layout.Docs.run;

/** Inline pictures, tables on their grid (nothing lost), progress reports. */
class ImagesTablesProgressTest {

    private static final Offset<Double> EXACT = Offset.offset(1e-6);
    private final LayoutEngine engine = new LayoutEngine(new FakeMetrics());

    private static InlineImage image(double width, double height) {
        return new InlineImage(new byte[] {1}, InlineImage.ImageFormat.PNG, width, height, "picture");
    }

    private Page first(Block... blocks) {
        return engine.layout(doc(blocks), LayoutProgress.NONE).pages().get(0);
    }

    @Test
    void inlinePictureStandsOnTheBaselineAndSetsTheLineHeight() {
        Page page = first(para(new PP(), run("ab"), image(40, 30), run("cd")), para("next"));
        PlacedImage placed = Pages.items(page, PlacedImage.class).get(0);
        assertThat(placed.x()).isCloseTo(MARGIN + 10, EXACT);
        assertThat(placed.y()).isCloseTo(MARGIN, EXACT);
        double baseline = Pages.find(page, "ab").baseline();
        assertThat(baseline).isCloseTo(MARGIN + 30, EXACT);
        assertThat(Pages.find(page, "cd").x()).isCloseTo(MARGIN + 50, EXACT);
        assertThat(Pages.find(page, "next").baseline()).isCloseTo(MARGIN + 30 + 2 + 10, EXACT);
    }

    @Test
    void autoMultipleOnAPictureLineAddsOnlyThePictureFontsShare() {
        Page page = first(para(new PP().line(LineRule.AUTO, 2), image(40, 30)), para("next"));
        // picture line 30, plus (2 − 1) × 12 of the paragraph font
        assertThat(Pages.find(page, "next").baseline()).isCloseTo(MARGIN + 42 + 10, EXACT);
    }

    @Test
    void pictureWiderThanTheColumnIsScaledDownKeepingItsAspect() {
        PlacedImage placed = Pages.items(first(para(new PP(), image(400, 100))), PlacedImage.class).get(0);
        assertThat(placed.width()).isCloseTo(200, EXACT);
        assertThat(placed.height()).isCloseTo(50, EXACT);
    }

    @Test
    void pictureTallerThanTheBodyIsScaledDownToFit() {
        PlacedImage placed = Pages.items(first(para(new PP(), image(100, 600))), PlacedImage.class).get(0);
        assertThat(placed.height()).isCloseTo(300, EXACT);
        assertThat(placed.width()).isCloseTo(50, EXACT);
    }

    private static TableCell cell(Block... blocks) {
        return new TableCell(List.of(blocks), 1, false, null);
    }

    @Test
    void tableCellsSitSideBySideOnTheGridIndentedByTheTable() {
        Table inner = new Table(List.of(50.0), List.of(new TableRow(List.of(cell(para("nested"))), false)), 10);
        Table table = new Table(List.of(100.0, 100.0), List.of(
                new TableRow(List.of(cell(para("A1")), cell(para("B1"), inner)), true),
                new TableRow(List.of(cell(para("A2")), cell(para("B2"))), false)), 20);
        Page page = first(para("before"), table, para("after"));
        assertThat(Pages.lines(page)).containsExactly("before", "A1 B1", "nested", "A2 B2", "after");
        // text one default cell margin (5.4 pt) in from the cell edge; the nested grid starts at its
        // cell's text edge plus its own indent
        assertThat(Pages.find(page, "A1").x()).isCloseTo(MARGIN + 20 + 5.4, EXACT);
        assertThat(Pages.find(page, "B1").x()).isCloseTo(MARGIN + 20 + 100 + 5.4, EXACT);
        assertThat(Pages.find(page, "nested").x()).isCloseTo(MARGIN + 20 + 100 + 5.4 + 10 + 5.4, EXACT);
        assertThat(Pages.find(page, "after").x()).isCloseTo(MARGIN, EXACT);
    }

    @Test
    void pageBreaksInsideTableCellsAreIgnored() {
        Paragraph withBreak = para(new PP(), run("x"), new Break(Break.Kind.PAGE, TEXT), run("y"));
        Table table = new Table(List.of(100.0), List.of(new TableRow(List.of(cell(withBreak)), false)), 0);
        assertThat(engine.layout(doc(table), LayoutProgress.NONE).pages()).hasSize(1);
    }

    @Test
    void verticallyMergedPlaceholderCellsAddNoLines() {
        Table table = new Table(List.of(100.0, 100.0), List.of(
                new TableRow(List.of(cell(para("top")), cell(para("right"))), false),
                new TableRow(List.of(new TableCell(List.of(para("")), 1, true, null), cell(para("below"))), false)),
                0);
        assertThat(Pages.lines(first(table))).containsExactly("top right", "below");
        assertThat(Pages.baselines(first(table))).hasSize(2);
    }

    @Test
    void progressIsReportedAtMostAHundredTimesAndEndsComplete() {
        List<Block> blocks = new ArrayList<>(Docs.fillerLines(1000));
        List<Double> reports = new ArrayList<>();
        engine.layout(doc(blocks.toArray(Block[]::new)), reports::add);
        assertThat(reports).hasSizeBetween(2, 101);
        assertThat(reports).isSorted();
        assertThat(reports.get(reports.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void engineCanBeReusedForAnotherDocument() {
        LaidOutDocument a = engine.layout(doc(para("one")), LayoutProgress.NONE);
        LaidOutDocument b = engine.layout(doc(para("one")), LayoutProgress.NONE);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void emptyParagraphClosingACellAfterANestedTableTakesNoLine() {
        Table inner = new Table(List.of(50.0), List.of(new TableRow(List.of(cell(para("nested"))), false)), 0);
        Table table = new Table(List.of(100.0), List.of(new TableRow(List.of(cell(inner, para(""))), false)), 0);
        Page page = first(table, para("after"));
        assertThat(Pages.find(page, "after").baseline() - Pages.find(page, "nested").baseline())
                .isCloseTo(12, EXACT);
    }
}
