package org.inkpool.app;

import org.inkpool.batch.BatchFile;
import org.inkpool.batch.BatchListener;
import org.inkpool.batch.BatchSummary;
import org.inkpool.convert.EngineMessage;
import org.inkpool.convert.FailureKind;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/** The window's {@link BatchListener}: turns each call into a {@link BatchEvent} and hands it on, nothing more. */
final class PumpingListener implements BatchListener {
    private final Consumer<BatchEvent> pump;

    PumpingListener(Consumer<BatchEvent> pump) {
        this.pump = pump;
    }

    @Override
    public void queued(BatchFile file) {
        pump.accept(new BatchEvent.Queued(file));
    }

    @Override
    public void started(BatchFile file, String worker) {
        pump.accept(new BatchEvent.Started(file, worker));
    }

    @Override
    public void progress(BatchFile file, double fraction, String phase) {
        pump.accept(new BatchEvent.Progress(file, fraction, phase));
    }

    @Override
    public void warning(BatchFile file, String text) {
        pump.accept(new BatchEvent.Warning(file, text));
    }

    @Override
    public void message(BatchFile file, String worker, EngineMessage message) {
        pump.accept(new BatchEvent.Message(file, worker, message));
    }

    @Override
    public void failed(BatchFile file, FailureKind kind, EngineMessage reason) {
        pump.accept(new BatchEvent.Failed(file, kind, reason.english(), reason));
    }

    @Override
    public void done(BatchFile file, Path pdf, int pages, long millis) {
        pump.accept(new BatchEvent.Done(file, pdf, pages, millis));
    }

    @Override
    public void skipped(BatchFile file, Path existingPdf, String reason) {
        pump.accept(new BatchEvent.Skipped(file, existingPdf, reason));
    }

    @Override
    public void failed(BatchFile file, FailureKind kind, String reason) {
        pump.accept(new BatchEvent.Failed(file, kind, reason));
    }

    @Override
    public void cancelled(BatchFile file) {
        pump.accept(new BatchEvent.Cancelled(file));
    }

    @Override
    public void log(LogLevel level, String worker, String message) {
        pump.accept(new BatchEvent.Log(System.currentTimeMillis(), level, worker, message));
    }

    @Override
    public void workerReady(String worker, long pid, Duration coldStart) {
        pump.accept(new BatchEvent.WorkerReady(System.currentTimeMillis(), worker, pid, coldStart));
    }

    @Override
    public void workers(int live) {
        pump.accept(new BatchEvent.Workers(live));
    }

    @Override
    public void finished(BatchSummary summary) {
        pump.accept(new BatchEvent.Finished(summary));
    }
}
