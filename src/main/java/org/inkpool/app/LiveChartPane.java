package org.inkpool.app;

import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pool at work, in a collapsible pane under the table: documents and pages per second with the busy
 * workers; the machine's and each worker's processor use; each worker's resident memory. Drawn from
 * {@link LiveStats}: while expanded each sample adds one point per line and drops what left the time
 * window; while collapsed nothing is drawn, and expanding redraws from the ring.
 */
final class LiveChartPane {
    static final double WINDOW_SECONDS = 180;
    static final double AXIS_STEP = 15;
    /**
     * Every how many samples the lines get a point: the samples come twice a second (the rates need
     * them), but a chart redrawn once a second reads as smoothly and costs the FX and render threads half.
     */
    static final int DRAW_EVERY = 2;

    private final LiveStats stats;
    private final I18n i18n;
    private final TitledPane pane = new TitledPane();
    private final Chart throughput;
    private final Chart pages;
    private final Chart cpu;
    private final Chart memory;
    private long drawNanos;
    private long draws;
    private long samplesSeen;

    LiveChartPane(LiveStats stats, I18n i18n) {
        this.stats = stats;
        this.i18n = i18n;
        throughput = new Chart("chart.throughput", "chartThroughput");
        pages = new Chart("chart.pages", "chartPages");
        cpu = new Chart("chart.cpu", "chartCpu");
        memory = new Chart("chart.memory", "chartMemory");
        cpu.yAxis.setAutoRanging(false);
        cpu.yAxis.setLowerBound(0);
        cpu.yAxis.setUpperBound(100);
        cpu.yAxis.setTickUnit(25);

        HBox charts = new HBox(6, throughput.chart, pages.chart, cpu.chart, memory.chart);
        charts.getStyleClass().add("live-charts");
        pane.setId("liveChartPane");
        pane.getStyleClass().add("live-chart-pane");
        pane.textProperty().bind(i18n.text("chart.title"));
        pane.setContent(charts);
        pane.setExpanded(true);
        pane.setAnimated(false);
        pane.expandedProperty().addListener((o, a, expanded) -> {
            if (expanded) {
                redraw();
            }
        });
        i18n.localeProperty().addListener((o, a, b) -> {
            clearAll();
            redraw();
        });
        stats.onChange(this::update);
    }

    Node view() {
        return pane;
    }

    TitledPane pane() {
        return pane;
    }

    /** Points now drawn in every line together (bounded by the ring's capacity times the lines). */
    int drawnPoints() {
        return charts().stream().mapToInt(Chart::points).sum();
    }

    /** FX-thread time spent adding points so far, and how often: what the chart costs beyond painting. */
    long drawNanos() {
        return drawNanos;
    }

    long draws() {
        return draws;
    }

    private void update() {
        if (!pane.isExpanded()) {
            return;
        }
        LiveStats.Point last = stats.last();
        if (last == null) {
            samplesSeen = 0;
            clearAll();
            return;
        }
        if (samplesSeen++ % DRAW_EVERY != 0) {
            return;
        }
        long start = System.nanoTime();
        add(last);
        trim(last.seconds());
        drawNanos += System.nanoTime() - start;
        draws++;
    }

    private List<Chart> charts() {
        return List.of(throughput, pages, cpu, memory);
    }

    private void clearAll() {
        charts().forEach(Chart::clear);
    }

    private void redraw() {
        clearAll();
        List<LiveStats.Point> points = stats.points();
        for (int i = points.size() - 1; i >= 0; i -= DRAW_EVERY) {
            add(points.get(i));
        }
        charts().forEach(Chart::reverse);
        if (!points.isEmpty()) {
            trim(points.get(points.size() - 1).seconds());
        }
    }

    private void add(LiveStats.Point p) {
        double t = p.seconds();
        throughput.add(i18n.get("chart.docsPerSecond"), t, p.docsPerSecond());
        // pages come ten to a hundred times faster than documents: a chart of their own keeps both readable
        pages.add(i18n.get("chart.pagesPerSecond"), t, p.pagesPerSecond());
        throughput.add(i18n.get("chart.busyWorkers"), t, p.busy());
        if (p.machineCpu() >= 0) {
            cpu.add(i18n.get("chart.machine"), t, p.machineCpu());
        }
        p.workerCpu().forEach((worker, percent) -> cpu.add(label(worker), t, percent));
        p.workerMemory().forEach((worker, mb) -> memory.add(label(worker), t, mb));
    }

