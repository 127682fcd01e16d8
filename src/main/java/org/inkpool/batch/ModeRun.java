package org.inkpool.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One throughput measurement the way a user runs Inkpool: a fresh {@code inkpool convert} JVM (so thread
 * mode gets no head start from this already warm JVM), timed from launch to exit, with the resident
 * memory of it and of its worker processes sampled while it runs. Shared by the {@code benchmark}
 * command and the window's "Compare modes".
 */
public final class ModeRun {
    private static final Pattern CONVERTED = Pattern.compile("(?m)^ok\\s+(.+?) → .*\\(\\d+ pages?, (\\d+) ms\\)$");
    private static final Pattern SUMMARY = Pattern.compile("Summary: (\\d+) converted, (\\d+) skipped, (\\d+) failed, (\\d+) cancelled");
    /** Passed on to the child so it converts the same way as this process would (test hook, CDS switch). */
    private static final List<String> INHERITED_PROPERTIES = List.of("inkpool.worker.converter", "inkpool.cds", "inkpool.worker.jvmArgs");

    private final ExecutionMode mode;
    private final int workers;
    private final int files;
    private double seconds;
    private int converted;
    private int failed;
    private long peakWorkerRss = -1;
    private long peakTotalRss = -1;
    private double cpuSeconds;
    /** Each converted document's conversion time as its worker reported it, by the name the batch showed. */
    private final Map<String, Long> millisByFile = new HashMap<>();

    private ModeRun(ExecutionMode mode, int workers, int files) {
        this.mode = mode;
        this.workers = workers;
        this.files = files;
    }

    /** A measurement made elsewhere (or by a stand-in in tests). */
    public static ModeRun of(ExecutionMode mode, int workers, int files, double seconds, double cpuSeconds, int converted,
                             int failed, long peakWorkerRss, long peakTotalRss) {
        ModeRun run = new ModeRun(mode, workers, files);
        run.seconds = seconds;
        run.cpuSeconds = cpuSeconds;
        run.converted = converted;
        run.failed = failed;
        run.peakWorkerRss = peakWorkerRss;
        run.peakTotalRss = peakTotalRss;
        return run;
    }

    public ExecutionMode mode() {
        return mode;
    }

    public boolean threads() {
        return mode == ExecutionMode.THREADS;
    }

    public int workers() {
        return workers;
    }

    public int files() {
        return files;
    }

    /** Launch to exit. */
    public double seconds() {
        return seconds;
    }

    /** Processor time of the command and its workers, which other load does not inflate. */
    public double cpuSeconds() {
        return cpuSeconds;
    }

    public int converted() {
        return converted;
    }

    public int failed() {
        return failed;
    }

    /** Peak resident memory of the largest worker process (thread mode: of the one process); -1 unknown. */
    public long peakWorkerRss() {
        return peakWorkerRss;
    }

    /** Peak resident memory of the command and all its workers together; -1 unknown. */
    public long peakTotalRss() {
        return peakTotalRss;
    }

    public Map<String, Long> millisByFile() {
        return millisByFile;
    }

    public double docsPerSecond() {
        return files / seconds;
    }

    /** Processor milliseconds per document. */
    public double cpuMillisPerDocument() {
        return files == 0 ? 0 : 1000 * cpuSeconds / files;
    }

    public static ModeRun run(List<Path> documents, int workers, ExecutionMode mode, Path scratch) throws IOException, InterruptedException {
        return run(documents, workers, mode, scratch, List.of());
    }

    /** @param convertArgs more options for the {@code inkpool convert} run (for example {@code --no-tags}) */
    public static ModeRun run(List<Path> documents, int workers, ExecutionMode mode, Path scratch, List<String> convertArgs)
            throws IOException, InterruptedException {
        ModeRun run = new ModeRun(mode, workers, documents.size());
        Path target = Files.createTempDirectory(scratch, "run");
        Path log = scratch.resolve("convert-" + System.nanoTime() + ".txt");
        List<String> command = new ArrayList<>();
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        command.add(Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java").toString());
        for (String property : INHERITED_PROPERTIES) {
            String value = System.getProperty(property);
            if (value != null) {
                command.add("-D" + property + "=" + value);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.inkpool.Main", "convert", "--plain",
                "--overwrite", "-o", target.toString(), "-w", Integer.toString(workers)));
        if (mode == ExecutionMode.THREADS) {
            command.add("--threads");
        }
        command.addAll(convertArgs);
        documents.forEach(d -> command.add(d.toString()));

        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ProcessSampler sample;
        try {
            sample = ProcessSampler.waitFor(child, mode == ExecutionMode.THREADS);
        } catch (InterruptedException e) {
            child.descendants().forEach(ProcessHandle::destroyForcibly);
            child.destroyForcibly(); // the caller gave up: leave no converting JVM behind
            throw e;
        }
        run.seconds = sample.wallSeconds();
        run.cpuSeconds = sample.cpuSeconds();
        run.peakWorkerRss = sample.peakPerProcess();
        run.peakTotalRss = sample.peakTotal();
        String output = Files.readString(log);
        Matcher m = SUMMARY.matcher(output);
        if (!m.find()) {
            throw new IOException("inkpool convert ended without a summary (exit " + child.exitValue() + "):\n" + tail(output));
        }
        run.converted = Integer.parseInt(m.group(1));
        run.failed = Integer.parseInt(m.group(3));
        Matcher converted = CONVERTED.matcher(output);
        while (converted.find()) {
            run.millisByFile.put(converted.group(1), Long.parseLong(converted.group(2)));
        }
        return run;
    }

    private static String tail(String text) {
        return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
    }
}
