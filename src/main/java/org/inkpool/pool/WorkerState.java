package org.inkpool.pool;

/**
 * A live worker at one instant, for measuring the pool at work (the window's chart).
 *
 * @param pid  its process; in thread mode every worker names this process
 * @param busy converting a file right now
 */
public record WorkerState(String name, long pid, boolean busy) {
}
