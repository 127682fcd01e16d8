package org.inkpool.docx.chart;

import org.inkpool.model.style.Alignment;
import org.inkpool.model.drawing.DrawingItem;
import org.inkpool.model.drawing.DrawingItem.DrawnLine;
import org.inkpool.model.drawing.DrawingItem.DrawnRect;
import org.inkpool.model.drawing.DrawingItem.DrawnText;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.style.RunProps;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws {@link ChartData} into a box of the graphic's size as vector items with real text, in the manner of
 * Office's default chart style: title on top, legend at its side, value axis with round ticks and
 * gridlines, category labels under the plot. Text widths are estimated (the reader has no font
 * metrics); the estimate only decides how much room labels and the legend get.
 */
final class ChartPainter {
    /** Average advance of a chart font (Calibri-like) per point of size. */
    private static final double AVERAGE_ADVANCE = 0.5;
    private static final double PADDING = 7;
    /** Office's default gap between bar groups: 150 % of a bar's width. */
    private static final double GAP_WIDTH = 1.5;
    private static final int MAX_TICKS = 10;
    private static final Rgb GRIDLINE = new Rgb(0xD9D9D9);
    private static final Rgb AXIS = new Rgb(0xBFBFBF);

    private final ChartData chart;
    private final double width;
    private final double height;
    private final String font;
    private final Rgb textColour;
    private final List<Rgb> palette;
    private final List<DrawingItem> items = new ArrayList<>();

    private ChartPainter(ChartData chart, double width, double height, String font, Rgb textColour,
                         List<Rgb> palette) {
        this.chart = chart;
        this.width = width;
        this.height = height;
        this.font = font;
        this.textColour = textColour;
        this.palette = palette.isEmpty() ? List.of(new Rgb(0x4472C4)) : palette;
    }

    /** The chart's items, in points from the top-left corner of a width × height box. */
    static List<DrawingItem> paint(ChartData chart, double width, double height, String font, Rgb textColour,
                                   List<Rgb> palette) {
        ChartPainter p = new ChartPainter(chart, width, height, font, textColour, palette);
        p.draw();
        return p.items;
    }

    private void draw() {
        items.add(new DrawnRect(0, 0, width, height, null, GRIDLINE));
        double ts = chart.textSize();
        double top = PADDING;
        if (chart.title() != null && !chart.title().isBlank()) {
            items.add(new DrawnText(width / 2, top + chart.titleSize(), chart.title(),
                    props(chart.titleSize(), chart.titleBold()), Alignment.CENTER));
            top += chart.titleSize() * 1.6;
        }
        double[] area = {PADDING, top, width - PADDING, height - PADDING};
        if (chart.legend() != null && chart.type() != ChartData.Type.OTHER) {
            legend(area, ts);
        }
        if (area[2] - area[0] < 4 || area[3] - area[1] < 4) {
            return; // no room left for a plot
        }
        switch (chart.type()) {
            case PIE -> pie(area);
            case BAR, LINE, AREA -> axes(area, ts);
            case OTHER -> { } // the frame and the title only: the reader warned
        }
    }

    // ---- legend ----

    private record Entry(String text, Rgb colour) {
    }

    private List<Entry> legendEntries() {
        List<Entry> entries = new ArrayList<>();
        if (chart.type() == ChartData.Type.PIE) {
            for (int i = 0; i < chart.categoryCount(); i++) {
                entries.add(new Entry(chart.category(i), pointColour(i)));
            }
            return entries;
        }
        for (int i = 0; i < chart.series().size(); i++) {
            entries.add(new Entry(chart.series().get(i).name(), seriesColour(i)));
        }
        // stacked and horizontal bars list the last series first, as they are drawn from the top down
        boolean reversed = chart.type() == ChartData.Type.BAR
                && (chart.horizontal() || chart.grouping() != ChartData.Grouping.CLUSTERED);
        if (reversed) {
            java.util.Collections.reverse(entries);
        }
        return entries;
    }

