package org.inkpool.app;

import org.inkpool.batch.BatchFile;
import org.inkpool.batch.BatchListener.LogLevel;
import org.inkpool.batch.BatchSummary;
import org.inkpool.convert.EngineMessage;
import org.inkpool.convert.EngineMessages;
import org.inkpool.convert.FailureKind;

import java.nio.file.Path;
import java.time.Duration;

/** A {@link org.inkpool.batch.BatchListener} call captured as a value, to cross from pool threads to the FX thread. */
sealed interface BatchEvent {
    record Queued(BatchFile file) implements BatchEvent { }

    /** @param epochMillis when the worker took it (the window applies it a little later) */
    record Started(BatchFile file, String worker, long epochMillis) implements BatchEvent {
        Started(BatchFile file, String worker) {
            this(file, worker, System.currentTimeMillis());
        }
    }

    record Progress(BatchFile file, double fraction, String phase) implements BatchEvent { }

    record Warning(BatchFile file, String text) implements BatchEvent { }

    record Done(BatchFile file, Path pdf, int pages, long millis) implements BatchEvent { }

    record Skipped(BatchFile file, Path existingPdf, String reason) implements BatchEvent { }

    record Failed(BatchFile file, FailureKind kind, String reason, EngineMessage message) implements BatchEvent {
        /** A reason in English only: its code is recognised from the text. */
        Failed(BatchFile file, FailureKind kind, String reason) {
            this(file, kind, reason, EngineMessages.failure(kind, reason));
        }
    }

    /** An engine message with its code: a warning, or information for the log. */
    record Message(BatchFile file, String worker, EngineMessage message) implements BatchEvent { }

    record Cancelled(BatchFile file) implements BatchEvent { }

    record Log(long epochMillis, LogLevel level, String worker, String message) implements BatchEvent { }

    record WorkerReady(long epochMillis, String worker, long pid, Duration coldStart) implements BatchEvent { }

    record Workers(int live) implements BatchEvent { }

    record Finished(BatchSummary summary) implements BatchEvent { }

    /** The pool measured by the window's own timer, carried by the same pump as the pool's events. */
    record Sampled(org.inkpool.batch.PoolSample sample) implements BatchEvent { }
}
