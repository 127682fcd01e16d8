package org.inkpool.app;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.inkpool.batch.ExecutionMode;
import org.inkpool.batch.ModeComparison;
import org.inkpool.batch.ModeRun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * "Compare modes": converts a small sample of the listed documents into a temporary folder (nothing is
 * written beside them) with 1 and N workers, as processes and as threads, and shows documents per second,
 * processor time per document and memory for each, with one sentence of advice.
 */
final class CompareDialog {
    static final int SAMPLE = 20;

    private final I18n i18n;
    private final ModeComparer comparer;
    private final ExecutorService background;
    private final Executor fxThread;
    private final Stage stage = new Stage();
    private final TableView<ModeRun> table = new TableView<>();
    private final Label progressText = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label advice = new Label();
    private Task<List<ModeRun>> running;

    CompareDialog(I18n i18n, ModeComparer comparer, ExecutorService background, Executor fxThread) {
        this.i18n = i18n;
        this.comparer = comparer;
        this.background = background;
        this.fxThread = fxThread;
    }

    Stage stage() {
        return stage;
    }

    TableView<ModeRun> table() {
        return table;
    }

    Label advice() {
        return advice;
    }

    /** Opens the window and starts measuring the documents (the first {@link #SAMPLE}) with 1 and {@code workers}. */
    void show(Window owner, List<Path> documents, int workers) {
        build(owner);
        List<Path> sample = documents.subList(0, Math.min(SAMPLE, documents.size()));
        int settings = 2 * (workers <= 1 ? 1 : 2);
        progressText.setText(i18n.get("compare.running", sample.size(), 0, settings));
        running = new Task<>() {
            @Override
            protected List<ModeRun> call() throws Exception {
                Path scratch = Files.createTempDirectory("inkpool-compare");
                try {
                    int[] measured = new int[1];
                    return comparer.compare(sample, workers, scratch, run -> fxThread.execute(() -> {
                        measured[0]++;
                        table.getItems().add(run);
                        progress.setProgress(measured[0] / (double) settings);
                        progressText.setText(i18n.get("compare.running", sample.size(), measured[0], settings));
                    }));
                } finally {
                    deleteTree(scratch);
                }
            }
        };
        running.setOnSucceeded(e -> finished(running.getValue(), sample.size()));
        running.setOnFailed(e -> {
            progress.setProgress(0);
            Throwable t = running.getException();
            progressText.setText(i18n.get("compare.failed", t == null ? "" : String.valueOf(t.getMessage())
                    .lines().findFirst().orElse("")));
        });
        background.execute(running);
        stage.show();
    }

    private void finished(List<ModeRun> runs, int documents) {
        progress.setProgress(1);
        table.getItems().setAll(runs);
        progressText.setText(i18n.get("compare.done", documents));
        if (!runs.isEmpty()) {
            advice.setText(adviceText(ModeComparison.advise(runs)));
        }
    }

    /** One sentence: which setting to use and by how much it wins. */
    String adviceText(ModeComparison.Advice a) {
        String mode = i18n.get(a.best() == ExecutionMode.PROCESSES ? "compare.advice.processes" : "compare.advice.threads");
        if (a.bestWorkers() == 1) {
            return i18n.get("compare.advice.oneWorker", mode);
        }
        String vsOne = format(a.vsOneWorker());
        if (Double.isNaN(a.vsOtherMode())) {
            return i18n.get("compare.advice.noOther", mode, vsOne, a.bestWorkers());
        }
        String other = i18n.get(a.best() == ExecutionMode.PROCESSES ? "compare.advice.otherThreads"
                : "compare.advice.otherProcesses");
        return i18n.get("compare.advice", mode, vsOne, format(a.vsOtherMode()), other, a.bestWorkers());
    }

    private static String format(double factor) {
        return String.format(Locale.ROOT, "%.1f", factor);
    }

    private void build(Window owner) {
        stage.initOwner(owner);
        stage.titleProperty().bind(i18n.text("compare.title"));
        table.setId("compareTable");
        table.getColumns().setAll(List.of(
                column("compare.mode", r -> i18n.get(r.threads() ? "mode.threads" : "mode.processes")),
                column("compare.workers", r -> Integer.toString(r.workers())),
                column("compare.docsPerSecond", r -> format(r.docsPerSecond(), "%.2f")),
                column("compare.cpuPerDoc", r -> format(r.cpuMillisPerDocument(), "%.0f")),
                column("compare.memoryPerWorker", r -> megabytes(r.peakWorkerRss())),
                column("compare.memoryTotal", r -> megabytes(r.peakTotalRss())),
                column("compare.failed.column", r -> Integer.toString(r.failed()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(170);
        Label intro = new Label();
        intro.textProperty().bind(i18n.text("compare.intro", SAMPLE));
        intro.setWrapText(true);
        progressText.setId("compareProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        advice.setId("compareAdvice");
        advice.setWrapText(true);
        advice.getStyleClass().add("compare-advice");
        Label note = new Label();
        note.textProperty().bind(i18n.text("compare.note"));
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        Button close = new Button();
        close.textProperty().bind(i18n.text("compare.close"));
        close.setId("compareClose");
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox box = new VBox(10, intro, progressText, progress, table, advice, note, new HBox(spacer, close));
        box.setPadding(new Insets(14));
        box.getStyleClass().add("inkpool");
        VBox.setVgrow(table, Priority.ALWAYS);
        Scene scene = new Scene(box, 760, 460);
        scene.getStylesheets().add(CompareDialog.class.getResource("inkpool.css").toExternalForm());
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            if (running != null && running.isRunning()) {
                running.cancel(true); // interrupts the measuring thread: the child conversion is stopped
            }
        });
    }

    private TableColumn<ModeRun, String> column(String key, Function<ModeRun, String> value) {
        TableColumn<ModeRun, String> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }

    private static String format(double value, String pattern) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, pattern, value) : "–";
    }

    private static String megabytes(long bytes) {
        return bytes < 0 ? "n/a" : Long.toString(bytes / (1024 * 1024));
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is the system's to clean
        }
    }
}
