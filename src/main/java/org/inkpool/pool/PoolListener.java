package org.inkpool.pool;

import org.inkpool.convert.EngineMessage;
import org.inkpool.convert.FailureKind;

import java.time.Duration;

/**
 * Everything the pool does, delivered in order on one event thread (never under the pool's lock).
 * Each task gets exactly one terminal event: done, failed or cancelled. {@link #finished()} is last.
 */
public interface PoolListener {
    default void started(PoolTask task, String worker) { }

    default void progress(PoolTask task, double fraction, String phase) { }

    default void warning(PoolTask task, String text) { }

    /**
     * A coded engine message about a task, from {@code worker}: by default a warning goes to
     * {@link #warning(PoolTask, String)} and information (a metric-compatible font substitute) to the
     * log at info level, both in English.
     */
    default void message(PoolTask task, String worker, EngineMessage message) {
        if (message.isWarning()) {
            warning(task, message.english());
        } else {
            log(Level.INFO, worker, task.display() + ": " + message.english());
        }
    }

    default void done(PoolTask task, int pages, long millis) { }

    default void failed(PoolTask task, FailureKind kind, String reason) { }

    /** A failure with its reason coded; by default told in English through {@link #failed(PoolTask, FailureKind, String)}. */
    default void failed(PoolTask task, FailureKind kind, EngineMessage reason) {
        failed(task, kind, reason.english());
    }

    default void cancelled(PoolTask task) { }

    /** {@code worker} is null for the scheduler's own lines. */
    default void log(Level level, String worker, String message) { }

    /** How many workers are live (ready or busy) now. */
    default void workers(int live) { }

    /** A worker answered its first "ready": {@code coldStart} is launch → ready. */
    default void workerReady(String worker, long pid, Duration coldStart) { }

    /** Every task has its terminal event and every worker has exited. */
    default void finished() { }

    enum Level { INFO, WARN, ERROR }
}
