package org.inkpool.layout;

import org.inkpool.layout.page.Page;
import org.inkpool.layout.page.PathItem;
import org.inkpool.layout.page.TurnedText;
import org.assertj.core.data.Offset;
import org.inkpool.model.drawing.DrawingItem;
import org.inkpool.model.InlineDrawing;
import org.inkpool.model.drawing.PathSegment;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.drawing.ShapeFill;
import org.inkpool.model.drawing.ShapeStroke;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.layout.Docs.MARGIN;
import static org.inkpool.layout.Docs.PP;
import static org.inkpool.layout.Docs.doc;
import static org.inkpool.layout.Docs.para;
import static org.inkpool.layout.Docs.run;

/** Shape paths, turned pictures and WordArt of a drawing become page items where the drawing stands. */
class ShapeLayoutTest {
    private static final Offset<Double> EXACT = Offset.offset(1e-6);
    private final LayoutEngine engine = new LayoutEngine(new FakeMetrics());

    private Page layout(InlineDrawing drawing) {
        return engine.layout(doc(para(new PP(), run("ab"), drawing)), LayoutProgress.NONE).pages().get(0);
    }

    @Test
    void aPathIsMovedWithItsDrawingAndScaledWithItsStroke() {
        ShapeStroke stroke = new ShapeStroke(Rgb.BLACK, 4);
        InlineDrawing drawing = new InlineDrawing(400, 100, List.of(new DrawingItem.DrawnPath(List.of(
                new PathSegment.MoveTo(0, 0), new PathSegment.LineTo(400, 100),
                new PathSegment.CurveTo(300, 100, 200, 50, 100, 0), new PathSegment.Close()),
                new ShapeFill.Solid(new Rgb(0x123456), 0.5), stroke)), "");
        Page page = layout(drawing);
        // the column is 200 wide: the 400-wide drawing is halved and stands alone on its line
        PathItem path = Pages.items(page, PathItem.class).get(0);
        PathSegment.MoveTo m = (PathSegment.MoveTo) path.segments().get(0);
        PathSegment.LineTo l = (PathSegment.LineTo) path.segments().get(1);
        PathSegment.CurveTo c = (PathSegment.CurveTo) path.segments().get(2);
        double top = m.y();
        assertThat(m.x()).isCloseTo(MARGIN, EXACT);
        assertThat(l.x() - m.x()).isCloseTo(200, EXACT);
        assertThat(l.y() - top).isCloseTo(50, EXACT);
        assertThat(c.x1() - m.x()).isCloseTo(150, EXACT);
        assertThat(path.stroke().width()).isCloseTo(2, EXACT);
        assertThat(path.fill()).isEqualTo(new ShapeFill.Solid(new Rgb(0x123456), 0.5));
    }

    @Test
    void wordArtFillsItsBoxWidthWithTheFacesAdvancesAndTurnsAboutTheBoxCentre() {
        ShapeFill.Solid silver = new ShapeFill.Solid(new Rgb(0xC0C0C0), 0.5);
        InlineDrawing drawing = new InlineDrawing(100, 40, List.of(
                new DrawingItem.DrawnTextArt("DRAFT", "Arial", false, false, silver, 0, 0, 100, 40, 315)), "");
        Page page = layout(drawing);
        TurnedText art = Pages.items(page, TurnedText.class).get(0);
        // FakeMetrics: each character advances half the size; 5 characters fill 100 at size 40, but the
        // box is only 40 tall and a line is ascent + descent = 1 × size: size 40 fits both
        assertThat(art.run().size()).isCloseTo(40, EXACT);
        assertThat(art.run().text()).isEqualTo("DRAFT");
        assertThat(art.rotation()).isCloseTo(315, EXACT);
        assertThat(art.alpha()).isCloseTo(0.5, EXACT);
        assertThat(art.cx()).isCloseTo(MARGIN + 10 + 50, EXACT);
        assertThat(art.run().x()).isCloseTo(art.cx() - 50, EXACT);
        // centred vertically: baseline = centre + (ascent − descent) / 2 = centre + 12
        assertThat(art.run().baseline()).isCloseTo(art.cy() + 12, EXACT);
        assertThat(art.run().color()).isEqualTo(new Rgb(0xC0C0C0));
    }
}
