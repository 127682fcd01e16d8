package org.inkpool.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.inkpool.batch.BatchControl;
import org.inkpool.batch.BatchFile;
import org.inkpool.batch.BatchListener.LogLevel;
import org.inkpool.batch.BatchOptions;
import org.inkpool.batch.BatchSummary;
import org.inkpool.batch.ScanResult;
import org.inkpool.convert.EngineMessage;
import org.inkpool.convert.EngineMessages;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The window's state: the files, the running batch, the counters and the log. Lives on the FX thread;
 * the pool's events reach it through an {@link FxEventPump} in batches, scanning and starting run in
 * background {@link Task}s, so no call here ever blocks the FX thread.
 */
public final class BatchModel {
    /** How often the live chart measures the pool. */
    static final long SAMPLE_MILLIS = 500;
    private final AppServices services;
    private final I18n i18n;
    private final ObservableList<FileRow> rows = FXCollections.observableArrayList();
    // one read-only view, kept: a fresh wrapper per call would drop listeners once collected
    private final ObservableList<FileRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final Map<Integer, FileRow> rowsById = new HashMap<>();
    private final Set<Path> knownSources = new HashSet<>();
    private final Set<FileRow> converting = new LinkedHashSet<>();
    private final LogModel log;
    private final EngineTexts engineTexts;
    private final FxEventPump<BatchEvent> pump;
    private final List<Consumer<BatchSummary>> finishedHandlers = new ArrayList<>();
    private final List<Runnable> afterEvents = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger nextId = new java.util.concurrent.atomic.AtomicInteger();

    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final BooleanProperty paused = new SimpleBooleanProperty(this, "paused");
    private final IntegerProperty scanning = new SimpleIntegerProperty(this, "scanning");
    private final IntegerProperty liveWorkers = new SimpleIntegerProperty(this, "liveWorkers");
    private final IntegerProperty batchTotal = new SimpleIntegerProperty(this, "batchTotal");
    private final IntegerProperty doneCount = new SimpleIntegerProperty(this, "done");
    private final IntegerProperty failedCount = new SimpleIntegerProperty(this, "failed");
    private final IntegerProperty skippedCount = new SimpleIntegerProperty(this, "skipped");
    private final IntegerProperty cancelledCount = new SimpleIntegerProperty(this, "cancelled");
    private final IntegerProperty failedRows = new SimpleIntegerProperty(this, "failedRows");
    private final IntegerProperty startableRows = new SimpleIntegerProperty(this, "startableRows");
    private final IntegerProperty finishedRows = new SimpleIntegerProperty(this, "finishedRows");
    private final LongProperty pages = new SimpleLongProperty(this, "pages");
    private final DoubleProperty overallProgress = new SimpleDoubleProperty(this, "overallProgress");
    private final ObjectProperty<Duration> elapsed = new SimpleObjectProperty<>(this, "elapsed", Duration.ZERO);
    private final ObjectProperty<BatchSummary> lastSummary = new SimpleObjectProperty<>(this, "lastSummary");

    private final LiveStats liveStats = new LiveStats(LiveStats.DEFAULT_CAPACITY,
            Runtime.getRuntime().availableProcessors());
    private java.util.concurrent.ScheduledFuture<?> sampling;
    private volatile BatchControl control; // read by the sampling timer too
    private boolean cancelRequested;
    private long batchStartNanos;

    public BatchModel(AppServices services, I18n i18n) {
        this.services = services;
        this.i18n = i18n;
        this.log = new LogModel(LogModel.DEFAULT_CAPACITY);
        this.engineTexts = new EngineTexts(i18n);
        this.pump = new FxEventPump<>(services.fxThread(), services.timer(), 40, 500, 12, this::apply);
    }

    // ---- what the view reads ----

    public ObservableList<FileRow> rows() {
        return readOnlyRows;
    }

    public ObservableList<LogLine> logLines() {
        return log.lines();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused;
    }

    public ReadOnlyIntegerProperty scanningProperty() {
        return scanning;
    }

    public ReadOnlyIntegerProperty liveWorkersProperty() {
        return liveWorkers;
    }

