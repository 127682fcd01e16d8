package org.inkpool.cli;

import org.inkpool.batch.BatchControl;
import org.inkpool.batch.BatchFile;
import org.inkpool.batch.BatchListener;
import org.inkpool.batch.BatchOptions;
import org.inkpool.batch.Batches;
import org.inkpool.batch.ExecutionMode;
import org.inkpool.batch.ExistingPolicy;
import org.inkpool.batch.ModeComparison;
import org.inkpool.batch.ModeRun;
import org.inkpool.batch.ProcessSampler;
import org.inkpool.convert.ConversionOptions;
import org.inkpool.convert.FailureKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code inkpool benchmark FOLDER}: converts the same folder with 1 and 2 workers, in process and thread
 * mode, and reports documents/second, speed-up, worker memory and cold start; where LibreOffice is
 * installed, also times LibreOffice over the same files, as one {@code soffice --headless --convert-to pdf}
 * and as a pool of soffice processes. On request, a long batch (the folder repeated) and a generated big
 * document. Output goes to a temporary folder, never next to the documents.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Measures conversion speed, worker memory and start-up on a folder of documents.")
final class BenchmarkCommand implements Callable<Integer> {
    private static final String CDS_SWITCH = "inkpool.cds";

    @Parameters(paramLabel = "FOLDER", description = "documents to convert (only read)")
    Path folder;

    @Option(names = "--limit", paramLabel = "N", description = "use only the first N documents")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--max-workers", paramLabel = "N", description = "largest worker count to try (default: ${DEFAULT-VALUE})")
    int maxWorkers = 2;

    @Option(names = "--cold-runs", paramLabel = "N", description = "cold starts measured per setting (median reported; default: ${DEFAULT-VALUE})")
    int coldRuns = 3;

    @Option(names = "--repeat", paramLabel = "N", description = "runs per setting, the fastest reported (default: ${DEFAULT-VALUE})")
    int repeat = 1;

    @Option(names = "--modes", paramLabel = "MODES", split = ",",
            description = "processes, threads or both (default: ${DEFAULT-VALUE})")
    List<String> modes = List.of("processes", "threads");

    @Option(names = "--heavy", paramLabel = "N",
            description = "scaling check: the N documents that took longest with one worker (0 skips it; default: ${DEFAULT-VALUE})")
    int heavy = 16;

    @Option(names = "--heavy-copies", paramLabel = "K",
            description = "copies of each of them in the scaling check, so start-up weighs little (default: ${DEFAULT-VALUE})")
    int heavyCopies = 4;

    @Option(names = "--no-libreoffice", description = "do not time LibreOffice even when it is installed")
    boolean noLibreOffice;

    @Option(names = "--long-seconds", paramLabel = "S",
            description = "long batch: the folder repeated until one worker needs about S seconds (0 skips it; default: ${DEFAULT-VALUE})")
    int longSeconds = 0;

    @Option(names = "--big-pages", paramLabel = "N",
            description = "big document: a generated document of about N pages, one worker (0 skips it; default: ${DEFAULT-VALUE})")
    int bigPages = 0;

    @Option(names = "--tags", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "write tagged PDFs, as conversions do by default (--no-tags: untagged, to time what tags cost)")
    boolean tags = true;

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    @Override
    public Integer call() throws Exception {
        List<BatchFile> files = Batches.scan(List.of(folder), true).files();
        files = files.subList(0, Math.min(limit, files.size()));
        if (files.isEmpty()) {
            System.err.println("no Word documents under " + folder);
            return 2;
        }
        int cpus = Runtime.getRuntime().availableProcessors();
        out.printf("Benchmark: %d documents (%.1f MB) from %s; %d CPUs; java %s; load average %s%n", files.size(),
                files.stream().mapToLong(BatchFile::size).sum() / 1e6, folder, cpus, Runtime.version(), loadAverage());
        Path scratch = Files.createTempDirectory("inkpool-benchmark");
        try {
            coldStart(files, scratch);
            List<ModeRun> runs = throughput(files, scratch);
            scaling(files, scratch, runs);
            libreOffice(files, scratch, runs);
            LongBenchmarks longer = new LongBenchmarks(out, scratch, convertArgs());
            ModeRun oneWorker = runs.stream().filter(r -> !r.threads() && r.workers() == 1).findFirst().orElse(null);
            if (longSeconds > 0 && oneWorker != null) {
                longer.longBatch(files.stream().map(BatchFile::source).toList(), oneWorker.seconds(), longSeconds, maxWorkers, repeat);
            }
            if (bigPages > 0) {
                longer.bigDocument(bigPages);
            }
            out.println("Load average at the end: " + loadAverage());
        } finally {
            deleteTree(scratch);
            System.clearProperty(CDS_SWITCH);
        }
        return 0;
    }

