package org.inkpool.pool;

import org.inkpool.convert.ConversionListener;
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
    private static final PoolTask RETIRE = new PoolTask(-1, null, null, "retire");

    private final String name;
    private final String converterClass;
    private final Events events;
    private final BlockingQueue<Object[]> inbox = new LinkedBlockingQueue<>();
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
        inbox.add(new Object[]{id, task});
    }

    @Override
    public void retire() {
        inbox.add(new Object[]{-1L, RETIRE});
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
                Object[] request = inbox.take();
                long id = (Long) request[0];
                PoolTask task = (PoolTask) request[1];
                if (task == RETIRE) {
                    break;
                }
                convert(converter, id, task);
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

            @Override
            public void warning(String text) {
                if (!killed) {
                    events.warning(ThreadRunner.this, id, text);
                }
            }
        };
        try {
            ConversionResult result = AtomicConversion.convert(converter, id, task.input(), task.output(), listener, () -> killed);
            if (!killed) {
                result.warnings().forEach(w -> events.warning(this, id, w));
                Runtime rt = Runtime.getRuntime();
                events.done(this, id, result.pages(), result.millis(), rt.totalMemory() - rt.freeMemory(), rt.maxMemory());
            }
        } catch (Throwable t) {
            if (!killed) {
                AtomicConversion.Failure failure = AtomicConversion.describe(t);
                events.failed(this, id, failure.kind(), failure.message());
            }
        }
    }
}
