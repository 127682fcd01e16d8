package org.inkpool.app;

import org.inkpool.batch.PoolSample;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last few minutes of the pool at work, as the live chart draws them: a ring of {@link Point}s, one
 * per sample, so a batch of any length keeps a bounded history. Rates are differences between samples:
 * documents and pages per second over a trailing window (smooth enough to read), each worker's processor
 * use over the last interval as a share of the whole machine (so the workers add up to at most the
 * machine's line). Lives on the FX thread.
 */
final class LiveStats {
    /** The key of the one process all workers share in thread mode. */
    static final String THREADS = "threads";
    static final int DEFAULT_CAPACITY = 360; // three minutes at two samples a second
    private static final double RATE_WINDOW_SECONDS = 5;
    private static final double SMOOTHING = 0.5;

    /**
     * @param seconds     since the batch started
     * @param machineCpu  percent of the machine's processors in use (-1: unknown)
     * @param workerCpu   percent of the machine each worker (or, in thread mode, this process) uses
     * @param workerMemory resident megabytes of each worker's process (absent where unknown)
     */
    record Point(double seconds, long done, long pages, double docsPerSecond, double pagesPerSecond,
                 double machineCpu, int busy, Map<String, Double> workerCpu, Map<String, Double> workerMemory) {
    }

    private final int capacity;
    private final int cpus;
    private final Deque<Point> points = new ArrayDeque<>();
    private final Map<String, long[]> lastCpu = new HashMap<>(); // key → {cpuNanos, sampleNanos}
    private final Map<String, Double> smoothedCpu = new HashMap<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private long startNanos;
    private double smoothedMachine = -1;
    private long added;

    LiveStats(int capacity, int cpus) {
        this.capacity = capacity;
        this.cpus = Math.max(1, cpus);
    }

    /** A new batch: the history starts again. */
    void reset(long batchStartNanos) {
        startNanos = batchStartNanos;
        points.clear();
        lastCpu.clear();
        smoothedCpu.clear();
        smoothedMachine = -1;
        listeners.forEach(Runnable::run);
    }

    /** Adds one sample with the batch's finished documents and pages so far. */
    void add(PoolSample sample, long done, long pages) {
        double seconds = (sample.nanos() - startNanos) / 1e9;
        Map<String, Double> cpu = new LinkedHashMap<>();
        Map<String, Double> memory = new LinkedHashMap<>();
        Map<Long, Integer> perProcess = new HashMap<>();
        sample.workers().forEach(w -> perProcess.merge(w.pid(), 1, Integer::sum));
        for (PoolSample.Worker w : sample.workers()) {
            String key = perProcess.get(w.pid()) > 1 ? THREADS : w.name();
            if (cpu.containsKey(key)) {
                continue; // thread mode: the process is counted once
            }
            double share = cpuShare(key, w.cpuNanos(), sample.nanos());
            if (share >= 0) {
                cpu.put(key, share);
            }
            if (w.residentBytes() > 0) {
                memory.put(key, w.residentBytes() / (1024.0 * 1024.0));
            }
        }
        java.util.Set<String> live = keys(sample, perProcess); // recycled workers' figures go
        lastCpu.keySet().retainAll(live);
        smoothedCpu.keySet().retainAll(live);
        if (sample.machineCpu() >= 0) {
            double percent = 100 * sample.machineCpu();
            smoothedMachine = smoothedMachine < 0 ? percent : SMOOTHING * percent + (1 - SMOOTHING) * smoothedMachine;
        }
        Point earlier = pointBefore(seconds - RATE_WINDOW_SECONDS);
        double span = earlier == null ? seconds : seconds - earlier.seconds();
        long doneBefore = earlier == null ? 0 : earlier.done();
        long pagesBefore = earlier == null ? 0 : earlier.pages();
        double docsRate = span <= 0 ? 0 : (done - doneBefore) / span;
        double pagesRate = span <= 0 ? 0 : (pages - pagesBefore) / span;
        points.addLast(new Point(seconds, done, pages, docsRate, pagesRate, smoothedMachine, sample.busy(),
                cpu, memory));
        while (points.size() > capacity) {
            points.removeFirst();
        }
        added++;
        listeners.forEach(Runnable::run);
    }

    private static java.util.Set<String> keys(PoolSample sample, Map<Long, Integer> perProcess) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        sample.workers().forEach(w -> keys.add(perProcess.get(w.pid()) > 1 ? THREADS : w.name()));
        return keys;
    }

    /** Percent of the machine used by this key's process since its previous sample; -1 for its first. */
    private double cpuShare(String key, long cpuNanos, long sampleNanos) {
        if (cpuNanos < 0) {
            return -1;
        }
        long[] before = lastCpu.put(key, new long[]{cpuNanos, sampleNanos});
        if (before == null || sampleNanos <= before[1]) {
            return -1;
        }
        double percent = 100.0 * Math.max(0, cpuNanos - before[0]) / ((sampleNanos - before[1]) * (double) cpus);
        percent = Math.min(100, percent);
        Double old = smoothedCpu.get(key);
        double smoothed = old == null ? percent : SMOOTHING * percent + (1 - SMOOTHING) * old;
        smoothedCpu.put(key, smoothed);
        return smoothed;
    }

    /** The newest point at or before {@code seconds}, or the oldest one kept when none is that old. */
    private Point pointBefore(double seconds) {
        Point found = null;
        for (var it = points.descendingIterator(); it.hasNext(); ) {
            Point p = it.next();
            found = p;
            if (p.seconds() <= seconds) {
                return p;
            }
        }
        return found;
    }

    List<Point> points() {
        return List.copyOf(points);
    }

    Point last() {
        return points.peekLast();
    }

    int size() {
        return points.size();
    }

    int capacity() {
        return capacity;
    }

    /** Samples received since the application started (across batches). */
    long added() {
        return added;
    }

    /** Told after every sample and every reset, on the FX thread. */
    void onChange(Runnable listener) {
        listeners.add(listener);
    }
}