    // ---- cold start ------------------------------------------------------------------------------------

    private void coldStart(List<BatchFile> files, Path scratch) throws Exception {
        List<BatchFile> first = List.of(files.get(0));
        out.println();
        out.println("Cold start of one worker (launch → ready, launch → first PDF), median of " + coldRuns + ":");
        out.println("  (where the machine is busy, wall times swell; the worker's CPU time to ready does not)");
        for (String cds : List.of("off", "on")) {
            System.setProperty(CDS_SWITCH, cds);
            if (cds.equals("on")) {
                measure(first, 1, ExecutionMode.PROCESSES, scratch); // creates the archive where none exists yet
            }
            List<Run> runs = new ArrayList<>();
            for (int i = 0; i < coldRuns; i++) {
                runs.add(measure(first, 1, ExecutionMode.PROCESSES, scratch));
            }
            long ready = median(runs.stream().mapToLong(r -> r.coldReadyMillis).toArray());
            long readyCpu = median(runs.stream().mapToLong(r -> r.coldReadyCpuMillis).toArray());
            long pdf = median(runs.stream().mapToLong(r -> r.firstPdfMillis).toArray());
            out.printf("  class-data sharing %-3s  ready %5d ms (worker CPU %5d ms)   first PDF %5d ms   (%s)%n", cds, ready,
                    readyCpu, pdf, first.get(0).display());
        }
    }

    // ---- throughput ------------------------------------------------------------------------------------

    private List<ModeRun> throughput(List<BatchFile> files, Path scratch) throws Exception {
        out.println();
        out.println("Throughput: one fresh 'inkpool convert' per setting, launch to exit (JVM and worker start included):");
        out.printf("  %-10s %7s %9s %8s %9s %9s %7s %15s %14s%n", "mode", "workers", "docs/s", "speed-up", "seconds", "CPU s",
                "failed", "RSS/worker MB", "RSS total MB");
        List<Path> documents = files.stream().map(BatchFile::source).toList();
        List<ExecutionMode> chosen = modes.stream().map(m -> "threads".equalsIgnoreCase(m) ? ExecutionMode.THREADS
                : ExecutionMode.PROCESSES).distinct().toList();
        List<Integer> counts = java.util.stream.IntStream.rangeClosed(1, maxWorkers).boxed().toList();
        java.util.Map<ExecutionMode, ModeRun> ones = new java.util.EnumMap<>(ExecutionMode.class);
        List<ModeRun> runs = ModeComparison.run(documents, counts, chosen, scratch, repeat, convertArgs(), run -> {
            ModeRun one = ones.computeIfAbsent(run.mode(), m -> run);
            out.printf("  %-10s %7d %9.2f %7.2fx %9.1f %9.1f %7d %15s %14s%n", run.threads() ? "threads" : "processes",
                    run.workers(), run.docsPerSecond(), run.docsPerSecond() / one.docsPerSecond(), run.seconds(),
                    run.cpuSeconds(), run.failed(), megabytes(run.peakWorkerRss()), megabytes(run.peakTotalRss()));
        });
        for (int w = 1; w <= maxWorkers && modes.size() > 1; w++) {
            ModeRun processes = find(runs, false, w);
            ModeRun threads = find(runs, true, w);
            out.printf("  processes vs threads with %d worker%s: %.0f %% of thread speed%n", w, w == 1 ? "" : "s",
                    100 * processes.docsPerSecond() / threads.docsPerSecond());
        }
        out.println("  (CPU s: processor time of the command and its workers, which other load does not inflate;");
        out.println("   RSS/worker: peak resident memory of the largest worker process, in thread mode of the one process;");
        out.println("   RSS total: peak of the command and all its workers together)");
        return runs;
    }

