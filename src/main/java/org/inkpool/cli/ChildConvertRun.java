package org.inkpool.cli;

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
 * memory of it and of its worker processes sampled while it runs.
 */
final class ChildConvertRun {
    private static final Pattern CONVERTED = Pattern.compile("(?m)^ok\\s+(.+?) → .*\\(\\d+ pages?, (\\d+) ms\\)$");
    private static final Pattern SUMMARY = Pattern.compile("Summary: (\\d+) converted, (\\d+) skipped, (\\d+) failed, (\\d+) cancelled");
    /** Passed on to the child so it converts the same way as this process would (test hook, CDS switch). */
    private static final List<String> INHERITED_PROPERTIES = List.of("inkpool.worker.converter", "inkpool.cds", "inkpool.worker.jvmArgs");

    final boolean threads;
    final int workers;
    final int files;
    double seconds;
    int converted;
    int failed;
    long peakWorkerRss = -1;
    long peakTotalRss = -1;
    double cpuSeconds;
    /** Each converted document's conversion time as its worker reported it, by the name the batch showed. */
    final Map<String, Long> millisByFile = new HashMap<>();

    private ChildConvertRun(boolean threads, int workers, int files) {
        this.threads = threads;
        this.workers = workers;
        this.files = files;
    }

    double docsPerSecond() {
        return files / seconds;
    }

    static ChildConvertRun run(List<Path> documents, int workers, boolean threads, Path scratch) throws IOException, InterruptedException {
        ChildConvertRun run = new ChildConvertRun(threads, workers, documents.size());
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
        if (threads) {
            command.add("--threads");
        }
        documents.forEach(d -> command.add(d.toString()));

        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ProcessSampler sample = ProcessSampler.waitFor(child, threads);
        run.seconds = sample.wallSeconds;
        run.cpuSeconds = sample.cpuSeconds;
        run.peakWorkerRss = sample.peakPerProcess;
        run.peakTotalRss = sample.peakTotal;
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
