package org.inkpool.batch;

/** A running batch: pause, resume, cancel, and wait for its end. */
public interface BatchControl {
    /** Running files finish; nothing new starts. */
    void pause();

    void resume();

    boolean isPaused();

    /** Stops running conversions (their partial output deleted) and marks queued files cancelled. */
    void cancel();

    /** Blocks until every file has its terminal event; returns the summary also given to finished(). */
    BatchSummary await() throws InterruptedException;

    boolean isFinished();

    /** The workers' processor time and memory now (for the window's live chart); empty where not measured. */
    default PoolSample sample() {
        return PoolSample.empty();
    }
}