    // ---- scaling on CPU-heavy documents ----------------------------------------------------------------

    /**
     * On a mixed folder much of a short run is JVM start and warm-up, which a second worker cannot share;
     * the scaling target is about CPU-heavy documents. So: the documents that took longest in the first
     * one-worker run, copied a few times into the scratch folder, converted with 1 … max workers.
     */
    private void scaling(List<BatchFile> files, Path scratch, List<ModeRun> runs) throws Exception {
        ModeRun reference = runs.stream().filter(r -> r.workers() == 1 && !r.millisByFile().isEmpty())
                .findFirst().orElse(null);
        if (heavy <= 0 || heavyCopies <= 0 || reference == null || maxWorkers < 2) {
            return;
        }
        List<BatchFile> slowest = files.stream()
                .filter(f -> reference.millisByFile().containsKey(f.display()))
                .sorted(Comparator.comparingLong((BatchFile f) -> reference.millisByFile().get(f.display())).reversed())
                .limit(heavy).toList();
        long millis = slowest.stream().mapToLong(f -> reference.millisByFile().get(f.display())).sum();
        List<Path> documents = LongBenchmarks.repeated(scratch.resolve("heavy"),
                slowest.stream().map(BatchFile::source).toList(), heavyCopies);
        out.println();
        out.printf("Scaling on CPU-heavy documents: the %d slowest (%d ms together with one worker), %d copies each = %d documents, processes:%n",
                slowest.size(), millis, heavyCopies, documents.size());
        out.printf("  %7s %9s %8s %9s %9s %15s %15s%n", "workers", "docs/s", "speed-up", "seconds", "CPU s", "RSS/worker MB",
                "CPU ceiling");
        ModeRun one = null;
        for (int w = 1; w <= maxWorkers; w++) {
            ModeRun run = fastestOf(documents, w, false, scratch);
            one = one == null ? run : one;
            out.printf("  %7d %9.2f %7.2fx %9.1f %9.1f %15s %14.2fx%n", w, run.docsPerSecond(), run.docsPerSecond() / one.docsPerSecond(),
                    run.seconds(), run.cpuSeconds(), megabytes(run.peakWorkerRss()), CpuCeiling.speedUp(w));
        }
        out.println("  (CPU ceiling: how much faster this machine runs that many copies of a memory-bound loop than one,");
        out.println("   measured right after the run; virtual CPUs share caches, memory and often a core, and a busy host");
        out.println("   lowers it further)");
    }

    /** The fastest of {@code --repeat} runs: other load only ever slows a run down. */
    private ModeRun fastestOf(List<Path> documents, int workers, boolean threads, Path scratch) throws Exception {
        return ModeComparison.fastestOf(documents, workers, threads ? ExecutionMode.THREADS : ExecutionMode.PROCESSES,
                scratch, repeat, convertArgs());
    }

    /** What every timed {@code inkpool convert} is given besides the files: {@code --no-tags} when asked. */
    private List<String> convertArgs() {
        return tags ? List.of() : List.of("--no-tags");
    }

    private static String megabytes(long bytes) {
        return bytes < 0 ? "n/a" : Long.toString(bytes / (1024 * 1024));
    }

    private static ModeRun find(List<ModeRun> runs, boolean threads, int workers) {
        return runs.stream().filter(r -> r.threads() == threads && r.workers() == workers).findFirst().orElseThrow();
    }

    /** One in-process batch (cold start: the listener sees the worker's ready and first PDF). */
    private Run measure(List<BatchFile> files, int workers, ExecutionMode mode, Path scratch) throws Exception {
        Path target = Files.createTempDirectory(scratch, "run");
        Run run = new Run();
        BatchOptions options = new BatchOptions(workers, mode, target, ExistingPolicy.OVERWRITE, true,
                Duration.ofSeconds(60), Duration.ofMinutes(10)).withConversion(new ConversionOptions(false, tags));
        BatchControl control = Batches.start(files, options, run.listener(System.nanoTime()));
        control.await();
        deleteTree(target);
        return run;
    }

