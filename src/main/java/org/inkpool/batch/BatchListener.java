package org.inkpool.batch;

import org.inkpool.convert.EngineMessage;
import org.inkpool.convert.FailureKind;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything that happens in a batch, UI-agnostic. Called from any thread (worker readers,
 * the scheduler): implementations must be thread-safe and quick — hand the event to your own
 * thread (the window coalesces them onto the FX thread) rather than doing work here.
 * Each file gets exactly one terminal event: done, skipped, failed or cancelled.
 */
public interface BatchListener {
    default void queued(BatchFile file) { }

    /** @param worker a short name of the worker converting it ("worker 2", "thread 1") */
    default void started(BatchFile file, String worker) { }

    default void progress(BatchFile file, double fraction, String phase) { }

    default void warning(BatchFile file, String text) { }

    /**
     * An engine message about a file as a code plus arguments ({@code EngineMessages}), for listeners that
     * show it in their own language. By default a warning (it changes the page) goes to
     * {@link #warning(BatchFile, String)}, information (a metric-compatible font substitute) to the log
     * at info level — both in English.
     */
    default void message(BatchFile file, String worker, EngineMessage message) {
        if (message.isWarning()) {
            warning(file, message.english());
        } else {
            log(LogLevel.INFO, worker, file.display() + ": " + message.english());
        }
    }

    default void done(BatchFile file, Path pdf, int pages, long millis) { }

    default void skipped(BatchFile file, Path existingPdf, String reason) { }

    default void failed(BatchFile file, FailureKind kind, String reason) { }

    /** A failure with its reason coded; by default told in English through {@link #failed(BatchFile, FailureKind, String)}. */
    default void failed(BatchFile file, FailureKind kind, EngineMessage reason) {
        failed(file, kind, reason.english());
    }

    default void cancelled(BatchFile file) { }

    /** A line for the live log; {@code worker} may be null (the scheduler itself). */
    default void log(LogLevel level, String worker, String message) { }

    /** Live worker count changed (started, replaced, retired). */
    default void workers(int live) { }

    default void finished(BatchSummary summary) { }

    /**
     * A worker is ready for its first file: {@code coldStart} is launch → ready, {@code pid} its process
     * (this process in thread mode). For measuring (the benchmark reads the worker's memory by pid).
     */
    default void workerReady(String worker, long pid, Duration coldStart) { }

    enum LogLevel { INFO, WARN, ERROR }
}
