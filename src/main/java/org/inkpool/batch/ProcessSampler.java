package org.inkpool.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a process while sampling it and its descendants every 100 ms: peak resident memory (per
 * process and all together) and processor time. CPU time is the measure that a busy machine does not
 * inflate; it is a lower bound, as up to one interval of each process's end is missed.
 */
public final class ProcessSampler {
    private long peakPerProcess = -1;
    private long peakTotal = -1;
    private double cpuSeconds;
    private double wallSeconds;

    private ProcessSampler() {
    }

    public long peakPerProcess() {
        return peakPerProcess;
    }

    public long peakTotal() {
        return peakTotal;
    }

    public double cpuSeconds() {
        return cpuSeconds;
    }

    public double wallSeconds() {
        return wallSeconds;
    }

    /** @param countRoot whether the root's own memory counts as a "per process" peak (thread mode: yes) */
    public static ProcessSampler waitFor(Process root, boolean countRoot) throws InterruptedException {
        ProcessSampler s = new ProcessSampler();
        long start = System.nanoTime();
        Map<Long, Long> peaks = new HashMap<>();
        Map<Long, Long> cpuNanos = new HashMap<>();
        long peakTotal = 0;
        do {
            List<ProcessHandle> processes = new ArrayList<>();
            processes.add(root.toHandle());
            root.descendants().forEach(processes::add);
            long total = 0;
            for (ProcessHandle p : processes) {
                p.info().totalCpuDuration().map(Duration::toNanos).ifPresent(cpu -> cpuNanos.merge(p.pid(), cpu, Math::max));
                long rss = residentBytes(p.pid());
                if (rss > 0) {
                    total += rss;
                    if (countRoot || p.pid() != root.pid()) {
                        peaks.merge(p.pid(), rss, Math::max);
                    }
                }
            }
            peakTotal = Math.max(peakTotal, total);
        } while (!root.waitFor(100, TimeUnit.MILLISECONDS));
        s.wallSeconds = (System.nanoTime() - start) / 1e9;
        s.peakPerProcess = peaks.values().stream().mapToLong(Long::longValue).max().orElse(-1);
        s.peakTotal = peakTotal > 0 ? peakTotal : -1;
        s.cpuSeconds = cpuNanos.values().stream().mapToLong(Long::longValue).sum() / 1e9;
        return s;
    }

    /** VmRSS of a process from /proc (Linux); -1 where unknown. The pool's gauge reads it. */
    public static long residentBytes(long pid) {
        return org.inkpool.pool.ProcessGauge.residentBytes(pid);
    }
}
