package org.inkpool.layout;

import org.inkpool.layout.page.GlyphRun;
import org.inkpool.layout.page.LaidOutDocument;
import org.inkpool.layout.page.Page;
import org.inkpool.layout.page.PlacedImage;
import org.inkpool.model.drawing.Anchor;
import org.inkpool.model.AnchoredObject;
import org.inkpool.model.Block;
import org.inkpool.model.section.HeaderFooterPart;
import org.inkpool.model.section.HeadersFooters;
import org.inkpool.model.Inline;
import org.inkpool.model.InlineImage;
import org.inkpool.model.section.PageNumbering;
import org.inkpool.model.section.Section;
import org.inkpool.model.section.SectionStart;
import org.inkpool.model.drawing.TextBox;
import org.inkpool.model.TextRun;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.inkpool.layout.Docs.MARGIN;
import static org.inkpool.layout.Docs.PAGE;
import static org.inkpool.layout.Docs.PP;
import static org.inkpool.layout.Docs.TEXT;
import static org.inkpool.layout.Docs.doc;
import static org.inkpool.layout.Docs.para;

/**
 * Floating objects: positioned against page, margin and paragraph, text flowing around them as
 * their wrap says, layered behind or in front, text boxes' text inside their text rectangle.
 * The page is 300 × 400 with 50 pt margins; FakeMetrics gives 5 pt per character at 10 pt.
 */
class FloatLayoutTest {

    private static final InlineImage PICTURE = new InlineImage(new byte[] {1}, InlineImage.ImageFormat.PNG, 60, 40,
            "logo");
    private final LayoutEngine engine = new LayoutEngine(new FakeMetrics());

    private static Anchor anchor(double x, double y, Anchor.WrapType wrap, Anchor.WrapText side, boolean behind) {
        return new Anchor(Anchor.Position.offset(Anchor.RelativeFrom.MARGIN, x),
                Anchor.Position.offset(Anchor.RelativeFrom.PARAGRAPH, y),
                new Anchor.Wrap(wrap, side, 0, 0, 0, 0, List.of()), behind, 1, true, true, false, null);
    }

    private static AnchoredObject picture(Anchor anchor) {
        return new AnchoredObject(anchor, 60, 40, PICTURE, null, "logo");
    }

