package org.inkpool.pool;

import org.inkpool.convert.FailureKind;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/** Collects what a pool says, for assertions; hooks let a test act on an event (kill a worker…). */
class RecordingPoolListener implements PoolListener {
    final Map<Long, String> outcome = new ConcurrentHashMap<>();
    final Map<Long, String> reasons = new ConcurrentHashMap<>();
    final Map<String, Long> pids = new ConcurrentHashMap<>();
    final List<String> startedOn = new CopyOnWriteArrayList<>();
    final List<String> log = new CopyOnWriteArrayList<>();
    final List<Long> terminalOrder = new CopyOnWriteArrayList<>();
    volatile BiConsumer<PoolTask, String> onStarted = (t, w) -> { };
    volatile BiConsumer<PoolTask, Double> onProgress = (t, f) -> { };
    volatile BiConsumer<PoolTask, String> onTerminal = (t, what) -> { };
    volatile boolean finished;

    @Override
    public void started(PoolTask task, String worker) {
        startedOn.add(task.id() + "@" + worker);
        onStarted.accept(task, worker);
    }

    @Override
    public void progress(PoolTask task, double fraction, String phase) {
        onProgress.accept(task, fraction);
    }

    @Override
    public void done(PoolTask task, int pages, long millis) {
        terminal(task, "done");
    }

    @Override
    public void failed(PoolTask task, FailureKind kind, String reason) {
        terminal(task, kind.name());
        reasons.put(task.id(), reason);
    }

    @Override
    public void cancelled(PoolTask task) {
        terminal(task, "cancelled");
    }

    private void terminal(PoolTask task, String what) {
        String before = outcome.put(task.id(), what);
        if (before != null) {
            throw new AssertionError("second terminal event for " + task.id() + ": " + before + " then " + what);
        }
        terminalOrder.add(task.id());
        onTerminal.accept(task, what);
    }

    @Override
    public void log(Level level, String worker, String message) {
        log.add(level + " " + worker + ": " + message);
    }

    @Override
    public void workerReady(String worker, long pid, Duration coldStart) {
        pids.put(worker, pid);
    }

    @Override
    public void finished() {
        finished = true;
    }

    long pidOf(String worker) {
        return pids.get(worker);
    }
}