    // ---- LibreOffice ------------------------------------------------------------------------------------

    private void libreOffice(List<BatchFile> files, Path scratch, List<ModeRun> runs) throws Exception {
        out.println();
        LibreOfficeAnchor soffice = noLibreOffice ? null : LibreOfficeAnchor.find(scratch);
        if (soffice == null) {
            out.println("LibreOffice: " + (noLibreOffice ? "not timed (--no-libreoffice)" : "soffice not on PATH; not timed"));
            return;
        }
        List<Path> documents = files.stream().map(BatchFile::source).toList();
        out.printf("LibreOffice on the same %d files:%n", files.size());
        List<LibreOfficeAnchor.Timing> anchors = new ArrayList<>();
        for (int instances = 1; instances <= Math.max(1, maxWorkers); instances++) {
            LibreOfficeAnchor.Timing t = soffice.run(documents, instances);
            anchors.add(t);
            out.printf("  %-44s %6.1f s %7.1f CPU s %6.2f docs/s %5.0f ms CPU/doc %4d PDFs  exit %d  peak RSS %s MB%n",
                    instances == 1 ? "one soffice --convert-to pdf for all files" : "a pool of " + instances
                            + " (own profiles, files dealt in turn)", t.seconds(), t.cpuSeconds(), t.docsPerSecond(),
                    t.cpuMillisPerDocument(), t.pdfs(), t.worstExit(), megabytes(t.peakRss()));
        }
        for (ModeRun run : runs) {
            StringBuilder line = new StringBuilder(String.format("  Inkpool %-9s %d worker%s: %6.2f docs/s, %5.0f ms CPU/doc =",
                    run.threads() ? "threads" : "processes", run.workers(), run.workers() == 1 ? " " : "s", run.docsPerSecond(),
                    run.cpuMillisPerDocument()));
            for (LibreOfficeAnchor.Timing t : anchors) {
                line.append(String.format(" %5.1f × %s", run.docsPerSecond() / t.docsPerSecond(),
                        t.instances() == 1 ? "one LibreOffice" : "a LibreOffice pool of " + t.instances()));
            }
            out.println(line);
        }
        LibreOfficeAnchor.Timing one = anchors.get(0);
        ModeRun oneProcess = runs.stream().filter(r -> !r.threads() && r.workers() == 1).findFirst().orElse(runs.get(0));
        out.printf("  CPU per document: Inkpool %.0f ms (processes, 1 worker), LibreOffice %.0f ms: LibreOffice uses %.1f × as much%n",
                oneProcess.cpuMillisPerDocument(), one.cpuMillisPerDocument(), one.cpuSeconds() / oneProcess.cpuSeconds());
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }

    /** The 1/5/15-minute load averages (Linux): other work on the machine skews every number here. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    /** VmRSS of a process from /proc (Linux); -1 where unknown. */
    static long residentBytes(long pid) {
        return ProcessSampler.residentBytes(pid);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** What one cold start measured. */
    private static final class Run {
        volatile long coldReadyMillis = -1;
        volatile long coldReadyCpuMillis = -1;
        volatile long firstPdfMillis = -1;

        BatchListener listener(long startNanos) {
            return new BatchListener() {
                @Override
                public void workerReady(String worker, long pid, Duration coldStart) {
                    if (coldReadyMillis < 0) {
                        coldReadyMillis = coldStart.toMillis();
                        // CPU time is what start-up costs regardless of how busy the machine is
                        coldReadyCpuMillis = ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration())
                                .map(Duration::toMillis).orElse(-1L);
                    }
                }

                @Override
                public void done(BatchFile file, Path pdf, int pages, long millis) {
                    firstResult();
                }

                @Override
                public void failed(BatchFile file, FailureKind kind, String reason) {
                    firstResult();
                }

                private void firstResult() {
                    if (firstPdfMillis < 0) {
                        firstPdfMillis = (System.nanoTime() - startNanos) / 1_000_000;
                    }
                }
            };
        }
    }
}