    private String label(String worker) {
        return LiveStats.THREADS.equals(worker) ? i18n.get("chart.thisProcess") : worker;
    }

    /**
     * Drops what left the window. The time axis moves in steps of {@link #AXIS_STEP} seconds, not with
     * every sample: a new range means new tick labels, the dearest part of redrawing a chart.
     */
    private void trim(double now) {
        double upper = Math.max(AXIS_STEP, Math.ceil(now / AXIS_STEP) * AXIS_STEP);
        double lower = Math.max(0, upper - WINDOW_SECONDS);
        for (Chart c : charts()) {
            c.trim(lower);
            if (c.xAxis.getLowerBound() != lower || c.xAxis.getUpperBound() != upper) {
                c.xAxis.setLowerBound(lower);
                c.xAxis.setUpperBound(upper);
            }
        }
    }

    /** One of the three charts, its lines found by name. */
    private final class Chart {
        final NumberAxis xAxis = new NumberAxis();
        final NumberAxis yAxis = new NumberAxis();
        final LineChart<Number, Number> chart = new LineChart<>(xAxis, yAxis);
        private final Map<String, XYChart.Series<Number, Number>> lines = new HashMap<>();

        Chart(String titleKey, String id) {
            chart.setId(id);
            // no title and no time label: in a short chart they would leave no room for the legend, which
            // JavaFX then hides; the y axis names the chart and the pane's title the time
            yAxis.labelProperty().bind(i18n.text(titleKey));
            chart.setAnimated(false);
            chart.setCreateSymbols(false);
            chart.setAxisSortingPolicy(LineChart.SortingPolicy.NONE); // points arrive in time order: no sort per layout
            chart.setLegendVisible(true);
            chart.getStyleClass().add("live-chart");
            // below about 200 px JavaFX drops the legend; the minimum is lower so a small window still fits
            chart.setMinSize(160, 150);
            chart.setPrefSize(260, 205);
            HBox.setHgrow(chart, Priority.ALWAYS);
            xAxis.setAutoRanging(false);
            xAxis.setLowerBound(0);
            xAxis.setUpperBound(10);
            xAxis.setTickUnit(30);
            xAxis.setAnimated(false);
            yAxis.setAnimated(false);
            xAxis.setMinorTickVisible(false);
            yAxis.setForceZeroInRange(true);
            yAxis.setMinorTickVisible(false);
        }

        void add(String line, double x, double y) {
            lines.computeIfAbsent(line, name -> {
                XYChart.Series<Number, Number> series = new XYChart.Series<>();
                series.setName(name);
                chart.getData().add(series);
                return series;
            }).getData().add(new XYChart.Data<>(x, y));
        }

        /** Drops points older than {@code from}, and lines left with none (a recycled worker's). */
        void trim(double from) {
            for (var it = lines.entrySet().iterator(); it.hasNext(); ) {
                XYChart.Series<Number, Number> series = it.next().getValue();
                var data = series.getData();
                int old = 0;
                while (old < data.size() && data.get(old).getXValue().doubleValue() < from) {
                    old++;
                }
                if (old > 0) {
                    data.remove(0, old);
                }
                if (data.isEmpty()) {
                    chart.getData().remove(series);
                    it.remove();
                }
            }
        }

        /** Points were added newest first (a redraw from the ring): put them in time order. */
        void reverse() {
            for (XYChart.Series<Number, Number> series : lines.values()) {
                List<XYChart.Data<Number, Number>> points = new java.util.ArrayList<>(series.getData());
                java.util.Collections.reverse(points);
                series.getData().setAll(points);
            }
        }

        void clear() {
            chart.getData().clear();
            lines.clear();
        }

        int points() {
            return lines.values().stream().mapToInt(s -> s.getData().size()).sum();
        }
    }
}
