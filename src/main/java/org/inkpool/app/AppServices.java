package org.inkpool.app;

import javafx.application.Platform;
import org.inkpool.batch.Batches;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the window needs from outside the FX thread: the batch layer (scanner and starter, injected so
 * tests can put a fake pool behind the real window), and the threads it hands work to.
 *
 * @param background for scanning, starting, pausing and cancelling batches
 * @param taskRunner runs the per-file {@link FileTask}s (each waits while its file converts)
 * @param timer      paces the event pump
 * @param fxThread   {@code Platform::runLater}
 */
public record AppServices(BatchScanner scanner, BatchStarter starter, ExecutorService background,
                          ExecutorService taskRunner, ScheduledExecutorService timer, Executor fxThread) {

    /** The real batch layer. */
    public static AppServices production() {
        return with(Batches::scan, Batches::start);
    }

    public static AppServices with(BatchScanner scanner, BatchStarter starter) {
        int maxConverting = 4 * Runtime.getRuntime().availableProcessors() + 4;
        ThreadPoolExecutor tasks = new ThreadPoolExecutor(maxConverting, maxConverting, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemons("inkpool-file-task"));
        tasks.allowCoreThreadTimeOut(true);
        return new AppServices(scanner, starter, Executors.newCachedThreadPool(daemons("inkpool-background")),
                tasks, Executors.newSingleThreadScheduledExecutor(daemons("inkpool-event-pump")), Platform::runLater);
    }

    public void shutdown() {
        background.shutdownNow();
        taskRunner.shutdownNow();
        timer.shutdownNow();
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
