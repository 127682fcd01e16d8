package org.inkpool.pool;

import java.util.function.LongSupplier;

/**
 * Gives memory back between documents. The serial collector grows the old generation for a large
 * document and keeps it, resident, for every small one after (a worker on the corpus stayed at ~340 MB
 * after its 180-page document). When the committed heap has grown past the limit, a full collection
 * after the document compacts it and, with {@code -XX:MaxHeapFreeRatio}, hands the free part back to
 * the system. Small documents never reach the limit, so they pay nothing.
 */
final class HeapTrim implements Runnable {
    /** Committed heap (young generation included) above which a finished document triggers a collection. */
    static final long DEFAULT_LIMIT = 150L << 20;

    private final long limitBytes;
    private final LongSupplier committedBytes;
    private final Runnable collect;

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
        if (committedBytes.getAsLong() > limitBytes) {
            collect.run();
        }
    }
}
