package org.inkpool.cli;

import org.inkpool.batch.ProcessSampler;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The benchmark's yardsticks: LibreOffice converting the same files, once as one {@code soffice
 * --headless --convert-to pdf} over all of them (as a user runs it), once as a pool of N — N soffice
 * processes with their own profiles, each given every N-th file, as JODConverter-style servers run it.
 */
final class LibreOfficeAnchor {

    /** What one way of running LibreOffice took: wall and processor time, PDFs written, peak memory. */
    record Timing(int instances, int files, double seconds, double cpuSeconds, long pdfs, long peakRss, int worstExit) {
        double docsPerSecond() {
            return files / seconds;
        }

        double cpuMillisPerDocument() {
            return files == 0 ? 0 : 1000 * cpuSeconds / files;
        }
    }

    private final Path soffice;
    private final Path scratch;

    LibreOfficeAnchor(Path soffice, Path scratch) {
        this.soffice = soffice;
        this.scratch = scratch;
    }

    /** LibreOffice on the PATH, or null. */
    static LibreOfficeAnchor find(Path scratch) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return new LibreOfficeAnchor(candidate, scratch);
            }
        }
        return null;
    }

    /** {@code instances} soffice processes at once, file i going to instance i mod N; wall time until the last ends. */
    Timing run(List<Path> files, int instances) throws Exception {
        Path root = Files.createTempDirectory(scratch, "soffice-" + instances + "-");
        List<List<Path>> shares = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            shares.add(new ArrayList<>());
        }
        for (int i = 0; i < files.size(); i++) {
            shares.get(i % instances).add(files.get(i));
        }
        Path out = Files.createDirectories(root.resolve("out"));
        ExecutorService waiting = Executors.newFixedThreadPool(instances);
        long start = System.nanoTime();
        try {
            List<Future<ProcessSampler>> running = new ArrayList<>();
            List<Process> processes = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                if (shares.get(i).isEmpty()) {
                    continue;
                }
                Path profile = Files.createDirectories(root.resolve("profile-" + i));
                List<String> command = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                        "--headless", "--convert-to", "pdf", "--outdir", out.toString()));
                shares.get(i).forEach(f -> command.add(f.toString()));
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                processes.add(process);
                running.add(waiting.submit(() -> ProcessSampler.waitFor(process, true)));
            }
            double cpu = 0;
            long peak = 0;
            for (Future<ProcessSampler> f : running) {
                ProcessSampler s = f.get();
                cpu += s.cpuSeconds();
                peak += Math.max(0, s.peakTotal());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int worstExit = processes.stream().mapToInt(Process::exitValue).max().orElse(0);
            return new Timing(instances, files.size(), seconds, cpu, countPdfs(out), peak, worstExit);
        } finally {
            waiting.shutdownNow();
        }
    }

    private static long countPdfs(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".pdf")).count();
        }
    }
}