    public ReadOnlyIntegerProperty batchTotalProperty() {
        return batchTotal;
    }

    public ReadOnlyIntegerProperty doneProperty() {
        return doneCount;
    }

    public ReadOnlyIntegerProperty failedProperty() {
        return failedCount;
    }

    public ReadOnlyIntegerProperty skippedProperty() {
        return skippedCount;
    }

    public ReadOnlyIntegerProperty cancelledProperty() {
        return cancelledCount;
    }

    /** Rows in the table that failed (any batch) — what "Retry failed" would take. */
    public ReadOnlyIntegerProperty failedRowsProperty() {
        return failedRows;
    }

    /** Rows that "Start" would take: waiting or cancelled. */
    public ReadOnlyIntegerProperty startableRowsProperty() {
        return startableRows;
    }

    /** Rows that "Clear finished" would remove: done or skipped. */
    public ReadOnlyIntegerProperty finishedRowsProperty() {
        return finishedRows;
    }

    public ReadOnlyLongProperty pagesProperty() {
        return pages;
    }

    public ReadOnlyDoubleProperty overallProgressProperty() {
        return overallProgress;
    }

    public ReadOnlyObjectProperty<Duration> elapsedProperty() {
        return elapsed;
    }

    public ReadOnlyObjectProperty<BatchSummary> lastSummaryProperty() {
        return lastSummary;
    }

    /** Files finished in the current batch plus the running files' fractions. */
    public double completedWork() {
        double sum = finishedInBatch();
        for (FileRow row : converting) {
            sum += row.progressProperty().get();
        }
        return sum;
    }

    public int finishedInBatch() {
        return doneCount.get() + failedCount.get() + skippedCount.get() + cancelledCount.get();
    }

    /** The last minutes of the running (or last) batch, for the live chart. */
    LiveStats liveStats() {
        return liveStats;
    }

    public void onFinished(Consumer<BatchSummary> handler) {
        finishedHandlers.add(handler);
    }

    /** Runs after every batch of events is applied (the view refreshes its filter there). */
    public void afterEvents(Runnable action) {
        afterEvents.add(action);
    }

    // ---- adding files ----

    /**
     * Scans the files and folders in the background and adds the Word documents found (the path of
     * drag-and-drop, the pickers and the command line). Returns the scanning task.
     */
    public Task<List<FileRow>> addInputs(List<Path> inputs, boolean recursive) {
        List<Path> copy = List.copyOf(inputs);
        int[] passedOver = new int[3];
        Task<List<FileRow>> scan = new Task<>() {
            @Override
            protected List<FileRow> call() {
                ScanResult result = services.scanner().scan(copy, recursive);
                passedOver[0] = result.skippedLockFiles();
                passedOver[1] = result.skippedHidden();
                passedOver[2] = result.skippedOther();
                // rows are built here, off the FX thread: 10,000 of them are felt there otherwise
                List<FileRow> found = new ArrayList<>(result.files().size());
                for (BatchFile file : result.files()) {
                    // ids are the window's own: several scans each number their files from the start
                    found.add(new FileRow(new BatchFile(nextId.getAndIncrement(),
                            file.source().toAbsolutePath().normalize(), file.display(), file.size()),
                            services.taskRunner()));
                }
                // the disk's order is arbitrary: list (and so convert) in the order of the paths the user sees
                found.sort(java.util.Comparator.comparing((FileRow row) -> row.file().display(),
                        String.CASE_INSENSITIVE_ORDER));
                return found;
            }
        };
        scanning.set(scanning.get() + 1);
        scan.setOnSucceeded(e -> {
            scanning.set(scanning.get() - 1);
            add(scan.getValue(), passedOver);
        });
        scan.setOnFailed(e -> {
            scanning.set(scanning.get() - 1);
            appLog(LogLevel.ERROR, "", i18n.get("log.scanFailed", describe(scan.getException())));
        });
        services.background().execute(scan);
        return scan;
    }

