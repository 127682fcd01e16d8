package org.inkpool.pool;

import org.inkpool.convert.ConversionListener;
import org.inkpool.convert.ConversionOptions;
import org.inkpool.convert.ConversionResult;
import org.inkpool.convert.DocumentConverter;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Thread mode: converts on a thread of this process with its own converter (so caches are never shared
 * between threads). No isolation: a killed runner's thread is interrupted and abandoned — whatever it
 * still produces is thrown away, never published.
 */
final class ThreadRunner implements Runner {
    /** A file to convert, or (task null) the request to end. */
    private record Request(long id, PoolTask task) {
    }

    private static final Request RETIRE = new Request(-1, null);

    private final String name;
    private final String converterClass;
    private final Events events;
    private final BlockingQueue<Request> inbox = new LinkedBlockingQueue<>();
    private volatile boolean killed;
    private volatile Thread thread;

    ThreadRunner(String name, String converterClass, Events events) {
        this.name = name;
        this.converterClass = converterClass;
        this.events = events;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void start() {
        Thread t = new Thread(null, this::run, "inkpool-" + name.replace(' ', '-'), WorkerLoop.CONVERSION_STACK);
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    @Override
    public void submit(long id, PoolTask task) {
        inbox.add(new Request(id, task));
    }

    @Override
    public void retire() {
        inbox.add(RETIRE);
    }

    @Override
    public void kill() {
        killed = true;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
        // Reported from another thread: the scheduler calls kill() while holding its lock.
        CompletableFuture.runAsync(() -> events.exited(this, 137));
    }

    private void run() {
        DocumentConverter converter;
        try {
            converter = Converters.create(converterClass);
        } catch (RuntimeException e) {
            events.log(this, PoolListener.Level.ERROR, "cannot create the converter: " + e.getMessage());
            if (!killed) {
                events.exited(this, -1);
            }
            return;
        }
        events.ready(this, ProcessHandle.current().pid());
        try {
            while (!killed) {
                Request request = inbox.take();
                if (request == RETIRE) {
                    break;
                }
                convert(converter, request.id(), request.task());
            }
        } catch (InterruptedException e) {
            // killed
        }
        if (!killed) {
            events.exited(this, 0);
        }
    }

    private void convert(DocumentConverter converter, long id, PoolTask task) {
        ConversionListener listener = new ConversionListener() {
            @Override
            public void progress(double fraction, Phase phase) {
                if (!killed) {
                    events.progress(ThreadRunner.this, id, fraction, phase.name());
                }
            }

            private final java.util.Set<String> sent = new java.util.HashSet<>();

            @Override
            public void warning(String text) {
                if (!killed && sent.add(text)) {
                    events.warning(ThreadRunner.this, id, org.inkpool.convert.EngineMessages.warning(text));
                }
            }
        };
        try {
            ConversionResult result = AtomicConversion.convert(converter, id, task.input(), task.output(), listener, () -> killed,
                    task.options());
            if (!killed) {
                result.warnings().forEach(listener::warning); // only those not streamed: each is told once
                Runtime rt = Runtime.getRuntime();
                events.done(this, id, result.pages(), result.millis(), rt.totalMemory() - rt.freeMemory(), rt.maxMemory());
            }
        } catch (Throwable t) {
            if (!killed) {
                AtomicConversion.Failure failure = AtomicConversion.describe(t);
                events.failed(this, id, failure.kind(),
                        org.inkpool.convert.EngineMessages.failure(failure.kind(), failure.message()));
            }
        }
    }
}
