package org.inkpool.cli;

import org.inkpool.batch.BatchControl;
import org.inkpool.batch.BatchOptions;
import org.inkpool.convert.ConversionOptions;
import org.inkpool.batch.BatchSummary;
import org.inkpool.batch.Batches;
import org.inkpool.batch.ExecutionMode;
import org.inkpool.batch.ExistingPolicy;
import org.inkpool.batch.ScanResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code inkpool convert PATH…}: converts files and folders through the worker pool. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Converts Word documents (files or whole folders) to PDF.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every document converted or skipped", "1:some document failed or was cancelled", "2:bad usage"})
final class ConvertCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Word files and folders")
    List<Path> paths;

    @Option(names = {"-o", "--output-dir"}, paramLabel = "OUTDIR",
            description = "write PDFs here, mirroring the input tree (default: next to each document)")
    Path outputDir;

    @Option(names = "--no-recursive", description = "only the folders' own files, not their subfolders")
    boolean noRecursive;

    @ArgGroup(exclusive = true)
    Existing existing = new Existing();

    static final class Existing {
        @Option(names = "--overwrite", description = "replace existing PDFs")
        boolean overwrite;
        @Option(names = "--skip-existing", description = "skip documents whose PDF is newer, else write 'name (1).pdf' (default)")
        boolean skipExisting;
        @Option(names = "--keep-both", description = "keep existing PDFs and write 'name (1).pdf'")
        boolean keepBoth;

        ExistingPolicy policy() {
            return overwrite ? ExistingPolicy.OVERWRITE : keepBoth ? ExistingPolicy.KEEP_BOTH : ExistingPolicy.SKIP_IF_NEWER;
        }
    }

    @Option(names = {"-w", "--workers"}, paramLabel = "N", description = "parallel conversions (default: the CPU count, ${DEFAULT-VALUE})")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--threads", description = "convert on threads of this process instead of isolated worker processes")
    boolean threads;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "the longest one document may take (default: ${DEFAULT-VALUE})")
    long timeoutSeconds = 600;

    @Option(names = "--stall", paramLabel = "SECONDS", description = "stop a document that makes no progress for this long (default: ${DEFAULT-VALUE})")
    long stallSeconds = 60;

    @Option(names = "--pdfa", description = "write PDF/A-2b (for archives): sRGB output intent, XMP identification")
    boolean pdfa;

    @Option(names = "--tags", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "write a tagged PDF: a structure tree for screen readers (default; --no-tags for none)")
    boolean tags = true;

    /** What the PDF's bookmarks panel lists. */
    enum OutlineSource { headings, bookmarks }

    @Option(names = "--outline", paramLabel = "FROM",
            description = "the PDF's bookmarks panel from the document's 'headings' or its Word 'bookmarks' (default: ${DEFAULT-VALUE})")
    OutlineSource outline = OutlineSource.headings;

    @Option(names = "--plain", description = "plain lines, no progress bar, even on a terminal")
    boolean plain;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int cpus = Runtime.getRuntime().availableProcessors();
        if (workers < 1 || workers > 4 * cpus) {
            System.err.println("--workers must be 1 … " + 4 * cpus + " (4 × " + cpus + " CPUs)");
            return 2;
        }
        if (timeoutSeconds < 1 || stallSeconds < 1) {
            System.err.println("--timeout and --stall must be at least 1 second");
            return 2;
        }
        List<Path> missing = paths.stream().filter(p -> !java.nio.file.Files.exists(p)).toList();
        if (!missing.isEmpty()) {
            missing.forEach(p -> System.err.println("not found: " + p));
            return 2;
        }
        ScanResult scan = Batches.scan(paths, !noRecursive);
        ExecutionMode mode = threads ? ExecutionMode.THREADS : ExecutionMode.PROCESSES;
        out.printf("Inkpool: %d document%s, %d %s on %d CPU%s%s%n", scan.files().size(), plural(scan.files().size()),
                workers, threads ? "thread" + plural(workers) : "worker process" + (workers == 1 ? "" : "es"),
                cpus, plural(cpus), passedOver(scan));
        if (scan.files().isEmpty()) {
            out.println("No Word documents found.");
            return 0;
        }
        BatchOptions options = new BatchOptions(workers, mode, outputDir, existing.policy(), !noRecursive,
                Duration.ofSeconds(Math.min(stallSeconds, timeoutSeconds)), Duration.ofSeconds(timeoutSeconds))
                .withConversion(new ConversionOptions(pdfa, tags, outline == OutlineSource.bookmarks));
        boolean terminal = System.console() != null && !plain;
        try (ConsoleReport report = new ConsoleReport(out, scan.files().size(), terminal)) {
            BatchControl control = Batches.start(scan.files(), options, report);
            Thread onInterrupt = new Thread(() -> cancelAndWait(control), "inkpool-cli-cancel");
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            BatchSummary summary = control.await();
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
            report.close();
            out.println(ConsoleReport.summaryLine(summary));
            return summary.failed() + summary.cancelled() > 0 ? 1 : 0;
        }
    }

    /** Ctrl-C: stop workers and remove partial PDFs before the JVM goes. */
    private static void cancelAndWait(BatchControl control) {
        if (control.isFinished()) {
            return;
        }
        control.cancel();
        Thread waiter = new Thread(() -> {
            try {
                control.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        try {
            waiter.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String passedOver(ScanResult scan) {
        int skipped = scan.skippedLockFiles() + scan.skippedHidden() + scan.skippedOther();
        if (skipped == 0) {
            return "";
        }
        return String.format(" (passed over: %d lock, %d hidden, %d not Word)", scan.skippedLockFiles(), scan.skippedHidden(), scan.skippedOther());
    }

    static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
