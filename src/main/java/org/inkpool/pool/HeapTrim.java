package org.inkpool.pool;

import java.util.function.LongSupplier;

/**
 * Gives memory back between documents. The serial collector grows the old generation for a large
 * document and keeps it, resident, for every small one after (a worker on the corpus stayed at ~340 MB
 * after its 180-page document). When the committed heap has grown past the limit, a full collection
 * after the document compacts it and, with {@code -XX:-ShrinkHeapInSteps} (see WorkerCommand), hands
 * the free part back to the system at once. Small documents never reach the limit, so they pay nothing; and once a collection has
 * shown how much the worker really keeps, the next waits until the heap has grown a quarter beyond that
 * (otherwise a worker whose fonts and caches sit near the limit collected after every document: 3 s of
 * CPU over the corpus).
 */
final class HeapTrim implements Runnable {
    /** Committed heap (young generation included) above which a finished document triggers a collection. */
    static final long DEFAULT_LIMIT = 150L << 20;
    private static final double GROWTH = 1.25;

    private final long limitBytes;
    private final LongSupplier committedBytes;
    private final Runnable collect;
    private long afterLastCollection;

    HeapTrim(long limitBytes, LongSupplier committedBytes, Runnable collect) {
        this.limitBytes = limitBytes;
        this.committedBytes = committedBytes;
        this.collect = collect;
    }

    /** For this JVM: {@link Runtime#totalMemory()} and {@link System#gc()}. */
    static HeapTrim forThisJvm(long limitBytes) {
        return new HeapTrim(limitBytes, () -> Runtime.getRuntime().totalMemory(), System::gc);
    }

    /** Called after each document, with nothing else running in the worker. */
    @Override
    public void run() {
        long committed = committedBytes.getAsLong();
        if (committed > limitBytes && committed > afterLastCollection * GROWTH) {
            collect.run();
            afterLastCollection = committedBytes.getAsLong();
        }
    }
}