    /** Draws the legend at its side of the area and shrinks the area by the room it took. */
    private void legend(double[] area, double ts) {
        List<Entry> entries = legendEntries();
        if (entries.isEmpty()) {
            return;
        }
        double swatch = ts * 0.6;
        double rowHeight = ts * 1.4;
        if (chart.legend() == ChartData.LegendPosition.RIGHT || chart.legend() == ChartData.LegendPosition.LEFT) {
            double textWidth = 0;
            for (Entry e : entries) {
                textWidth = Math.max(textWidth, estimate(e.text(), ts));
            }
            double legendWidth = Math.min(swatch + 4 + textWidth, (area[2] - area[0]) / 2);
            double x = chart.legend() == ChartData.LegendPosition.RIGHT ? area[2] - legendWidth : area[0];
            double y = (area[1] + area[3]) / 2 - entries.size() * rowHeight / 2;
            for (Entry e : entries) {
                legendEntry(e, x, y, swatch, ts);
                y += rowHeight;
            }
            if (chart.legend() == ChartData.LegendPosition.RIGHT) {
                area[2] = x - ts;
            } else {
                area[0] = x + legendWidth + ts;
            }
            return;
        }
        // top or bottom: a grid of equal columns, as balanced as the rows allow, centred
        double available = area[2] - area[0];
        double column = 0;
        for (Entry e : entries) {
            column = Math.max(column, entryWidth(e, swatch, ts));
        }
        int columns = (int) Math.max(1, Math.min(entries.size(), Math.floor(available / column)));
        int rows = (entries.size() + columns - 1) / columns;
        columns = (entries.size() + rows - 1) / rows;
        double legendHeight = rows * rowHeight;
        double top = chart.legend() == ChartData.LegendPosition.BOTTOM ? area[3] - legendHeight : area[1];
        double left = (area[0] + area[2]) / 2 - Math.min(available, columns * column) / 2;
        for (int i = 0; i < entries.size(); i++) {
            legendEntry(entries.get(i), left + (i % columns) * column, top + (i / columns) * rowHeight, swatch, ts);
        }
        if (chart.legend() == ChartData.LegendPosition.BOTTOM) {
            area[3] -= legendHeight + ts * 0.5;
        } else {
            area[1] += legendHeight + ts * 0.5;
        }
    }

    private static double entryWidth(Entry e, double swatch, double ts) {
        return swatch + 4 + estimate(e.text(), ts) + ts;
    }

    /** One legend entry whose row starts at y: a colour key, then the name. */
    private void legendEntry(Entry e, double x, double y, double swatch, double ts) {
        double middle = y + ts * 0.7;
        if (chart.type() == ChartData.Type.LINE) {
            items.add(new DrawnLine(x, middle, x + swatch, middle, 2, e.colour()));
        } else {
            items.add(new DrawnRect(x, middle - swatch / 2, swatch, swatch, e.colour(), null));
        }
        items.add(new DrawnText(x + swatch + 4, middle + ts * 0.35, e.text(), props(ts), Alignment.LEFT));
    }

    // ---- axes, bars, lines, areas ----

