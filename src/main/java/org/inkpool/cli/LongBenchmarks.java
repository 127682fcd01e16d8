package org.inkpool.cli;

import org.inkpool.batch.ExecutionMode;
import org.inkpool.batch.ModeComparison;
import org.inkpool.batch.ModeRun;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's two long measurements, where start-up and warm-up weigh little: the folder repeated
 * until one worker needs about a minute (how close two workers come to the machine's two-copy ceiling),
 * and one generated document of many pages (time and the worker's peak memory).
 */
final class LongBenchmarks {
    private final PrintStream out;
    private final Path scratch;
    private final List<String> convertArgs;

    LongBenchmarks(PrintStream out, Path scratch, List<String> convertArgs) {
        this.out = out;
        this.scratch = scratch;
        this.convertArgs = convertArgs;
    }

    /**
     * @param oneWorkerSeconds how long one worker took for the folder once, to choose the copies
     * @param targetSeconds    about how long the one-worker run of the long batch should take
     */
    void longBatch(List<Path> documents, double oneWorkerSeconds, double targetSeconds, int maxWorkers, int repeat)
            throws Exception {
        int copies = (int) Math.max(2, Math.ceil(targetSeconds / Math.max(0.1, oneWorkerSeconds)));
        List<Path> batch = repeated(scratch.resolve("long"), documents, copies);
        out.println();
        out.printf("Long batch: the folder %d times = %d documents, processes (about %.0f s with one worker):%n", copies,
                batch.size(), copies * oneWorkerSeconds);
        out.printf("  %7s %9s %8s %9s %9s %11s %15s %14s%n", "workers", "docs/s", "speed-up", "seconds", "CPU s", "CPU ms/doc",
                "CPU ceiling", "% of ceiling");
        ModeRun one = null;
        for (int w = 1; w <= maxWorkers; w++) {
            ModeRun run = ModeComparison.fastestOf(batch, w, ExecutionMode.PROCESSES, scratch, repeat, convertArgs);
            one = one == null ? run : one;
            double speedUp = run.docsPerSecond() / one.docsPerSecond();
            double ceiling = CpuCeiling.speedUp(w);
            out.printf("  %7d %9.2f %7.2fx %9.1f %9.1f %11.0f %14.2fx %13.0f %%%n", w, run.docsPerSecond(), speedUp, run.seconds(),
                    run.cpuSeconds(), run.cpuMillisPerDocument(), ceiling, 100 * speedUp / ceiling);
        }
    }

    /** A generated document of about {@code pages} pages, converted alone by one worker process. */
    void bigDocument(int pages) throws Exception {
        Path folder = Files.createDirectories(scratch.resolve("big"));
        Path document = folder.resolve("generated-" + pages + "-pages.docx");
        try (OutputStream o = Files.newOutputStream(document)) {
            new LongDocumentWriter(1).write(o, pages);
        }
        out.println();
        ModeRun run = ModeComparison.fastestOf(List.of(document), 1, ExecutionMode.PROCESSES, scratch, 1, convertArgs);
        long millis = run.millisByFile().values().stream().mapToLong(Long::longValue).max().orElse(-1);
        out.printf("Big document: generated, about %d pages (%.1f MB), one worker process: conversion %.1f s "
                        + "(launch to exit %.1f s, CPU %.1f s), worker peak RSS %s MB%s%n", pages, Files.size(document) / 1e6,
                millis / 1000.0, run.seconds(), run.cpuSeconds(),
                run.peakWorkerRss() < 0 ? "n/a" : Long.toString(run.peakWorkerRss() / (1024 * 1024)),
                run.converted() == 1 ? "" : " — FAILED");
    }

    /**
     * The documents {@code copies} times, as folders copy-1 … copy-N under {@code root} (hard links where the
     * file system allows, else copies), so a batch can repeat them without the names clashing.
     */
    static List<Path> repeated(Path root, List<Path> documents, int copies) throws IOException {
        List<Path> batch = new ArrayList<>();
        for (int copy = 1; copy <= copies; copy++) {
            Path folder = Files.createDirectories(root.resolve("copy-" + copy));
            for (Path d : documents) {
                Path to = folder.resolve(d.getFileName().toString());
                if (!Files.exists(to)) {
                    linkOrCopy(d, to);
                }
                batch.add(to);
            }
        }
        return batch;
    }

    private static void linkOrCopy(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(from, to); // another file system, or no hard links here
        }
    }
}