    private void add(List<FileRow> found, int[] passedOver) {
        List<FileRow> added = new ArrayList<>(found.size());
        for (FileRow row : found) {
            if (knownSources.add(row.file().source())) {
                rowsById.put(row.file().id(), row);
                added.add(row);
            }
        }
        rows.addAll(added);
        appLog(LogLevel.INFO, "", i18n.get("log.added", added.size(), found.size() - added.size(), passedOver[0],
                passedOver[1], passedOver[2]));
        recount();
    }

    // ---- running ----

    /** Converts the waiting and cancelled files. */
    public boolean start(BatchOptions options) {
        return startRows(rows.stream().filter(r -> r.status() == FileStatus.WAITING
                || r.status() == FileStatus.CANCELLED).toList(), options);
    }

    /** Converts the failed files again. */
    public boolean retryFailed(BatchOptions options) {
        return startRows(rows.stream().filter(r -> r.status() == FileStatus.FAILED).toList(), options);
    }

    /** Converts the given files again (context menu). */
    public boolean retry(List<FileRow> chosen, BatchOptions options) {
        return startRows(chosen.stream().filter(r -> r.status().isFinished()
                || r.status() == FileStatus.WAITING).toList(), options);
    }

    private boolean startRows(List<FileRow> chosen, BatchOptions options) {
        if (running.get() || chosen.isEmpty()) {
            return false;
        }
        chosen.forEach(FileRow::queue);
        converting.clear();
        batchTotal.set(chosen.size());
        doneCount.set(0);
        failedCount.set(0);
        skippedCount.set(0);
        cancelledCount.set(0);
        pages.set(0);
        overallProgress.set(0);
        elapsed.set(Duration.ZERO);
        liveWorkers.set(0);
        lastSummary.set(null);
        paused.set(false);
        cancelRequested = false;
        running.set(true);
        batchStartNanos = System.nanoTime();
        liveStats.reset(batchStartNanos);
        startSampling();
        recount();
        appLog(LogLevel.INFO, "", i18n.get("log.batchStarted", chosen.size(), options.workers(),
                i18n.get(options.mode() == org.inkpool.batch.ExecutionMode.PROCESSES ? "mode.processes" : "mode.threads")));

        List<BatchFile> files = chosen.stream().map(FileRow::file).toList();
        PumpingListener listener = new PumpingListener(pump::post);
        Task<BatchControl> starting = new Task<>() {
            @Override
            protected BatchControl call() {
                return services.starter().start(files, options, listener);
            }
        };
        starting.setOnSucceeded(e -> {
            control = starting.getValue();
            if (cancelRequested) {
                sendToControl(BatchControl::cancel);
            } else if (paused.get()) {
                sendToControl(BatchControl::pause);
            }
        });
        starting.setOnFailed(e -> {
            appLog(LogLevel.ERROR, "", i18n.get("log.startFailed", describe(starting.getException())));
            chosen.forEach(FileRow::unqueue);
            stopSampling();
            running.set(false);
            paused.set(false);
            batchTotal.set(0);
            recount();
        });
        services.background().execute(starting);
        return true;
    }

    public void togglePause() {
        if (!running.get()) {
            return;
        }
        boolean pause = !paused.get();
        paused.set(pause);
        appLog(LogLevel.INFO, "", i18n.get(pause ? "log.paused" : "log.resumed"));
        sendToControl(pause ? BatchControl::pause : BatchControl::resume);
    }

    public void cancel() {
        if (!running.get() || cancelRequested) {
            return;
        }
        cancelRequested = true;
        appLog(LogLevel.WARN, "", i18n.get("log.cancelling"));
        sendToControl(BatchControl::cancel);
    }

    /**
     * Cancels a running batch and waits (in the background) until the pool has stopped every
     * worker, then runs {@code whenStopped} on the FX thread. With no batch running it runs at once.
     */
    public void shutdown(Runnable whenStopped) {
        if (!running.get()) {
            whenStopped.run();
            return;
        }
        cancel();
        Task<Void> stopping = new Task<>() {
            @Override
            protected Void call() throws Exception {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (control == null && System.nanoTime() < deadline) {
                    Thread.sleep(20); // the batch is still being started; its control arrives shortly
                }
                BatchControl c = control;
                if (c != null) {
                    c.await();
                }
                return null;
            }
        };
        stopping.setOnSucceeded(e -> whenStopped.run());
        stopping.setOnFailed(e -> whenStopped.run());
        services.background().execute(stopping);
    }

