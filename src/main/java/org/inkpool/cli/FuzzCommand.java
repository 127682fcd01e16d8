package org.inkpool.cli;

import org.inkpool.batch.BatchControl;
import org.inkpool.batch.BatchFile;
import org.inkpool.batch.BatchListener;
import org.inkpool.batch.BatchOptions;
import org.inkpool.batch.Batches;
import org.inkpool.batch.ExecutionMode;
import org.inkpool.batch.ExistingPolicy;
import org.inkpool.batch.ScanResult;
import org.inkpool.convert.FailureKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * {@code inkpool fuzz FOLDER}: converts seeded mutations of the folder's documents through the worker pool
 * and counts the outcomes. A good outcome is a PDF or a typed reason; a timeout, a crash, running out of
 * memory or an internal error is a finding (kept with {@code --keep}) and makes the exit status 1.
 */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
        description = "Converts seeded mutations of Word documents (bit flips, truncation, part shuffles, XML "
                + "mutations) and counts the outcomes: every case must end in a PDF or a typed reason.")
final class FuzzCommand implements Callable<Integer> {
    private static final List<FailureKind> FINDINGS = List.of(FailureKind.TIMED_OUT, FailureKind.CRASHED,
            FailureKind.OUT_OF_MEMORY, FailureKind.INTERNAL);

    @Parameters(paramLabel = "FOLDER", description = "documents to mutate (only read)")
    Path folder;

    @Option(names = "--cases", paramLabel = "N", description = "number of mutated documents (default: ${DEFAULT-VALUE})")
    int cases = 2000;

    @Option(names = "--seed", paramLabel = "N", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed = 20261202;

    @Option(names = {"-w", "--workers"}, paramLabel = "N", description = "worker processes (default: CPUs)")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--stall", paramLabel = "SECONDS", description = "stall limit per document (default: ${DEFAULT-VALUE})")
    long stallSeconds = 60;

    @Option(names = "--keep", paramLabel = "DIR", description = "copy the cases that are findings here")
    Path keep;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<Path> sources;
        try (Stream<Path> s = Files.list(folder)) {
            sources = s.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".docx")).sorted().toList();
        }
        if (sources.isEmpty() || cases < 1) {
            System.err.println("no .docx documents in " + folder);
            return 2;
        }
        Path scratch = Files.createTempDirectory("inkpool-fuzz");
        try {
            return run(out, sources, scratch);
        } finally {
            deleteTree(scratch);
        }
    }

    private int run(PrintStream out, List<Path> sources, Path scratch) throws IOException, InterruptedException {
        Path in = Files.createDirectories(scratch.resolve("in"));
        Random random = new Random(seed);
        Map<String, String> what = new ConcurrentHashMap<>();
        Map<String, String> kindOf = new ConcurrentHashMap<>();
        for (int i = 0; i < cases; i++) {
            Path source = sources.get(i % sources.size());
            DocumentMutator.Mutant m = DocumentMutator.mutate(Files.readAllBytes(source), random);
            String name = String.format("case%05d.docx", i);
            Files.write(in.resolve(name), m.data());
            what.put(name, source.getFileName() + ", " + m.kind() + ": " + m.description());
            kindOf.put(name, m.kind().name());
        }
        out.printf("Fuzzing: %d cases from %d documents, seed %d, %d worker%s%n", cases, sources.size(), seed,
                workers, workers == 1 ? "" : "s");
        ScanResult scan = Batches.scan(List.of(in), false);
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> byMutation = new ConcurrentHashMap<>();
        List<String> findings = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger workerDeaths = new AtomicInteger();
        AtomicInteger ended = new AtomicInteger();
        BatchListener listener = new BatchListener() {
            @Override
            public void done(BatchFile file, Path pdf, int pages, long millis) {
                String outcome = looksLikePdf(pdf) ? "PDF" : "BROKEN_PDF";
                count(file, outcome);
                if (!"PDF".equals(outcome)) {
                    findings.add(file.display() + " (" + what.get(name(file)) + "): the PDF is incomplete");
                }
            }

            @Override
            public void failed(BatchFile file, FailureKind kind, String reason) {
                count(file, kind.name());
                if (FINDINGS.contains(kind)) {
                    findings.add(name(file) + " (" + what.get(name(file)) + "): " + kind + " " + reason);
                }
            }

            @Override
            public void cancelled(BatchFile file) {
                count(file, "CANCELLED");
            }

            @Override
            public void log(LogLevel level, String worker, String message) {
                if (level == LogLevel.ERROR && (message.contains("killed by signal") || message.contains("crashed")
                        || message.contains("ran out of memory"))) {
                    workerDeaths.incrementAndGet();
                }
            }

            private void count(BatchFile file, String outcome) {
                outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                int n = ended.incrementAndGet();
                if (n % 100 == 0) {
                    out.printf("  %d of %d cases ended%n", n, cases);
                }
                byMutation.computeIfAbsent(kindOf.get(name(file)) + " → " + outcome, k -> new AtomicInteger())
                        .incrementAndGet();
            }
        };
        BatchOptions options = new BatchOptions(workers, ExecutionMode.PROCESSES, scratch.resolve("out"),
                ExistingPolicy.OVERWRITE, false, Duration.ofSeconds(stallSeconds), Duration.ofMinutes(10));
        long start = System.nanoTime();
        BatchControl control = Batches.start(scan.files(), options, listener);
        control.await();
        double seconds = (System.nanoTime() - start) / 1e9;

        out.printf("%nOutcomes (%d cases, %.0f s):%n", cases, seconds);
        new TreeMap<>(outcomes).forEach((k, v) -> out.printf("  %-16s %6d%n", k, v.get()));
        out.println("By mutation:");
        new TreeMap<>(byMutation).forEach((k, v) -> out.printf("  %-32s %6d%n", k, v.get()));
        out.printf("Workers lost to a crash or out of memory: %d%n", workerDeaths.get());
        out.printf("Findings (timeouts, crashes, out of memory, internal errors, incomplete PDFs): %d%n", findings.size());
        for (String f : findings) {
            out.println("  " + f);
        }
        if (keep != null && !findings.isEmpty()) {
            Files.createDirectories(keep);
            for (String f : findings) {
                String name = f.substring(0, f.indexOf(' '));
                Files.copy(in.resolve(name), keep.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
            out.println("Kept in " + keep);
        }
        return findings.isEmpty() && workerDeaths.get() == 0 ? 0 : 1;
    }

    private static String name(BatchFile file) {
        return file.source().getFileName().toString();
    }

    /** A complete PDF starts with its header and ends with its end-of-file marker. */
    static boolean looksLikePdf(Path pdf) {
        try (InputStream in = Files.newInputStream(pdf)) {
            byte[] head = in.readNBytes(5);
            long size = Files.size(pdf);
            byte[] tail;
            try (var ch = Files.newByteChannel(pdf)) {
                ch.position(Math.max(0, size - 32));
                java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(32);
                ch.read(b);
                tail = java.util.Arrays.copyOf(b.array(), b.position());
            }
            return new String(head, StandardCharsets.ISO_8859_1).equals("%PDF-")
                    && new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF");
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
