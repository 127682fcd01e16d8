package org.inkpool.docx.chart;

import org.inkpool.model.drawing.DrawingItem;
import org.inkpool.model.drawing.DrawingItem.DrawnRect;
import org.inkpool.model.drawing.DrawingItem.DrawnText;
import org.inkpool.model.style.Rgb;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Round axis ticks as LibreOffice picks them, and the labels, legend and bars a chart is drawn with. */
class ChartPainterTest {

    private static final List<Rgb> PALETTE = ChartLoader.OFFICE_2013;

    @Test
    void axisGoesFromZeroToARoundMaximumWithHeadRoom() {
        // the stacked column chart of docx4j-chart: top 12.3 → 0…14 in steps of 2 (LibreOffice's reference)
        AxisScale stacked = AxisScale.of(0, 12.3, 9);
        assertThat(stacked.ticks()).containsExactly(0.0, 2.0, 4.0, 6.0, 8.0, 10.0, 12.0, 14.0);
        // a maximum on a tick gets one more step: 5 → 0…6 (poi-61745)
        assertThat(AxisScale.of(0, 5, 10).ticks()).containsExactly(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0);
        // a short axis takes bigger steps
        assertThat(AxisScale.of(0, 5, 3).ticks()).containsExactly(0.0, 2.0, 4.0, 6.0);
        AxisScale small = AxisScale.of(0, 0.37, 8);
        assertThat(small.step()).isEqualTo(0.05);
        assertThat(small.label(0.15, false)).isEqualTo("0.15");
        AxisScale negative = AxisScale.of(-3, 7, 10);
        assertThat(negative.min()).isEqualTo(-4.0);
        assertThat(negative.label(-4, false)).isEqualTo("-4");
        assertThat(AxisScale.percent(5).label(0.4, true)).isEqualTo("40%");
    }

    private static ChartData columns(ChartData.Grouping grouping, ChartData.LegendPosition legend) {
        return new ChartData(ChartData.Type.BAR, "barChart", false, grouping, "Fruit",
                List.of("Q1", "Q2"),
                List.of(new ChartData.Series("Apples", Arrays.asList(4.0, 2.0), null),
                        new ChartData.Series("Pears", Arrays.asList(1.0, 3.0), new Rgb(0x00FF00))),
                legend, true, true, true, false, 10, 14, List.of(), false, null, null);
    }

    private static List<String> texts(List<DrawingItem> items) {
        return items.stream().filter(DrawnText.class::isInstance).map(i -> ((DrawnText) i).text()).toList();
    }

    @Test
    void aColumnChartHasItsTitleTicksCategoriesAndLegend() {
        List<DrawingItem> items = ChartPainter.paint(columns(ChartData.Grouping.CLUSTERED,
                ChartData.LegendPosition.RIGHT), 400, 250, "Calibri", Rgb.BLACK, PALETTE);

        assertThat(texts(items)).contains("Fruit", "Q1", "Q2", "Apples", "Pears", "0", "1", "2", "3", "4", "5");
        assertThat(texts(items)).doesNotContain("6");
        DrawnText title = find(items, "Fruit");
        assertThat(title.alignment()).isEqualTo(org.inkpool.model.style.Alignment.CENTER);
        assertThat(title.x()).isEqualTo(200.0);
        assertThat(find(items, "Apples").x()).as("legend at the right").isGreaterThan(300);
        // tick labels stand right-aligned left of the plot, the higher value above
        DrawnText zero = find(items, "0");
        DrawnText four = find(items, "4");
        assertThat(zero.alignment()).isEqualTo(org.inkpool.model.style.Alignment.RIGHT);
        assertThat(four.baseline()).isLessThan(zero.baseline());
        assertThat(find(items, "Q1").x()).isLessThan(find(items, "Q2").x());

        List<DrawnRect> bars = items.stream().filter(DrawnRect.class::isInstance).map(DrawnRect.class::cast)
                .filter(r -> r.fill() != null).toList();
        assertThat(bars).as("legend keys and four bars").hasSize(2 + 4);
        DrawnRect apples1 = bars.stream().filter(r -> r.fill().equals(PALETTE.get(0)) && r.height() > 5)
                .max(java.util.Comparator.comparingDouble(DrawnRect::height)).orElseThrow();
        DrawnRect pears1 = bars.stream().filter(r -> r.fill().equals(new Rgb(0x00FF00)) && r.height() > 5)
                .min(java.util.Comparator.comparingDouble(DrawnRect::x)).orElseThrow();
        assertThat(apples1.height()).as("4 is four times 1").isCloseTo(4 * pears1.height(),
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(apples1.y() + apples1.height()).as("bars stand on the zero line")
                .isCloseTo(pears1.y() + pears1.height(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(pears1.x()).as("the second series stands right of the first").isGreaterThan(apples1.x());
    }

    @Test
    void stackedBarsListTheLastSeriesFirstAndAPieListsItsCategories() {
        List<DrawingItem> stacked = ChartPainter.paint(columns(ChartData.Grouping.STACKED,
                ChartData.LegendPosition.RIGHT), 400, 250, "Calibri", Rgb.BLACK, PALETTE);
        assertThat(find(stacked, "Pears").baseline()).isLessThan(find(stacked, "Apples").baseline());
        assertThat(texts(stacked)).as("stacked top 5 → 0…6").contains("6");

        ChartData pie = new ChartData(ChartData.Type.PIE, "pieChart", false, ChartData.Grouping.CLUSTERED, null,
                List.of("Jan", "Feb", "Mar"), List.of(new ChartData.Series("Total", Arrays.asList(1.0, 1.0, 2.0), null)),
                ChartData.LegendPosition.BOTTOM, true, true, false, true, 10, 14, List.of(), false, null, null);
        List<DrawingItem> items = ChartPainter.paint(pie, 300, 200, "Calibri", Rgb.BLACK, PALETTE);
        assertThat(texts(items)).containsExactly("Jan", "Feb", "Mar");
        // Mar is half of the pie: its strips cover about half the disc's area
        double[] area = new double[3];
        for (DrawingItem i : items) {
            if (i instanceof DrawnRect r && r.fill() != null && r.height() < 2) {
                area[PALETTE.indexOf(r.fill())] += r.width() * r.height();
            }
        }
        assertThat(area[2] / (area[0] + area[1] + area[2])).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.03));
        assertThat(area[0] / area[1]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.1));
    }

    private static DrawnText find(List<DrawingItem> items, String text) {
        return items.stream().filter(DrawnText.class::isInstance).map(DrawnText.class::cast)
                .filter(t -> t.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(text));
    }
}
