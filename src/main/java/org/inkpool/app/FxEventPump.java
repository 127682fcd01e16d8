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
 * so however fast the pool reports, the FX thread sees a few dozen batches per second and never one
 * runLater per event. A drain hands over chunks of at most {@code maxPerChunk} events until its time
 * budget is spent; what is left waits for the next drain, so pulses (painting, input) always get a turn.
 */
final class FxEventPump<E> {
    private final Queue<E> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final Executor fxThread;
    private final ScheduledExecutorService timer;
    private final long delayMillis;
    private final int maxPerChunk;
    private final long budgetNanos;
    private final Consumer<List<E>> sink;

    /**
     * @param fxThread runs a drain on the FX thread ({@code Platform::runLater})
     * @param timer    delays the drain so a burst gathers
     * @param sink     receives each batch, on the FX thread
     */
    FxEventPump(Executor fxThread, ScheduledExecutorService timer, long delayMillis, int maxPerChunk,
                long budgetMillis, Consumer<List<E>> sink) {
        this.fxThread = fxThread;
        this.timer = timer;
        this.delayMillis = delayMillis;
        this.maxPerChunk = maxPerChunk;
        this.budgetNanos = TimeUnit.MILLISECONDS.toNanos(budgetMillis);
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
        long deadline = System.nanoTime() + budgetNanos;
        try {
            do {
                List<E> chunk = new ArrayList<>(Math.min(maxPerChunk, 256));
                E event;
                while (chunk.size() < maxPerChunk && (event = queue.poll()) != null) {
                    chunk.add(event);
                }
                if (chunk.isEmpty()) {
                    break;
                }
                sink.accept(chunk);
            } while (System.nanoTime() < deadline);
        } finally {
            pending.set(false);
            if (!queue.isEmpty()) {
                scheduleDrain();
            }
        }
    }
}
