package org.inkpool.app;

import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Worker;
import org.inkpool.batch.BatchFile;
import org.inkpool.convert.FailureKind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * One file of the table: read-only properties for the view, changed only by {@link BatchModel} on the
 * FX thread. Each conversion attempt (first run, every retry) gets a fresh {@link FileTask}; the row's
 * progress and phase follow the current task.
 */
public final class FileRow {
    private final BatchFile file;
    private final ObjectProperty<FileStatus> status = new SimpleObjectProperty<>(this, "status", FileStatus.WAITING);
    private final ObjectProperty<FileTask> task = new SimpleObjectProperty<>(this, "task");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final StringProperty phase = new SimpleStringProperty(this, "phase", "");
    private final IntegerProperty pages = new SimpleIntegerProperty(this, "pages", -1);
    private final LongProperty millis = new SimpleLongProperty(this, "millis", -1);
    private final StringProperty worker = new SimpleStringProperty(this, "worker", "");
    private final StringProperty detail = new SimpleStringProperty(this, "detail", "");
    private final IntegerProperty warningCount = new SimpleIntegerProperty(this, "warningCount", 0);
    // boxed views made once per row, for the table's sortable columns
    private final ReadOnlyObjectProperty<Integer> pagesValue = pages.asObject();
    private final ReadOnlyObjectProperty<Long> millisValue = millis.asObject();
    private final List<String> warnings = new ArrayList<>();
    private Path pdf;
    private FailureKind failureKind;
    private final Executor taskRunner;
    private long startedNanos;
    private long startedMillis;
    private long endedMillis;

    FileRow(BatchFile file, Executor taskRunner) {
        this.file = file;
        this.taskRunner = taskRunner;
    }

    public BatchFile file() {
        return file;
    }

    public ReadOnlyObjectProperty<FileStatus> statusProperty() {
        return status;
    }

    public FileStatus status() {
        return status.get();
    }

    public ReadOnlyObjectProperty<FileTask> taskProperty() {
        return task;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty phaseProperty() {
        return phase;
    }

    public ReadOnlyIntegerProperty pagesProperty() {
        return pages;
    }

    public ReadOnlyLongProperty millisProperty() {
        return millis;
    }

    ReadOnlyObjectProperty<Integer> pagesValue() {
        return pagesValue;
    }

    ReadOnlyObjectProperty<Long> millisValue() {
        return millisValue;
    }

    public ReadOnlyStringProperty workerProperty() {
        return worker;
    }

    /** The failure reason, or the warnings joined. */
    public ReadOnlyStringProperty detailProperty() {
        return detail;
    }

    public ReadOnlyIntegerProperty warningCountProperty() {
        return warningCount;
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** The PDF written (or the existing one a skip kept); null until then. */
    public Path pdf() {
        return pdf;
    }

    public FailureKind failureKind() {
        return failureKind;
    }

    /** When its worker took it (epoch millis; 0: not yet) and when it ended (0: still running). */
    long startedMillis() {
        return startedMillis;
    }

    long endedMillis() {
        return endedMillis;
    }

    // ---- transitions, called by BatchModel on the FX thread ----

    void queue() {
        FileTask fresh = new FileTask(file.display());
        // a task's progress is -1 (indeterminate) until its first report: show an empty bar instead
        progress.bind(Bindings.max(0.0, fresh.progressProperty()));
        phase.bind(fresh.messageProperty());
        task.set(fresh);
        status.set(FileStatus.QUEUED);
        pages.set(-1);
        millis.set(-1);
        worker.set("");
        detail.set("");
        warnings.clear();
        warningCount.set(0);
        pdf = null;
        failureKind = null;
    }

    void start(String workerName) {
        start(workerName, System.currentTimeMillis());
    }

    /** @param atMillis when the worker took it: its log lines from then on are this file's */
    void start(String workerName, long atMillis) {
        startedNanos = System.nanoTime();
        startedMillis = atMillis;
        endedMillis = 0;
        worker.set(workerName == null ? "" : workerName);
        status.set(FileStatus.CONVERTING);
        runTask();
    }

    void progress(double fraction, String phaseText) {
        FileTask current = task.get();
        if (current != null) {
            current.report(fraction, phaseText);
        }
    }

    /** Records a warning; false when the file already had it (the same substitution, reported per use). */
    boolean warn(String text) {
        if (warnings.contains(text)) {
            return false;
        }
        warnings.add(text);
        warningCount.set(warnings.size());
        if (failureKind == null) {
            detail.set(String.join("; ", warnings));
        }
        return true;
    }

    void done(Path writtenPdf, int pageCount, long tookMillis) {
        pdf = writtenPdf;
        pages.set(pageCount);
        millis.set(tookMillis);
        finish(FileStatus.DONE, null);
    }

    void skipped(Path existingPdf, String reason) {
        pdf = existingPdf;
        detail.set(reason == null ? "" : reason);
        finish(FileStatus.SKIPPED, null);
    }

    void failed(FailureKind kind, String reason) {
        failureKind = kind;
        detail.set(reason);
        if (startedNanos > 0) {
            millis.set((System.nanoTime() - startedNanos) / 1_000_000);
        }
        finish(FileStatus.FAILED, reason);
    }

    void cancelled() {
        finish(FileStatus.CANCELLED, null);
    }

    /** Back to waiting: the batch never took the file (it could not start). */
    void unqueue() {
        FileTask current = task.get();
        if (current != null) {
            current.abandon();
        }
        status.set(FileStatus.WAITING);
    }

    private void finish(FileStatus end, String reason) {
        endedMillis = System.currentTimeMillis();
        FileTask current = task.get();
        if (current != null) {
            switch (end) {
                case DONE, SKIPPED -> current.succeed(end);
                case FAILED -> current.fail(reason);
                default -> current.abandon();
            }
            if (end != FileStatus.CANCELLED) {
                runTask(); // a file skipped or failed before it started still ends its task in the right state
            }
        }
        status.set(end);
    }

    private void runTask() {
        FileTask current = task.get();
        if (current != null && !current.isSubmitted() && current.getState() == Worker.State.READY) {
            current.markSubmitted();
            taskRunner.execute(current);
        }
    }
}
