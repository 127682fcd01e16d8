package org.inkpool.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

/**
 * {@code inkpool generate OUT.docx --pages 1000}: writes a long report-like document for the big-document
 * benchmark (the repository keeps the generator, not the file). Never overwrites unless asked.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a long generated .docx (headings, paragraphs, lists, tables, footnotes) for benchmarks.")
final class GenerateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "OUT.docx", description = "the file to write")
    Path target;

    @Option(names = "--pages", paramLabel = "N", description = "about how many pages (default: ${DEFAULT-VALUE})")
    int pages = 1000;

    @Option(names = "--seed", paramLabel = "N", description = "random seed; the same seed gives the same file (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--force", description = "overwrite OUT.docx if it exists")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (pages < 1 || pages > 1_000_000) {
            System.err.println("--pages must be 1 … 1000000");
            return 2;
        }
        if (Files.exists(target) && !force) {
            System.err.println(target + " exists; --force to overwrite");
            return 2;
        }
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, ".inkpool-generate", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                new LongDocumentWriter(seed).write(out, pages);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        System.out.printf("wrote %s (%.1f MB, about %d pages)%n", target, Files.size(target) / 1e6, pages);
        return 0;
    }
}