    private static String words(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append("word").append(i % 10);
        }
        return sb.toString();
    }

    private static Block anchoring(AnchoredObject object, String text) {
        List<Inline> inlines = new ArrayList<>();
        inlines.add(object);
        inlines.add(new TextRun(text, TEXT));
        return para(new PP(), inlines.toArray(Inline[]::new));
    }

    @Test
    void squareWrapOnTheRightShortensTheLinesBesideTheFloatOnly() {
        Page page = engine.layout(doc(anchoring(picture(anchor(140, 0, Anchor.WrapType.SQUARE,
                Anchor.WrapText.BOTH_SIDES, false)), words(60))), LayoutProgress.NONE).pages().get(0);
        PlacedImage image = Pages.items(page, PlacedImage.class).get(0);
        assertThat(image.x()).isCloseTo(MARGIN + 140, within(1e-6));
        assertThat(image.y()).isCloseTo(MARGIN, within(1e-6));
        for (GlyphRun run : Pages.runs(page)) {
            double lineTop = run.baseline() - 10;
            if (lineTop < image.y() + image.height()) {
                assertThat(Pages.end(run)).as(run.text()).isLessThanOrEqualTo(image.x() + 1e-6);
            }
        }
        double widest = Pages.runs(page).stream().mapToDouble(Pages::end).max().orElseThrow();
        assertThat(widest).as("lines below the float take the whole measure again").isGreaterThan(image.x() + 20);
    }

    @Test
    void bothSidesPutsTextLeftAndRightOfAFloatInTheMiddle() {
        Page page = engine.layout(doc(anchoring(picture(anchor(70, 0, Anchor.WrapType.SQUARE,
                Anchor.WrapText.BOTH_SIDES, false)), words(60))), LayoutProgress.NONE).pages().get(0);
        double firstBaseline = Pages.baselines(page).get(0);
        List<GlyphRun> first = Pages.runs(page).stream().filter(r -> r.baseline() == firstBaseline).toList();
        assertThat(first.stream().anyMatch(r -> Pages.end(r) <= MARGIN + 70 + 1e-6)).isTrue();
        assertThat(first.stream().anyMatch(r -> r.x() >= MARGIN + 130 - 1e-6)).isTrue();
    }

    @Test
    void aParagraphRelativeOffsetIsMeasuredFromAboveTheParagraphsSpaceBefore() {
        Block anchoringSpaced = para(new PP().space(30, 0), picture(anchor(0, 5, Anchor.WrapType.NONE,
                Anchor.WrapText.BOTH_SIDES, false)), new TextRun("anchor", TEXT));
        Page page = engine.layout(doc(para("first"), anchoringSpaced), LayoutProgress.NONE).pages().get(0);
        PlacedImage image = Pages.items(page, PlacedImage.class).get(0);
        double anchorLineTop = Pages.baselines(page).get(1) - 10;
        // the paragraph starts where its space before starts (as Word and the reference renderer place it)
        assertThat(image.y()).isCloseTo(anchorLineTop - 30 + 5, within(1e-6));
    }

    @Test
    void topAndBottomMovesTheTextBelowTheFloat() {
        Page page = engine.layout(doc(anchoring(picture(anchor(0, 0, Anchor.WrapType.TOP_AND_BOTTOM,
                Anchor.WrapText.BOTH_SIDES, false)), words(10))), LayoutProgress.NONE).pages().get(0);
        double firstBaseline = Pages.baselines(page).get(0);
        assertThat(firstBaseline - 10).isGreaterThanOrEqualTo(MARGIN + 40 - 1e-6);
    }

    @Test
    void behindTextIsPaintedFirstAndLeavesTheLinesAlone() {
        Page page = engine.layout(doc(anchoring(picture(anchor(0, 0, Anchor.WrapType.NONE,
                Anchor.WrapText.BOTH_SIDES, true)), words(10))), LayoutProgress.NONE).pages().get(0);
        assertThat(painted(page).get(0)).isInstanceOf(PlacedImage.class);
        assertThat(Pages.runs(page).get(0).x()).isCloseTo(MARGIN, within(1e-6));
        Page front = engine.layout(doc(anchoring(picture(anchor(0, 0, Anchor.WrapType.NONE,
                Anchor.WrapText.BOTH_SIDES, false)), words(10))), LayoutProgress.NONE).pages().get(0);
        assertThat(painted(front).get(painted(front).size() - 1)).isInstanceOf(PlacedImage.class);
    }

    /** The page's items in painting order, without the structure tags around them. */
    private static java.util.List<org.inkpool.layout.page.PageItem> painted(Page page) {
        return page.items().stream().filter(i -> !(i instanceof org.inkpool.layout.page.Tag)).toList();
    }

    @Test
    void aTextBoxPaintsItsTextInsideItsTextRectangleAndTakesNoLine() {
        TextBox box = new TextBox(List.of(para("inside")), new TextBox.Insets(5, 4, 5, 4), TextBox.VerticalAnchor.TOP,
                TextBox.Direction.HORIZONTAL, false, null, 0);
        Anchor a = new Anchor(Anchor.Position.offset(Anchor.RelativeFrom.PAGE, 100),
                Anchor.Position.offset(Anchor.RelativeFrom.PAGE, 200), Anchor.Wrap.NONE, false, 1, true, true, false,
                null);
        Page page = engine.layout(doc(para(new PP(), new AnchoredObject(a, 80, 30, null, box, ""),
                new TextRun("body", TEXT))), LayoutProgress.NONE).pages().get(0);
        GlyphRun inside = Pages.find(page, "inside");
        assertThat(inside.x()).isCloseTo(105, within(1e-6));
        assertThat(inside.baseline()).isBetween(204.0, 230.0);
        assertThat(Pages.find(page, "body").baseline()).isLessThan(MARGIN + 15);
    }

    @Test
    void anAutoWidthFrameIsAsWideAsItsWidestLineAndTheTextRunsBesideIt() {
        // a w:framePr frame without w:w: zero width, square wrap, growing with its text
        TextBox box = new TextBox(List.of(para(words(30))), TextBox.Insets.NONE, TextBox.VerticalAnchor.TOP,
                TextBox.Direction.HORIZONTAL, true, null, 0);
        Anchor a = new Anchor(Anchor.Position.offset(Anchor.RelativeFrom.COLUMN, 0),
                Anchor.Position.offset(Anchor.RelativeFrom.PARAGRAPH, 0),
                new Anchor.Wrap(Anchor.WrapType.SQUARE, Anchor.WrapText.BOTH_SIDES, 0, 0, 0, 0, List.of()),
                false, 0, true, true, false, null);
        Page page = engine.layout(doc(para(new PP(), new AnchoredObject(a, 0, 0, null, box, ""),
                new TextRun("body", TEXT))), LayoutProgress.NONE).pages().get(0);
        // 30 words of 5 characters break into lines of the 200 pt column, starting at its left edge
        GlyphRun first = Pages.find(page, "word0");
        assertThat(first.x()).isCloseTo(MARGIN, within(1e-6));
        double lowestFramed = Pages.runs(page).stream().filter(r -> r.text().contains("word"))
                .mapToDouble(GlyphRun::baseline).max().orElseThrow();
        assertThat(lowestFramed).isGreaterThan(first.baseline() + 20); // several lines: not one 0-wide column
        // lines of six 25 pt words (175 pt) leave 25 pt of the column: the paragraph's own text runs there
        double widest = Pages.runs(page).stream().filter(r -> r.text().contains("word"))
                .mapToDouble(Pages::end).max().orElseThrow();
        assertThat(widest).isCloseTo(MARGIN + 175, within(0.1));
        GlyphRun body = Pages.find(page, "body");
        assertThat(body.baseline()).isLessThan(lowestFramed);
        assertThat(body.x()).isGreaterThanOrEqualTo(widest - 1e-6);
    }

    @Test
    void aDropCapFrameIsAsWideAsItsLetterAndTheParagraphsLinesRunBesideIt() {
        // framePr dropCap: an auto-width frame holding one 40 pt letter (20 pt wide with FakeMetrics)
        TextBox box = new TextBox(List.of(para(new PP(), new TextRun("D", TEXT.withSize(40)))), TextBox.Insets.NONE,
                TextBox.VerticalAnchor.TOP, TextBox.Direction.HORIZONTAL, true, null, 0);
        Anchor a = new Anchor(Anchor.Position.offset(Anchor.RelativeFrom.COLUMN, 0),
                Anchor.Position.offset(Anchor.RelativeFrom.PARAGRAPH, 0),
                new Anchor.Wrap(Anchor.WrapType.SQUARE, Anchor.WrapText.BOTH_SIDES, 0, 0, 0, 0, List.of()),
                false, 0, true, true, false, null);
        Page page = engine.layout(doc(para(new PP(), new AnchoredObject(a, 0, 0, null, box, ""),
                new TextRun(words(40), TEXT))), LayoutProgress.NONE).pages().get(0);
        GlyphRun cap = Pages.find(page, "D");
        assertThat(cap.x()).isCloseTo(MARGIN, within(1e-6));
        GlyphRun first = Pages.find(page, "word0");
        assertThat(first.baseline()).isLessThan(cap.baseline()); // beside the letter, not below it
        assertThat(first.x()).isCloseTo(MARGIN + 20, within(0.1));
        // below the letter the lines take the column's full width again
        double lowest = Pages.runs(page).stream().mapToDouble(GlyphRun::baseline).max().orElseThrow();
        GlyphRun last = Pages.runs(page).stream().filter(r -> r.baseline() == lowest).findFirst().orElseThrow();
        assertThat(last.x()).isCloseTo(MARGIN, within(1e-6));
    }

    @Test
    void aFloatingTableStandsAtItsPositionAndTheTextWrapsBesideIt() {
        // a w:tblpPr table: a text box holding the table, as wide as its grid, right-aligned in the margins
        org.inkpool.model.Table table = new org.inkpool.model.Table(List.of(80.0), List.of(new org.inkpool.model.table.TableRow(
                List.of(new org.inkpool.model.table.TableCell(List.of(para("cell")), 1, false, null)), false)), 0);
        TextBox box = new TextBox(List.of(table), TextBox.Insets.NONE, TextBox.VerticalAnchor.TOP,
                TextBox.Direction.HORIZONTAL, true, null, 0);
        Anchor a = new Anchor(Anchor.Position.aligned(Anchor.RelativeFrom.MARGIN, Anchor.Align.RIGHT),
                Anchor.Position.offset(Anchor.RelativeFrom.PARAGRAPH, 0),
                new Anchor.Wrap(Anchor.WrapType.SQUARE, Anchor.WrapText.BOTH_SIDES, 0, 0, 9, 9, List.of()),
                false, 0, true, true, false, null);
        Page page = engine.layout(doc(para(new PP(), new AnchoredObject(a, 80, 0, null, box, ""),
                new TextRun(words(10), TEXT))), LayoutProgress.NONE).pages().get(0);
        GlyphRun cell = Pages.find(page, "cell");
        assertThat(cell.x()).isBetween(PAGE.width() - MARGIN - 80, PAGE.width() - MARGIN);
        assertThat(cell.baseline()).isLessThan(MARGIN + 15);
        // the first line of the paragraph runs beside the table, left of it and its 9 pt distance
        GlyphRun first = Pages.find(page, "word0");
        assertThat(first.baseline()).isLessThan(MARGIN + 15);
        assertThat(Pages.end(first)).isLessThanOrEqualTo(PAGE.width() - MARGIN - 80 - 9 + 1e-6);
    }

    @Test
    void aCentredTextBoxCentresItsTextVertically() {
        TextBox box = new TextBox(List.of(para("mid")), TextBox.Insets.NONE, TextBox.VerticalAnchor.CENTER,
                TextBox.Direction.HORIZONTAL, false, null, 0);
        Anchor a = new Anchor(Anchor.Position.offset(Anchor.RelativeFrom.PAGE, 100),
                Anchor.Position.offset(Anchor.RelativeFrom.PAGE, 200), Anchor.Wrap.NONE, false, 1, true, true, false,
                null);
        Page page = engine.layout(doc(para(new PP(), new AnchoredObject(a, 80, 100, null, box, ""))),
                LayoutProgress.NONE).pages().get(0);
        // one 12 pt line centred in 100: its top at 244, baseline 244 + ascent
        double top = 200 + (100 - 12) / 2.0;
        assertThat(Pages.find(page, "mid").baseline()).isBetween(top, top + 12);
    }

    @Test
    void aFloatWhoseParagraphMovesToTheNextPageMovesWithIt() {
        List<Block> blocks = new ArrayList<>(Docs.fillerLines(24));
        blocks.add(anchoring(picture(anchor(0, 0, Anchor.WrapType.SQUARE, Anchor.WrapText.BOTH_SIDES, false)),
                words(30)));
        LaidOutDocument laid = engine.layout(doc(blocks.toArray(Block[]::new)), LayoutProgress.NONE);
        assertThat(laid.pages()).hasSizeGreaterThan(1);
        assertThat(Pages.items(laid.pages().get(0), PlacedImage.class)).isEmpty();
        assertThat(Pages.items(laid.pages().get(1), PlacedImage.class)).hasSize(1);
    }

    @Test
    void aFloatInTheHeaderStandsOnEveryPage() {
        Anchor a = new Anchor(Anchor.Position.offset(Anchor.RelativeFrom.PAGE, 10),
                Anchor.Position.offset(Anchor.RelativeFrom.PAGE, 10), Anchor.Wrap.NONE, true, 1, true, true, false,
                null);
        HeaderFooterPart header = new HeaderFooterPart(List.of(para(new PP(), new AnchoredObject(a, 60, 40, PICTURE,
                null, ""))));
        HeadersFooters hf = new HeadersFooters(java.util.Map.of(org.inkpool.model.section.HeaderFooterType.DEFAULT, header),
                java.util.Map.of(), false);
        Section s = new Section(PAGE, SectionStart.NEXT_PAGE, Docs.fillerLines(60), hf, PageNumbering.CONTINUE);
        LaidOutDocument laid = engine.layout(doc(s), LayoutProgress.NONE);
        assertThat(laid.pages()).hasSizeGreaterThan(2);
        for (Page page : laid.pages()) {
            List<PlacedImage> images = Pages.items(page, PlacedImage.class);
            assertThat(images).hasSize(1);
            assertThat(images.get(0).x()).isCloseTo(10, within(1e-6));
        }
        assertThat(Pages.baselines(laid.pages().get(0)).get(0)).isLessThan(MARGIN + 15);
    }
}
