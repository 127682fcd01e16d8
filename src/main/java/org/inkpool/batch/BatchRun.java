package org.inkpool.batch;

import org.inkpool.convert.EngineMessage;
import org.inkpool.convert.EngineMessages;
import org.inkpool.convert.FailureKind;
import org.inkpool.pool.Pool;
import org.inkpool.pool.PoolConfig;
import org.inkpool.pool.PoolListener;
import org.inkpool.pool.PoolTask;
import org.inkpool.pool.ProcessGauge;
import org.inkpool.pool.WorkerState;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** One running batch: plans outputs, feeds the pool, turns pool events into batch events, counts. */
final class BatchRun implements BatchControl {
    private final BatchListener listener;
    private final Map<Long, BatchFile> byTask = new HashMap<>();
    private final AtomicInteger converted = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger cancelled = new AtomicInteger();
    private final AtomicLong pages = new AtomicLong();
    private final AtomicReference<BatchSummary> summary = new AtomicReference<>();
    private final CountDownLatch end = new CountDownLatch(1);
    private final long startNanos = System.nanoTime();
    private final ProcessGauge gauge = new ProcessGauge();
    private volatile Pool pool;

    private BatchRun(BatchListener listener) {
        this.listener = listener;
    }

    static BatchRun start(List<BatchFile> files, BatchOptions options, BatchListener listener) {
        BatchRun run = new BatchRun(listener);
        run.begin(files, options);
        return run;
    }

    private void begin(List<BatchFile> files, BatchOptions options) {
        OutputPlanner planner = new OutputPlanner(options.outputDir(), options.existing());
        List<PoolTask> tasks = new ArrayList<>();
        for (BatchFile file : files) {
            listener.queued(file);
        }
        for (BatchFile file : files) {
            OutputPlanner.Plan plan = planner.plan(file);
            if (plan instanceof OutputPlanner.Skip skip) {
                skipped.incrementAndGet();
                listener.skipped(file, skip.existingPdf(), skip.reason());
            } else {
                Path pdf = ((OutputPlanner.Write) plan).pdf();
                PoolTask task = new PoolTask(file.id(), file.source(), pdf, file.display(), options.conversion());
                if (byTask.putIfAbsent(task.id(), file) != null) {
                    throw new IllegalArgumentException("two files share id " + file.id());
                }
                tasks.add(task);
            }
        }
        int maxWorkers = PoolConfig.MAX_WORKERS_PER_CORE * Runtime.getRuntime().availableProcessors();
        int workers = Math.max(1, Math.min(maxWorkers, options.workers()));
        if (workers != options.workers()) {
            listener.log(BatchListener.LogLevel.WARN, null, options.workers() + " workers asked; using " + workers + " (1 … " + maxWorkers + ")");
        }
        PoolConfig config = PoolConfig.defaults()
                .withWorkers(workers)
                .withThreads(options.mode() == ExecutionMode.THREADS)
                .withTimeouts(options.stallTimeout(), options.hardTimeout());
        pool = Pool.start(tasks, config, new Events());
    }

    @Override
    public void pause() {
        pool.pause();
    }

    @Override
    public void resume() {
        pool.resume();
    }

    @Override
    public boolean isPaused() {
        return pool.isPaused();
    }

    @Override
    public void cancel() {
        pool.cancel();
    }

    @Override
    public BatchSummary await() throws InterruptedException {
        end.await();
        return summary.get();
    }

    @Override
    public boolean isFinished() {
        return end.getCount() == 0;
    }

    @Override
    public PoolSample sample() {
        Pool p = pool;
        if (p == null) {
            return PoolSample.empty();
        }
        double machine = gauge.machineCpu();
        Map<Long, long[]> byProcess = new HashMap<>(); // thread mode: one process, read once
        List<PoolSample.Worker> workers = new ArrayList<>();
        for (WorkerState w : p.workerStates()) {
            long[] figures = byProcess.computeIfAbsent(w.pid(),
                    pid -> new long[]{ProcessGauge.cpuNanos(pid), ProcessGauge.residentBytes(pid)});
            workers.add(new PoolSample.Worker(w.name(), w.pid(), w.busy(), figures[0], figures[1]));
        }
        return new PoolSample(System.nanoTime(), machine, workers);
    }

    /** Pool events arrive in order on the pool's event thread. */
    private final class Events implements PoolListener {
        @Override
        public void started(PoolTask task, String worker) {
            listener.started(byTask.get(task.id()), worker);
        }

        @Override
        public void progress(PoolTask task, double fraction, String phase) {
            listener.progress(byTask.get(task.id()), fraction, phase);
        }

        @Override
        public void warning(PoolTask task, String text) {
            listener.warning(byTask.get(task.id()), text);
        }

        @Override
        public void message(PoolTask task, String worker, EngineMessage message) {
            listener.message(byTask.get(task.id()), worker, message);
        }

        @Override
        public void done(PoolTask task, int pageCount, long millis) {
            converted.incrementAndGet();
            pages.addAndGet(pageCount);
            listener.done(byTask.get(task.id()), task.output(), pageCount, millis);
        }

        @Override
        public void failed(PoolTask task, FailureKind kind, String reason) {
            failed(task, kind, EngineMessages.failure(kind, reason));
        }

        @Override
        public void failed(PoolTask task, FailureKind kind, EngineMessage reason) {
            failed.incrementAndGet();
            listener.failed(byTask.get(task.id()), kind, reason);
        }

        @Override
        public void cancelled(PoolTask task) {
            cancelled.incrementAndGet();
            listener.cancelled(byTask.get(task.id()));
        }

        @Override
        public void log(Level level, String worker, String message) {
            listener.log(BatchListener.LogLevel.valueOf(level.name()), worker, message);
        }

        @Override
        public void workers(int live) {
            listener.workers(live);
        }

        @Override
        public void workerReady(String worker, long pid, Duration coldStart) {
            listener.workerReady(worker, pid, coldStart);
        }

        @Override
        public void finished() {
            BatchSummary s = new BatchSummary(converted.get(), skipped.get(), failed.get(), cancelled.get(), pages.get(),
                    Duration.ofNanos(System.nanoTime() - startNanos));
            summary.set(s);
            try {
                listener.finished(s);
            } finally {
                end.countDown();
            }
        }
    }
}
