package org.inkpool.pool;

import org.inkpool.convert.FailureKind;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Hands pool events to the listener on one thread of their own, in the order they happened, so the
 * scheduler never calls out while holding its lock and a slow or throwing listener cannot stall it.
 */
final class OrderedEvents {
    private final PoolListener listener;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "inkpool-pool-events");
        t.setDaemon(true);
        return t;
    });

    OrderedEvents(PoolListener listener) {
        this.listener = listener;
    }

    private void post(Runnable event) {
        thread.execute(() -> {
            try {
                event.run();
            } catch (RuntimeException e) {
                // a listener's bug must not silence the events after it
                System.err.println("inkpool: a batch listener failed: " + e);
            }
        });
    }

    void started(PoolTask task, String worker) {
        post(() -> listener.started(task, worker));
    }

    void progress(PoolTask task, double fraction, String phase) {
        post(() -> listener.progress(task, fraction, phase));
    }

    void message(PoolTask task, String worker, org.inkpool.convert.EngineMessage message) {
        post(() -> listener.message(task, worker, message));
    }

    void done(PoolTask task, int pages, long millis) {
        post(() -> listener.done(task, pages, millis));
    }

    void failed(PoolTask task, FailureKind kind, org.inkpool.convert.EngineMessage reason) {
        post(() -> listener.failed(task, kind, reason));
    }

    void cancelled(PoolTask task) {
        post(() -> listener.cancelled(task));
    }

    void log(PoolListener.Level level, String worker, String message) {
        post(() -> listener.log(level, worker, message));
    }

    void workers(int live) {
        post(() -> listener.workers(live));
    }

    void workerReady(String worker, long pid, Duration coldStart) {
        post(() -> listener.workerReady(worker, pid, coldStart));
    }

    /** The last event: after the listener heard it, {@code done} opens and the thread ends. */
    void finished(CountDownLatch done) {
        post(() -> {
            try {
                listener.finished();
            } finally {
                done.countDown();
            }
        });
        thread.shutdown();
    }
}
