package org.inkpool.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Carries events from any thread to the FX thread in batches. Producers only append to a lock-free
 * queue; at most one drain is ever pending, scheduled a short delay after the first event of a burst,
 * so however fast the pool reports, the FX thread sees a few handfuls of batches per second and
 * never one runLater per event. A drain takes at most {@code maxPerDrain} events; the rest go to the
 * next drain, which keeps every pulse short.
 */
final class FxEventPump<E> {
    private final Queue<E> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final Executor fxThread;
    private final ScheduledExecutorService timer;
    private final long delayMillis;
    private final int maxPerDrain;
    private final Consumer<List<E>> sink;

    /**
     * @param fxThread runs a drain on the FX thread ({@code Platform::runLater})
     * @param timer    delays the drain so a burst gathers
     * @param sink     receives each batch, on the FX thread
     */
    FxEventPump(Executor fxThread, ScheduledExecutorService timer, long delayMillis, int maxPerDrain,
                Consumer<List<E>> sink) {
        this.fxThread = fxThread;
        this.timer = timer;
        this.delayMillis = delayMillis;
        this.maxPerDrain = maxPerDrain;
        this.sink = sink;
    }

    /** Thread-safe and cheap: called by the pool's threads for every event. */
    void post(E event) {
        queue.add(event);
        scheduleDrain();
    }

    private void scheduleDrain() {
        if (pending.compareAndSet(false, true)) {
            timer.schedule(() -> fxThread.execute(this::drain), delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void drain() {
        List<E> batch = new ArrayList<>(Math.min(maxPerDrain, 1024));
        E event;
        while (batch.size() < maxPerDrain && (event = queue.poll()) != null) {
            batch.add(event);
        }
        pending.set(false);
        if (!queue.isEmpty()) {
            scheduleDrain();
        }
        if (!batch.isEmpty()) {
            sink.accept(batch);
        }
    }
}