    private void axes(double[] area, double ts) {
        boolean horizontal = chart.type() == ChartData.Type.BAR && chart.horizontal();
        boolean percent = chart.grouping() == ChartData.Grouping.PERCENT;
        int categories = Math.max(1, chart.categoryCount());
        double[] range = valueRange();
        double valueLength = horizontal ? area[2] - area[0] : area[3] - area[1];
        int maxSteps = (int) Math.max(1, Math.min(MAX_TICKS, Math.floor(valueLength / (2.4 * ts))));
        AxisScale scale = percent ? AxisScale.percent(maxSteps) : AxisScale.of(range[0], range[1], maxSteps);
        List<Double> ticks = scale.ticks();

        double left = area[0];
        double bottom = area[3];
        // axis titles stand upright (text here is never turned): the value axis's beside its labels
        // (below the plot for horizontal bars), the category axis's under its labels
        String sideTitle = horizontal ? chart.categoryTitle() : chart.valueTitle();
        String underTitle = horizontal ? chart.valueTitle() : chart.categoryTitle();
        if (sideTitle != null) {
            double w = Math.min(estimate(sideTitle, ts), (area[2] - area[0]) / 4);
            items.add(new DrawnText(left, (area[1] + area[3]) / 2, sideTitle, props(ts, true), Alignment.LEFT));
            left += w + 6;
        }
        if (underTitle != null) {
            items.add(new DrawnText((left + area[2]) / 2, bottom - ts * 0.3, underTitle, props(ts, true),
                    Alignment.CENTER));
            bottom -= ts * 1.5;
        }
        if (horizontal) {
            if (chart.categoryAxis()) {
                double w = 0;
                for (int i = 0; i < categories; i++) {
                    w = Math.max(w, estimate(chart.category(i), ts));
                }
                left += Math.min(w + 4, (area[2] - area[0]) / 3);
            }
            if (chart.valueAxis()) {
                bottom -= ts * 1.5;
            }
        } else {
            if (chart.valueAxis()) {
                double w = 0;
                for (double t : ticks) {
                    w = Math.max(w, estimate(scale.label(t, percent), ts));
                }
                left += w + 4;
            }
            if (chart.categoryAxis()) {
                bottom -= ts * 1.5;
                if (staggered(area[2] - left, categories, ts)) {
                    bottom -= ts * 1.2;
                }
            }
        }
        double plotTop = area[1] + ts * 0.5;
        double right = area[2];
        if (right - left < 4 || bottom - plotTop < 4) {
            return;
        }
        Plot plot = new Plot(left, plotTop, right, bottom, horizontal, scale, categories);

        for (double t : ticks) {
            if (chart.gridlines()) {
                line(plot, t, GRIDLINE);
            }
            if (chart.valueAxis()) {
                String label = scale.label(t, percent);
                if (horizontal) {
                    items.add(new DrawnText(plot.valuePosition(t), bottom + ts * 1.2, label, props(ts),
                            Alignment.CENTER));
                } else {
                    items.add(new DrawnText(left - 4, plot.valuePosition(t) + ts * 0.35, label, props(ts),
                            Alignment.RIGHT));
                }
            }
        }
        if (chart.categoryAxis()) {
            for (int i = 0; i < categories; i++) {
                double c = plot.categoryCentre(i);
                if (horizontal) {
                    items.add(new DrawnText(left - 4, c + ts * 0.35, chart.category(i), props(ts), Alignment.RIGHT));
                } else {
                    double row = i % 2 == 1 && staggered(right - left, categories, ts) ? ts * 1.2 : 0;
                    items.add(new DrawnText(c, bottom + ts * 1.2 + row, chart.category(i), props(ts),
                            Alignment.CENTER));
                }
            }
        }
        switch (chart.type()) {
            case BAR -> bars(plot);
            case LINE -> lines(plot);
            case AREA -> areas(plot);
            default -> { }
        }
        line(plot, Math.max(scale.min(), Math.min(scale.max(), 0)), AXIS);
    }

    /**
     * Category labels too wide for their share of the axis go on two alternating rows (Office would turn
     * them; text here is always upright).
     */
    private boolean staggered(double axisLength, int categories, double ts) {
        double band = axisLength / categories;
        for (int i = 0; i < categories; i++) {
            if (estimate(chart.category(i), ts) > band * 0.95) {
                return categories > 1;
            }
        }
        return false;
    }

    /** The plot rectangle with its value scale: values run up (or right, for horizontal bars). */
    private record Plot(double left, double top, double right, double bottom, boolean horizontal,
                        AxisScale scale, int categories) {
        double valuePosition(double v) {
            double f = Math.max(0, Math.min(1, scale.fraction(v)));
            return horizontal ? left + f * (right - left) : bottom - f * (bottom - top);
        }

        double band() {
            return (horizontal ? bottom - top : right - left) / categories;
        }

        /** Categories run left to right, or bottom to top for horizontal bars. */
        double categoryStart(int i) {
            return horizontal ? bottom - (i + 1) * band() : left + i * band();
        }

        double categoryCentre(int i) {
            return categoryStart(i) + band() / 2;
        }
    }

