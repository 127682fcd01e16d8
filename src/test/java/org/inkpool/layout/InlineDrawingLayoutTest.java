package org.inkpool.layout;

import org.inkpool.layout.page.FilledRect;
import org.inkpool.layout.page.GlyphRun;
import org.inkpool.layout.page.Page;
import org.inkpool.layout.page.Rule;
import org.assertj.core.data.Offset;
import org.inkpool.model.style.Alignment;
import org.inkpool.model.drawing.DrawingItem;
import org.inkpool.model.InlineDrawing;
import org.inkpool.model.style.Rgb;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.layout.Docs.MARGIN;
import static org.inkpool.layout.Docs.PP;
import static org.inkpool.layout.Docs.TEXT;
import static org.inkpool.layout.Docs.doc;
import static org.inkpool.layout.Docs.para;
import static org.inkpool.layout.Docs.run;

/** A vector drawing sits in the line like a picture; its items land on the page moved (and scaled) with it. */
class InlineDrawingLayoutTest {

    private static final Offset<Double> EXACT = Offset.offset(1e-6);
    private static final Rgb RED = new Rgb(0xFF0000);
    private final LayoutEngine engine = new LayoutEngine(new FakeMetrics());

    private static InlineDrawing drawing(double width, double height) {
        return new InlineDrawing(width, height, List.of(
                new DrawingItem.DrawnRect(10, 20, 30, 40, RED, null),
                new DrawingItem.DrawnLine(0, 5, 100, 5, 2, Rgb.BLACK),
                new DrawingItem.DrawnText(50, 60, "Label", TEXT, Alignment.CENTER),
                new DrawingItem.DrawnText(90, 70, "R", TEXT, Alignment.RIGHT)), "chart");
    }

    private Page first(InlineDrawing drawing) {
        return engine.layout(doc(para(new PP(), run("ab"), drawing), para("next")), LayoutProgress.NONE)
                .pages().get(0);
    }

    @Test
    void itemsAreTranslatedToWhereTheDrawingStandsOnTheBaseline() {
        Page page = first(drawing(100, 80));
        // "ab" is 10 wide (FakeMetrics: 0.5 × 10 pt per character); the drawing's top is 80 above the baseline
        double left = MARGIN + 10;
        double top = Pages.find(page, "ab").baseline() - 80;
        assertThat(top).isCloseTo(MARGIN, EXACT);

        FilledRect rect = Pages.items(page, FilledRect.class).get(0);
        assertThat(rect.x()).isCloseTo(left + 10, EXACT);
        assertThat(rect.y()).isCloseTo(top + 20, EXACT);
        assertThat(rect.width()).isCloseTo(30, EXACT);
        assertThat(rect.height()).isCloseTo(40, EXACT);
        assertThat(rect.color()).isEqualTo(RED);

        Rule rule = Pages.items(page, Rule.class).get(0);
        assertThat(rule.x1()).isCloseTo(left, EXACT);
        assertThat(rule.y1()).isCloseTo(top + 5, EXACT);
        assertThat(rule.x2()).isCloseTo(left + 100, EXACT);
        assertThat(rule.thickness()).isCloseTo(2, EXACT);

        GlyphRun label = Pages.find(page, "Label");
        assertThat(label.x()).as("centred on x = 50: five characters of 5 pt").isCloseTo(left + 50 - 12.5, EXACT);
        assertThat(label.baseline()).isCloseTo(top + 60, EXACT);
        assertThat(label.size()).isCloseTo(10, EXACT);
        assertThat(Pages.find(page, "R").x()).as("right-aligned ends at x = 90").isCloseTo(left + 90 - 5, EXACT);
        assertThat(Pages.find(page, "next").baseline()).isGreaterThan(top + 80);
    }

    @Test
    void aDrawingWiderThanTheColumnIsScaledDownWithItsTextAndStrokes() {
        // the column is 200 wide: a 400 × 160 drawing is drawn at half size
        Page page = engine.layout(doc(para(new PP(), drawing(400, 160))), LayoutProgress.NONE).pages().get(0);
        FilledRect rect = Pages.items(page, FilledRect.class).get(0);
        assertThat(rect.x()).isCloseTo(MARGIN + 5, EXACT);
        assertThat(rect.y()).isCloseTo(MARGIN + 10, EXACT);
        assertThat(rect.width()).isCloseTo(15, EXACT);
        assertThat(rect.height()).isCloseTo(20, EXACT);
        assertThat(Pages.items(page, Rule.class).get(0).thickness()).isCloseTo(1, EXACT);
        GlyphRun label = Pages.find(page, "Label");
        assertThat(label.size()).isCloseTo(5, EXACT);
        assertThat(label.x()).isCloseTo(MARGIN + 25 - 6.25, EXACT);
        assertThat(label.baseline()).isCloseTo(MARGIN + 30, EXACT);
    }
}
