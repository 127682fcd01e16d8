package org.inkpool.batch;

import java.util.List;

/**
 * The pool at one instant, as the window's chart draws it: the machine's processor use and each live
 * worker's processor time so far and resident memory. Rates come from the difference of two samples.
 *
 * @param nanos      {@link System#nanoTime()} when it was taken
 * @param machineCpu share of the machine's processors in use since the previous sample, 0..1 (-1: unknown)
 * @param workers    the live workers; in thread mode they all name this process
 */
public record PoolSample(long nanos, double machineCpu, List<Worker> workers) {
    public PoolSample {
        workers = List.copyOf(workers);
    }

    /** Nothing running. */
    public static PoolSample empty() {
        return new PoolSample(System.nanoTime(), -1, List.of());
    }

    public int busy() {
        return (int) workers.stream().filter(Worker::busy).count();
    }

    /**
     * @param cpuNanos      processor time of its process so far (-1: unknown)
     * @param residentBytes resident memory of its process (-1: unknown on this system)
     */
    public record Worker(String name, long pid, boolean busy, long cpuNanos, long residentBytes) {
    }
}