    /** A line across the plot at a value (gridline, the axis at zero). */
    private void line(Plot plot, double value, Rgb colour) {
        double p = plot.valuePosition(value);
        if (plot.horizontal()) {
            items.add(new DrawnLine(p, plot.top(), p, plot.bottom(), 0.75, colour));
        } else {
            items.add(new DrawnLine(plot.left(), p, plot.right(), p, 0.75, colour));
        }
    }

    private void bars(Plot plot) {
        boolean stacked = chart.grouping() != ChartData.Grouping.CLUSTERED;
        int n = chart.series().size();
        int slots = stacked ? 1 : Math.max(1, n);
        double barWidth = plot.band() / (slots + GAP_WIDTH);
        for (int c = 0; c < plot.categories(); c++) {
            double start = plot.categoryStart(c) + barWidth * GAP_WIDTH / 2;
            double positive = 0;
            double negative = 0;
            double total = stacked ? categoryTotal(c) : 1;
            for (int s = 0; s < n; s++) {
                Double value = chart.series().get(s).value(c);
                if (value == null) {
                    continue;
                }
                double v = chart.grouping() == ChartData.Grouping.PERCENT ? (total == 0 ? 0 : value / total) : value;
                double from = 0;
                if (stacked) {
                    from = v >= 0 ? positive : negative;
                    if (v >= 0) {
                        positive += v;
                    } else {
                        negative += v;
                    }
                }
                double a = plot.valuePosition(from);
                double b = plot.valuePosition(from + v);
                // horizontal bars: the first series is drawn lowest in its group, as Office does
                double slot = stacked ? start : plot.horizontal()
                        ? start + (slots - 1 - s) * barWidth : start + s * barWidth;
                if (plot.horizontal()) {
                    items.add(new DrawnRect(Math.min(a, b), slot, Math.abs(b - a), barWidth, seriesColour(s), null));
                } else {
                    items.add(new DrawnRect(slot, Math.min(a, b), barWidth, Math.abs(b - a), seriesColour(s), null));
                }
            }
        }
    }

    private void lines(Plot plot) {
        double[] base = new double[plot.categories()];
        for (int s = 0; s < chart.series().size(); s++) {
            double[] tops = stackedValues(s, base);
            Double previous = null;
            double px = 0;
            for (int c = 0; c < plot.categories(); c++) {
                Double v = chart.series().get(s).value(c) == null ? null : tops[c];
                double x = plot.categoryCentre(c);
                if (v != null && previous != null) {
                    items.add(new DrawnLine(px, plot.valuePosition(previous), x, plot.valuePosition(v), 2.25,
                            seriesColour(s)));
                }
                previous = v;
                px = x;
            }
        }
    }

    /** Areas are filled as thin vertical strips between the series' line and the one below it. */
    private void areas(Plot plot) {
        double[] base = new double[plot.categories()];
        if (plot.categories() < 2) {
            return;
        }
        double from = plot.categoryCentre(0);
        double to = plot.categoryCentre(plot.categories() - 1);
        for (int s = 0; s < chart.series().size(); s++) {
            double[] below = base.clone();
            double[] tops = stackedValues(s, base);
            if (chart.grouping() == ChartData.Grouping.CLUSTERED) {
                java.util.Arrays.fill(below, 0);
            }
            for (double x = from; x < to; x += 1) {
                double f = (x - from) / plot.band();
                int c = Math.min(plot.categories() - 2, (int) f);
                double t = f - c;
                double top = tops[c] + (tops[c + 1] - tops[c]) * t;
                double bot = below[c] + (below[c + 1] - below[c]) * t;
                double y1 = plot.valuePosition(Math.max(top, bot));
                double y2 = plot.valuePosition(Math.min(top, bot));
                items.add(new DrawnRect(x, y1, Math.min(1.05, to - x), y2 - y1, seriesColour(s), null));
            }
        }
    }

    /** A series' values, on top of the ones below when stacked (base is updated); null values count as 0. */
    private double[] stackedValues(int s, double[] base) {
        double[] out = new double[base.length];
        for (int c = 0; c < base.length; c++) {
            Double v = chart.series().get(s).value(c);
            double value = v == null ? 0 : v;
            if (chart.grouping() == ChartData.Grouping.PERCENT) {
                double total = categoryTotal(c);
                value = total == 0 ? 0 : value / total;
            }
            if (chart.grouping() == ChartData.Grouping.CLUSTERED) {
                out[c] = value;
            } else {
                base[c] += value;
                out[c] = base[c];
            }
        }
        return out;
    }

