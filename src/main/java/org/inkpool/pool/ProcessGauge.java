package org.inkpool.pool;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Reads what the operating system knows about a process and the machine: processor time (everywhere,
 * through {@link ProcessHandle}), resident memory (Linux /proc; elsewhere unknown, -1) and the share
 * of the machine's processors in use (Linux /proc/stat; elsewhere the load average over the CPU
 * count, and on Windows unknown). Cheap enough to call a few times a second.
 */
public final class ProcessGauge {
    private static final Path PROC = Path.of("/proc");
    private long lastBusy = -1;
    private long lastTotal = -1;

    /** Processor time the process has used so far, in nanoseconds; -1 where the system does not tell. */
    public static long cpuNanos(long pid) {
        ProcessHandle handle = pid == ProcessHandle.current().pid() ? ProcessHandle.current()
                : ProcessHandle.of(pid).orElse(null);
        if (handle == null) {
            return -1;
        }
        return handle.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    /** Resident memory (VmRSS) in bytes; -1 where unknown (not Linux, or the process is gone). */
    public static long residentBytes(long pid) {
        Path status = PROC.resolve(Long.toString(pid)).resolve("status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone
        }
        return -1;
    }

    /**
     * The machine's processors in use since the previous call, 0..1; -1 where unknown (and on the first
     * call on Linux, which only sets the starting point).
     */
    public synchronized double machineCpu() {
        long[] times = procStat();
        if (times == null) {
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return load < 0 ? -1 : Math.min(1, load / Runtime.getRuntime().availableProcessors());
        }
        long busy = times[0];
        long total = times[1];
        double share = lastTotal < 0 || total <= lastTotal ? -1 : (double) (busy - lastBusy) / (total - lastTotal);
        lastBusy = busy;
        lastTotal = total;
        return share < 0 ? -1 : Math.max(0, Math.min(1, share));
    }

    /** {busy, total} jiffies of all CPUs from /proc/stat's first line; null where there is none. */
    private static long[] procStat() {
        try {
            List<String> lines = Files.readAllLines(PROC.resolve("stat"));
            String[] f = lines.get(0).trim().split("\\s+");
            if (!f[0].equals("cpu")) {
                return null;
            }
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0); // idle + iowait
            return new long[]{total - idle, total};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
