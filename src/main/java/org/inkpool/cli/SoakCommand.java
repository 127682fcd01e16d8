package org.inkpool.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code inkpool soak FOLDER}: a long batch through the command line, as a user runs it: copies of the
 * folder's documents (hard links where possible) up to {@code --documents}, one {@code inkpool convert}
 * child, its memory and its workers' sampled over time. Checks that every document ends exactly once
 * (nothing lost, nothing converted twice), that every converted document has its PDF, and reports the
 * resident memory curve and the size of the output log.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Converts thousands of copies of the documents in FOLDER in one batch and records memory over time.")
final class SoakCommand implements Callable<Integer> {
    private static final Pattern LINE = Pattern.compile("(?m)^(ok|failed|skipped|cancelled)\\s+.*?(d\\d{5})-");

    @Parameters(paramLabel = "FOLDER", description = "documents to copy (only read)")
    Path folder;

    @Option(names = "--documents", paramLabel = "N", description = "documents in the batch (default: ${DEFAULT-VALUE})")
    int documents = 10_000;

    @Option(names = {"-w", "--workers"}, paramLabel = "N", description = "worker processes (default: CPUs)")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--every", paramLabel = "SECONDS", description = "sampling interval of the memory curve (default: ${DEFAULT-VALUE})")
    int everySeconds = 30;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<Path> sources;
        try (Stream<Path> s = Files.list(folder)) {
            sources = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")).sorted().toList();
        }
        if (sources.isEmpty()) {
            System.err.println("no .docx documents in " + folder);
            return 2;
        }
        Path scratch = Files.createTempDirectory("inkpool-soak");
        try {
            Path in = Files.createDirectories(scratch.resolve("in"));
            for (int i = 0; i < documents; i++) {
                Path source = sources.get(i % sources.size()).toAbsolutePath();
                Path copy = in.resolve(String.format("d%05d-%s", i, source.getFileName()));
                try {
                    Files.createLink(copy, source);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(source, copy);
                }
            }
            return run(out, in, scratch.resolve("out"), scratch.resolve("convert.log"));
        } finally {
            try (Stream<Path> s = Files.walk(scratch)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private int run(PrintStream out, Path in, Path outDir, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        command.add(Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java").toString());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.inkpool.Main", "convert", "--plain",
                "--overwrite", "-o", outDir.toString(), "-w", Integer.toString(workers), in.toString()));
        out.printf("Soak: %d documents, %d worker%s; memory every %d s%n", documents, workers, workers == 1 ? "" : "s", everySeconds);
        out.println("  time s   docs   convert RSS MB   workers RSS MB (sum)   largest worker MB   log KB");
        long start = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long nextSample = 0;
        long peakParent = 0;
        long peakWorker = 0;
        do {
            long elapsed = (System.nanoTime() - start) / 1_000_000_000;
            if (elapsed >= nextSample) {
                nextSample = elapsed + everySeconds;
                long parent = Math.max(0, BenchmarkCommand.residentBytes(child.pid()));
                long sum = 0;
                long largest = 0;
                for (ProcessHandle h : child.descendants().toList()) {
                    long rss = Math.max(0, BenchmarkCommand.residentBytes(h.pid()));
                    sum += rss;
                    largest = Math.max(largest, rss);
                }
                peakParent = Math.max(peakParent, parent);
                peakWorker = Math.max(peakWorker, largest);
                long logBytes = Files.exists(log) ? Files.size(log) : 0;
                out.printf("  %6d  %5d   %14d   %20d   %17d   %6d%n", elapsed, finishedSoFar(log), parent >> 20, sum >> 20,
                        largest >> 20, logBytes >> 10);
            }
        } while (!child.waitFor(1, TimeUnit.SECONDS));
        double seconds = (System.nanoTime() - start) / 1e9;

        String output = Files.readString(log, StandardCharsets.UTF_8);
        Map<String, Integer> endings = new HashMap<>();
        Map<String, Integer> byOutcome = new HashMap<>();
        Matcher m = LINE.matcher(output);
        while (m.find()) {
            endings.merge(m.group(2), 1, Integer::sum);
            byOutcome.merge(m.group(1), 1, Integer::sum);
        }
        long twice = endings.values().stream().filter(n -> n > 1).count();
        long lost = documents - endings.size();
        long pdfs;
        try (Stream<Path> s = Files.walk(outDir)) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).count();
        }
        long temporaries;
        try (Stream<Path> s = Files.walk(outDir)) {
            temporaries = s.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
        out.printf("%nFinished in %.0f s (exit %d): %s%n", seconds, child.exitValue(), byOutcome);
        out.printf("Documents lost: %d, ended more than once: %d, PDFs: %d (converted: %d), temporary files left: %d%n",
                lost, twice, pdfs, byOutcome.getOrDefault("ok", 0), temporaries);
        out.printf("Peak RSS: convert process %d MB, largest worker %d MB; log %d KB (%d lines)%n", peakParent >> 20,
                peakWorker >> 20, Files.size(log) >> 10, output.lines().count());
        String summary = output.lines().filter(l -> l.startsWith("Summary:")).findFirst().orElse("(no summary)");
        out.println(summary);
        return lost == 0 && twice == 0 && pdfs == byOutcome.getOrDefault("ok", 0) && temporaries == 0 ? 0 : 1;
    }

    private static int finishedSoFar(Path log) {
        try {
            if (!Files.exists(log)) {
                return 0;
            }
            String text = Files.readString(log, StandardCharsets.UTF_8);
            Matcher m = LINE.matcher(text);
            int n = 0;
            while (m.find()) {
                n++;
            }
            return n;
        } catch (IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }
}
