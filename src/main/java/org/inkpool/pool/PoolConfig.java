package org.inkpool.pool;

import java.time.Duration;
import java.util.List;

/**
 * How the pool runs.
 *
 * @param workers          1 … 4 × cores
 * @param threads          convert on threads of this process instead of worker processes
 * @param stallTimeout     a file with no progress for this long is killed and failed as timed out
 * @param hardTimeout      no file may take longer than this
 * @param recycleAfter     a worker process is replaced after this many files (bounded memory growth)
 * @param heapBytes        worker {@code -Xmx}; 0 chooses from free memory (see {@link WorkerCommand#defaultHeap})
 * @param converterClass   test/diagnostic hook: a {@code DocumentConverter} class instead of the engine; null = engine
 * @param extraJvmArgs     more worker JVM options (tests, diagnostics)
 * @param heartbeat        how often an idle or busy worker says it is alive
 * @param startTimeout     a worker that is not ready after this long counts as a failed start
 * @param classDataSharing use (and create on first use) a class-data archive to start workers faster
 */
public record PoolConfig(int workers, boolean threads, Duration stallTimeout, Duration hardTimeout, int recycleAfter,
                         long heapBytes, String converterClass, List<String> extraJvmArgs, Duration heartbeat,
                         Duration startTimeout, boolean classDataSharing) {

    public static final int MAX_WORKERS_PER_CORE = 4;

    public PoolConfig {
        int max = MAX_WORKERS_PER_CORE * Runtime.getRuntime().availableProcessors();
        if (workers < 1 || workers > max) {
            throw new IllegalArgumentException("workers must be 1 … " + max + ", not " + workers);
        }
        if (recycleAfter < 1) {
            throw new IllegalArgumentException("recycleAfter must be at least 1");
        }
        extraJvmArgs = List.copyOf(extraJvmArgs);
    }

    /** Diagnostic hook: more worker JVM options, separated by spaces (for measuring GC settings and the like). */
    public static final String JVM_ARGS_PROPERTY = "inkpool.worker.jvmArgs";

    public static PoolConfig defaults() {
        String jvmArgs = System.getProperty(JVM_ARGS_PROPERTY, "").trim();
        return new PoolConfig(Runtime.getRuntime().availableProcessors(), false, Duration.ofSeconds(60),
                Duration.ofMinutes(10), 200, 0, System.getProperty(Converters.PROPERTY),
                jvmArgs.isEmpty() ? List.of() : List.of(jvmArgs.split("\\s+")),
                Duration.ofSeconds(1), Duration.ofSeconds(60), true);
    }

    public PoolConfig withWorkers(int n) {
        return new PoolConfig(n, threads, stallTimeout, hardTimeout, recycleAfter, heapBytes, converterClass, extraJvmArgs, heartbeat, startTimeout, classDataSharing);
    }

    public PoolConfig withThreads(boolean t) {
        return new PoolConfig(workers, t, stallTimeout, hardTimeout, recycleAfter, heapBytes, converterClass, extraJvmArgs, heartbeat, startTimeout, classDataSharing);
    }

    public PoolConfig withTimeouts(Duration stall, Duration hard) {
        return new PoolConfig(workers, threads, stall, hard, recycleAfter, heapBytes, converterClass, extraJvmArgs, heartbeat, startTimeout, classDataSharing);
    }

    public PoolConfig withRecycleAfter(int files) {
        return new PoolConfig(workers, threads, stallTimeout, hardTimeout, files, heapBytes, converterClass, extraJvmArgs, heartbeat, startTimeout, classDataSharing);
    }

    public PoolConfig withHeapBytes(long bytes) {
        return new PoolConfig(workers, threads, stallTimeout, hardTimeout, recycleAfter, bytes, converterClass, extraJvmArgs, heartbeat, startTimeout, classDataSharing);
    }

    public PoolConfig withConverterClass(String className) {
        return new PoolConfig(workers, threads, stallTimeout, hardTimeout, recycleAfter, heapBytes, className, extraJvmArgs, heartbeat, startTimeout, classDataSharing);
    }

    public PoolConfig withExtraJvmArgs(List<String> args) {
        return new PoolConfig(workers, threads, stallTimeout, hardTimeout, recycleAfter, heapBytes, converterClass, args, heartbeat, startTimeout, classDataSharing);
    }

    public PoolConfig withStartTimeout(Duration d) {
        return new PoolConfig(workers, threads, stallTimeout, hardTimeout, recycleAfter, heapBytes, converterClass, extraJvmArgs, heartbeat, d, classDataSharing);
    }

    public PoolConfig withClassDataSharing(boolean on) {
        return new PoolConfig(workers, threads, stallTimeout, hardTimeout, recycleAfter, heapBytes, converterClass, extraJvmArgs, heartbeat, startTimeout, on);
    }
}
