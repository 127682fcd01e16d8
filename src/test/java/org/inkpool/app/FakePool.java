package org.inkpool.app;

import org.inkpool.batch.BatchControl;
import org.inkpool.batch.BatchFile;
import org.inkpool.batch.BatchListener;
import org.inkpool.batch.BatchOptions;
import org.inkpool.batch.BatchSummary;
import org.inkpool.batch.ScanResult;
import org.inkpool.convert.FailureKind;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * A stand-in pool for view-model tests: {@code workers} threads take the files in order and report
 * started → progress ×{@code steps} → done (or failed, for files the predicate picks) as fast as they
 * can, honouring pause and cancel like the real batch layer.
 */
final class FakePool implements BatchStarter {
    private final int steps;
    private final Predicate<BatchFile> fails;
    private final long perStepMicros;
    volatile BatchOptions lastOptions;
    /** Engine warnings (English, as the engine words them) every converted file reports, coded on the way. */
    volatile List<String> warnings = List.of();

    FakePool(int steps, Predicate<BatchFile> fails, long perStepMicros) {
        this.steps = steps;
        this.fails = fails;
        this.perStepMicros = perStepMicros;
    }

    /** A scanner that lists the given paths as they are, one file each, without touching the disk. */
    static BatchScanner listing() {
        return (inputs, recursive) -> {
            List<BatchFile> files = new java.util.ArrayList<>();
            int id = 0;
            for (Path p : inputs) {
                files.add(new BatchFile(id++, p.toAbsolutePath(), p.getFileName().toString(), 1000));
            }
            return new ScanResult(files, 0, 0, 0);
        };
    }

    @Override
    public BatchControl start(List<BatchFile> files, BatchOptions options, BatchListener listener) {
        lastOptions = options;
        Run run = new Run(files, options.workers(), listener);
        run.begin();
        return run;
    }

    private final class Run implements BatchControl {
        private final ConcurrentLinkedQueue<BatchFile> queue;
        private final int workers;
        private final BatchListener listener;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final Object pauseLock = new Object();
        private boolean paused;
        private final CountDownLatch end = new CountDownLatch(1);
        private final AtomicInteger converted = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private final AtomicInteger cancelledCount = new AtomicInteger();
        private final AtomicInteger pages = new AtomicInteger();
        private final AtomicReference<BatchSummary> summary = new AtomicReference<>();
        private final long startNanos = System.nanoTime();
        private final java.util.Map<String, Boolean> busy = new java.util.concurrent.ConcurrentHashMap<>();

        Run(List<BatchFile> files, int workers, BatchListener listener) {
            this.queue = new ConcurrentLinkedQueue<>(files);
            this.workers = workers;
            this.listener = listener;
            files.forEach(listener::queued);
        }

        void begin() {
            AtomicInteger running = new AtomicInteger(workers);
            listener.workers(workers);
            for (int w = 1; w <= workers; w++) {
                String name = "fake " + w;
                busy.put(name, false);
                Thread t = new Thread(() -> {
                    work(name);
                    if (running.decrementAndGet() == 0) {
                        finish();
                    }
                }, name);
                t.setDaemon(true);
                t.start();
            }
        }

        private void work(String name) {
            BatchFile file;
            while ((file = queue.poll()) != null) {
                if (cancelled.get()) {
                    listener.cancelled(file);
                    cancelledCount.incrementAndGet();
                    continue;
                }
                waitWhilePaused();
                listener.started(file, name);
                busy.put(name, true);
                boolean stopped = false;
                for (int s = 1; s <= steps; s++) {
                    pauseMicros();
                    if (cancelled.get()) {
                        stopped = true;
                        break;
                    }
                    listener.progress(file, s / (double) steps, s < steps / 2 ? "LAYOUT" : "WRITE");
                }
                busy.put(name, false);
                if (stopped) {
                    listener.cancelled(file);
                    cancelledCount.incrementAndGet();
                } else if (fails.test(file)) {
                    listener.failed(file, FailureKind.CORRUPT, "corrupt or damaged: fake failure");
                    failed.incrementAndGet();
                } else {
                    for (String warning : warnings) {
                        listener.message(file, name, org.inkpool.convert.EngineMessages.warning(warning));
                    }
                    listener.log(BatchListener.LogLevel.INFO, name, "converted " + file.display());
                    listener.done(file, Path.of(file.source() + ".pdf"), 2, 5);
                    converted.incrementAndGet();
                    pages.addAndGet(2);
                }
            }
        }

        private void pauseMicros() {
            if (perStepMicros > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(perStepMicros * 1000);
            }
        }

        private void waitWhilePaused() {
            synchronized (pauseLock) {
                while (paused && !cancelled.get()) {
                    try {
                        pauseLock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }

        private void finish() {
            BatchSummary s = new BatchSummary(converted.get(), 0, failed.get(), cancelledCount.get(), pages.get(),
                    Duration.ofNanos(System.nanoTime() - startNanos));
            summary.set(s);
            listener.workers(0);
            listener.finished(s);
            end.countDown();
        }

        /** The fake workers are threads of this process: measured like thread mode. */
        @Override
        public org.inkpool.batch.PoolSample sample() {
            long pid = ProcessHandle.current().pid();
            long cpu = org.inkpool.pool.ProcessGauge.cpuNanos(pid);
            List<org.inkpool.batch.PoolSample.Worker> workers = new java.util.ArrayList<>();
            new java.util.TreeMap<>(busy).forEach((name, b) ->
                    workers.add(new org.inkpool.batch.PoolSample.Worker(name, pid, b, cpu, 100L << 20)));
            return new org.inkpool.batch.PoolSample(System.nanoTime(), 0.5, workers);
        }

        @Override
        public void pause() {
            synchronized (pauseLock) {
                paused = true;
            }
        }

        @Override
        public void resume() {
            synchronized (pauseLock) {
                paused = false;
                pauseLock.notifyAll();
            }
        }

        @Override
        public boolean isPaused() {
            synchronized (pauseLock) {
                return paused;
            }
        }

        @Override
        public void cancel() {
            cancelled.set(true);
            resume();
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
    }
}
