package org.inkpool.pool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/** The command line of a worker JVM: this runtime's java, this class path, a heap cap, quiet JVM logging. */
final class WorkerCommand {
    static final long MIB = 1024L * 1024;
    private static final long MIN_HEAP = 256 * MIB;
    private static final long MAX_HEAP = 1024 * MIB;
    private static final long UNKNOWN_MEMORY_HEAP = 512 * MIB;
    private static final long MAX_YOUNG_GENERATION = 32 * MIB;
    /** The pdf package's idle-font budget (FontRegistry reads it; the pool may not name that class). */
    static final String FONT_MEMORY_PROPERTY = "inkpool.fontMemoryMB";
    static final int WORKER_FONT_MEMORY_MB = 40;

    private WorkerCommand() {
    }

    static List<String> build(PoolConfig config, List<String> classDataFlags) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable().toString());
        long heap = config.heapBytes() > 0 ? config.heapBytes() : defaultHeap(config.workers(), availableMemory());
        command.add("-Xmx" + heap / MIB + "m");
        // A small, fixed young generation keeps a worker's memory near its live data: with the default
        // (a third of -Xmx) eden grows to hundreds of MB of garbage before the first collection. 32 MB, not
        // 64: peak RSS on the corpus ~185 instead of ~235 MB, for ~0.3 s more collection pauses (README).
        command.add("-Xmn" + youngGeneration(heap) / MIB + "m");
        // and a small initial heap: the default (1/64 of RAM) lets garbage pile up in an old generation of
        // hundreds of MB before its first collection, all of it resident
        command.add("-Xms" + Math.min(heap, youngGeneration(heap) + 32 * MIB) / MIB + "m");
        // A collection that finds the old generation mostly empty shrinks it at once, not over several
        // collections, so HeapTrim's collection after a large document gives the memory back.
        command.add("-XX:-ShrinkHeapInSteps");
        // The default first metaspace threshold (~21 MB) is crossed while the first documents load POI,
        // PDFBox and the engine, which costs a full collection of the whole heap; this only moves the
        // threshold (nothing is reserved): one full collection fewer per worker on the corpus.
        command.add("-XX:MetaspaceSize=64m");
        // Parsed fonts waiting between documents: installed faces are never kept parsed (documents embed the
        // glyphs they draw, read from the file), so this holds the bundled faces (DejaVu Sans, Droid Sans
        // Fallback: 4 and 13 MB parsed) where no installed face has a character.
        command.add("-D" + FONT_MEMORY_PROPERTY + "=" + WORKER_FONT_MEMORY_MB);
        command.add("-XX:+ExitOnOutOfMemoryError");
        // One file at a time per worker: the serial collector has the smallest footprint and fastest start.
        command.add("-XX:+UseSerialGC");
        command.add("-XX:-UsePerfData"); // no hsperfdata file to create at start
        // C1 only: over a worker's life (≤ 200 files) C2's compile work costs more than its faster code
        // gives back — measured on the corpus: 14 s of CPU instead of 23 s for 98 documents
        command.add("-XX:TieredStopAtLevel=1");

        // JVM warnings go to stdout by default; stdout belongs to the protocol.
        command.add("-Xlog:disable");
        command.add("-Xlog:all=warning:stderr");
        command.add("-Djava.awt.headless=true");
        command.add("-D" + WorkerMain.HEARTBEAT_PROPERTY + "=" + config.heartbeat().toMillis());
        if (config.converterClass() != null && !config.converterClass().isBlank()) {
            command.add("-D" + Converters.PROPERTY + "=" + config.converterClass());
        }
        command.addAll(classDataFlags);
        command.addAll(config.extraJvmArgs());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(WorkerMain.class.getName());
        return command;
    }

    static Path javaExecutable() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
    }

    /**
     * Each worker gets 60 % of the memory available now, shared by the workers, but at least 256 MB
     * (below that ordinary documents fail) and at most 1 GB (a document needing more is pathological):
     * {@code min(1 GB, max(256 MB, available × 0.6 / workers))}; 512 MB where available memory is unknown.
     */
    static long defaultHeap(int workers, OptionalLong available) {
        if (available.isEmpty()) {
            return UNKNOWN_MEMORY_HEAP;
        }
        long share = (long) (available.getAsLong() * 0.6 / workers);
        return Math.min(MAX_HEAP, Math.max(MIN_HEAP, share));
    }

    static long youngGeneration(long heap) {
        return Math.max(16 * MIB, Math.min(MAX_YOUNG_GENERATION, heap / 4));
    }

    /** MemAvailable from /proc/meminfo (Linux); empty elsewhere. */
    static OptionalLong availableMemory() {
        Path meminfo = Path.of("/proc/meminfo");
        if (!Files.isReadable(meminfo)) {
            return OptionalLong.empty();
        }
        try {
            for (String line : Files.readAllLines(meminfo)) {
                if (line.startsWith("MemAvailable:")) {
                    String[] parts = line.trim().split("\\s+");
                    return OptionalLong.of(Long.parseLong(parts[1]) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through: unknown
        }
        return OptionalLong.empty();
    }
}