    private double categoryTotal(int c) {
        double total = 0;
        for (ChartData.Series s : chart.series()) {
            Double v = s.value(c);
            total += v == null ? 0 : Math.abs(v);
        }
        return total;
    }

    /** The lowest and highest value the axis must show. */
    private double[] valueRange() {
        double min = 0;
        double max = 0;
        boolean stacked = chart.grouping() == ChartData.Grouping.STACKED;
        for (int c = 0; c < chart.categoryCount(); c++) {
            double positive = 0;
            double negative = 0;
            for (ChartData.Series s : chart.series()) {
                Double v = s.value(c);
                if (v == null) {
                    continue;
                }
                if (stacked) {
                    if (v >= 0) {
                        positive += v;
                    } else {
                        negative += v;
                    }
                    min = Math.min(min, negative);
                    max = Math.max(max, positive);
                } else {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return new double[] {min, max};
    }

    // ---- pie ----

    /**
     * Slices clockwise from twelve o'clock, filled as one-point-high strips: each row of the disc is cut where
     * the slice boundaries cross it.
     */
    private void pie(double[] area) {
        ChartData.Series series = chart.series().isEmpty() ? null : chart.series().get(0);
        if (series == null) {
            return;
        }
        int n = series.values().size();
        double total = 0;
        for (int i = 0; i < n; i++) {
            Double v = series.value(i);
            total += v == null || v < 0 ? 0 : v;
        }
        if (total <= 0) {
            return;
        }
        double[] ends = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            Double v = series.value(i);
            sum += v == null || v < 0 ? 0 : v;
            ends[i] = sum / total;
        }
        double cx = (area[0] + area[2]) / 2;
        double cy = (area[1] + area[3]) / 2;
        double r = Math.min(area[2] - area[0], area[3] - area[1]) / 2 * 0.95;
        double step = 0.5;
        for (double y = cy - r; y < cy + r; y += 1) {
            double dy = y + 0.5 - cy;
            double half = Math.sqrt(Math.max(0, r * r - dy * dy));
            int current = -1;
            double runStart = 0;
            for (double x = cx - half; x <= cx + half + step; x += step) {
                int slice = x > cx + half ? -1 : sliceAt(x + step / 2 - cx, dy, ends);
                if (slice != current) {
                    if (current >= 0) {
                        items.add(new DrawnRect(runStart, y, x - runStart, 1.05, pointColour(current), null));
                    }
                    current = slice;
                    runStart = x;
                }
            }
        }
    }

    /** The slice under a point relative to the centre: angles run clockwise from straight up. */
    private static int sliceAt(double dx, double dy, double[] ends) {
        double angle = Math.atan2(dx, -dy);
        double f = (angle < 0 ? angle + 2 * Math.PI : angle) / (2 * Math.PI);
        for (int i = 0; i < ends.length; i++) {
            if (f < ends[i]) {
                return i;
            }
        }
        return ends.length - 1;
    }

    // ---- colours and text ----

    private Rgb seriesColour(int s) {
        Rgb own = s < chart.series().size() ? chart.series().get(s).color() : null;
        return own != null ? own : palette.get(s % palette.size());
    }

    private Rgb pointColour(int i) {
        Rgb own = i < chart.pointColors().size() ? chart.pointColors().get(i) : null;
        return own != null ? own : palette.get(i % palette.size());
    }

    private RunProps props(double size) {
        return props(size, false);
    }

    private RunProps props(double size, boolean bold) {
        return new RunProps(font, font, font, font, size, bold, false, RunProps.Underline.NONE, false, false,
                false, false, RunProps.VerticalAlign.BASELINE, textColour, null, 0, false);
    }

    static double estimate(String text, double size) {
        return text == null ? 0 : text.length() * size * AVERAGE_ADVANCE;
    }
}