    /**
     * For the application's exit when the window could not stop the batch itself: cancels and waits
     * at most {@code max} for the pool to stop its workers. Blocks the calling thread.
     */
    public void cancelAndWait(Duration max) throws InterruptedException {
        BatchControl c = control;
        if (!running.get() || c == null) {
            return;
        }
        Thread waiter = new Thread(() -> {
            c.cancel();
            try {
                c.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "inkpool-stop");
        waiter.setDaemon(true);
        waiter.start();
        waiter.join(max.toMillis());
    }

    /** Measures the pool a few times a second; the samples reach the FX thread through the event pump. */
    private void startSampling() {
        stopSampling();
        sampling = services.timer().scheduleAtFixedRate(() -> {
            BatchControl c = control;
            if (c != null) {
                pump.post(new BatchEvent.Sampled(c.sample()));
            }
        }, SAMPLE_MILLIS, SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void stopSampling() {
        if (sampling != null) {
            sampling.cancel(false);
            sampling = null;
        }
    }

    private void sendToControl(Consumer<BatchControl> action) {
        BatchControl c = control;
        if (c != null) {
            // pause/cancel may wait for workers; never on the FX thread
            services.background().execute(() -> action.accept(c));
        }
    }

    /** Removes the done and skipped files from the table. */
    public void clearFinished() {
        List<FileRow> gone = rows.stream().filter(r -> r.status() == FileStatus.DONE
                || r.status() == FileStatus.SKIPPED).toList();
        for (FileRow row : gone) {
            rowsById.remove(row.file().id());
            knownSources.remove(row.file().source());
        }
        rows.removeAll(new HashSet<>(gone));
        recount();
    }

    /** Refreshes the elapsed time and overall progress; the view calls it on a timer while running. */
    public void tick() {
        if (running.get()) {
            elapsed.set(Duration.ofNanos(System.nanoTime() - batchStartNanos));
            int total = batchTotal.get();
            overallProgress.set(total == 0 ? 0 : Math.min(1, completedWork() / total));
        }
    }

    // ---- the pool's events, on the FX thread ----

    void apply(List<BatchEvent> events) {
        List<LogLine> lines = new ArrayList<>();
        BatchSummary finished = null;
        for (BatchEvent event : events) {
            if (event instanceof BatchEvent.Finished f) {
                finished = f.summary();
            } else if (event instanceof BatchEvent.Log l) {
                lines.add(new LogLine(l.epochMillis(), l.level(), "", l.worker() == null ? "" : l.worker(),
                        l.message()));
            } else if (event instanceof BatchEvent.WorkerReady r) {
                lines.add(new LogLine(r.epochMillis(), LogLevel.INFO, "", r.worker(),
                        i18n.get("log.workerReady", Long.toString(r.pid()), r.coldStart().toMillis())));
            } else if (event instanceof BatchEvent.Workers w) {
                liveWorkers.set(w.live());
            } else if (event instanceof BatchEvent.Sampled sampled) {
                if (running.get()) {
                    liveStats.add(sampled.sample(), doneCount.get(), pages.get());
                }
            } else {
                applyFileEvent(event, lines);
            }
        }
        log.append(lines);
        tick();
        recount();
        if (finished != null) {
            end(finished);
        }
        afterEvents.forEach(Runnable::run);
    }

    private void applyFileEvent(BatchEvent event, List<LogLine> lines) {
        if (event instanceof BatchEvent.Started s) {
            withRow(s.file(), row -> {
                row.start(s.worker(), s.epochMillis());
                converting.add(row);
            });
        } else if (event instanceof BatchEvent.Progress p) {
            withRow(p.file(), row -> row.progress(p.fraction(), phaseText(p.phase())));
        } else if (event instanceof BatchEvent.Warning w) {
            withRow(w.file(), row -> message(row, EngineMessages.warning(w.text()), lines));
        } else if (event instanceof BatchEvent.Message m) {
            withRow(m.file(), row -> message(row, m.message(), lines));
        } else if (event instanceof BatchEvent.Done d) {
            withRow(d.file(), row -> {
                row.done(d.pdf(), d.pages(), d.millis());
                converting.remove(row);
                doneCount.set(doneCount.get() + 1);
                pages.set(pages.get() + Math.max(0, d.pages()));
                lines.add(line(LogLevel.INFO, row, i18n.get("log.done", d.pages(), d.millis())));
            });
        } else if (event instanceof BatchEvent.Skipped s) {
            withRow(s.file(), row -> {
                row.skipped(s.existingPdf(), s.reason());
                converting.remove(row);
                skippedCount.set(skippedCount.get() + 1);
                lines.add(line(LogLevel.INFO, row, i18n.get("log.skipped", s.reason())));
            });
        } else if (event instanceof BatchEvent.Failed f) {
            withRow(f.file(), row -> {
                String reason = engineTexts.say(f.message());
                row.failed(f.kind(), reason);
                converting.remove(row);
                failedCount.set(failedCount.get() + 1);
                lines.add(line(LogLevel.ERROR, row, reason, f.message().english()));
            });
        } else if (event instanceof BatchEvent.Cancelled c) {
            withRow(c.file(), row -> {
                row.cancelled();
                converting.remove(row);
                cancelledCount.set(cancelledCount.get() + 1);
            });
        }
        // Queued: the rows already show "queued" from the moment the batch was handed over
    }

    /**
     * A warning goes on the row and in the log; information (a metric-compatible substitute) only in the
     * log, at info level. Both in the window's language, with the engine's English kept for the log file.
     */
    private void message(FileRow row, EngineMessage message, List<LogLine> lines) {
        String text = engineTexts.say(message);
        if (!message.isWarning()) {
            lines.add(line(LogLevel.INFO, row, text, message.english()));
        } else if (row.warn(text)) {
            lines.add(line(LogLevel.WARN, row, text, message.english()));
        }
    }

    private void end(BatchSummary summary) {
        stopSampling();
        tick();
        overallProgress.set(1);
        running.set(false);
        paused.set(false);
        liveWorkers.set(0);
        control = null;
        converting.clear();
        lastSummary.set(summary);
        appLog(LogLevel.INFO, "", i18n.get("log.finished", summary.converted(), summary.skipped(), summary.failed(),
                summary.cancelled(), summary.pages(), Formats.duration(summary.elapsed())));
        finishedHandlers.forEach(h -> h.accept(summary));
    }

    private void withRow(BatchFile file, Consumer<FileRow> action) {
        FileRow row = rowsById.get(file.id());
        if (row != null) {
            action.accept(row);
        }
    }

    private String phaseText(String phase) {
        if (phase == null || phase.isBlank()) {
            return "";
        }
        String key = "phase." + phase.toLowerCase(java.util.Locale.ROOT);
        String text = i18n.get(key);
        return text.startsWith("!") ? phase : text;
    }

    private void recount() {
        int failed = 0;
        int startable = 0;
        int finished = 0;
        for (FileRow row : rows) {
            switch (row.status()) {
                case FAILED -> failed++;
                case WAITING, CANCELLED -> startable++;
                case DONE, SKIPPED -> finished++;
                default -> { }
            }
        }
        failedRows.set(failed);
        startableRows.set(startable);
        finishedRows.set(finished);
    }

    private LogLine line(LogLevel level, FileRow row, String message) {
        return new LogLine(System.currentTimeMillis(), level, row.file().display(), row.workerProperty().get(),
                message);
    }

    private LogLine line(LogLevel level, FileRow row, String message, String english) {
        return new LogLine(System.currentTimeMillis(), level, row.file().display(), row.workerProperty().get(),
                message, english.equals(message) ? null : english);
    }

    void appLog(LogLevel level, String file, String message) {
        log.append(List.of(new LogLine(System.currentTimeMillis(), level, file, "", message)));
    }

    private static String describe(Throwable t) {
        if (t == null) {
            return "";
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
