package org.inkpool.pool;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.inkpool.batch.BatchControl;
import org.inkpool.batch.BatchFile;
import org.inkpool.batch.BatchListener;
import org.inkpool.batch.BatchOptions;
import org.inkpool.batch.Batches;
import org.inkpool.batch.ExecutionMode;
import org.inkpool.batch.ExistingPolicy;
import org.inkpool.convert.ConversionException;
import org.inkpool.convert.ConversionListener;
import org.inkpool.convert.Engine;
import org.inkpool.convert.FailureKind;
import org.inkpool.testing.RawDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sources that change under a conversion, with the real engine: deleted, replaced or still being written
 * while queued or while converting. Each file ends alone, either as the PDF of its final content or with a
 * one-line reason; never a PDF of content that did not exist as a whole, never a temporary file left.
 */
@Timeout(120)
class SourceFaultsTest {
    @TempDir
    Path dir;

    @Test
    void aSourceReplacedWhileItIsConvertedIsConvertedAgainWithItsFinalContent() throws Exception {
        Path source = docx("report.docx", "the first version");
        Path replacement = docx("incoming.tmp", "the second version");
        Path output = dir.resolve("out/report.pdf");
        AtomicBoolean replaced = new AtomicBoolean();
        ConversionListener replaceDuringLayout = new ConversionListener() {
            @Override
            public void progress(double fraction, Phase phase) {
                if (phase == Phase.LAYOUT && replaced.compareAndSet(false, true)) {
                    move(replacement, source);
                }
            }
        };

        AtomicConversion.convert(Engine.converter(), 1, source, output, replaceDuringLayout, () -> false);

        assertThat(replaced).isTrue();
        assertThat(text(output)).contains("the second version").doesNotContain("the first version");
        assertThat(leftovers(output.getParent())).isEmpty();
    }

    @Test
    void aSourceDeletedWhileItIsConvertedFailsAloneWithNoPdf() throws Exception {
        Path source = docx("gone.docx", "soon deleted");
        Path output = dir.resolve("out/gone.pdf");
        ConversionListener deleteDuringLayout = new ConversionListener() {
            @Override
            public void progress(double fraction, Phase phase) {
                if (phase == Phase.LAYOUT) {
                    delete(source);
                }
            }
        };

        assertThatThrownBy(() -> AtomicConversion.convert(Engine.converter(), 2, source, output, deleteDuringLayout, () -> false))
                .isInstanceOfSatisfying(ConversionException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.IO);
                    assertThat(e.getMessage()).isEqualTo("the file was deleted while it was being converted: gone.docx");
                });
        assertThat(output).doesNotExist();
        assertThat(leftovers(output.getParent())).isEmpty();
    }

    @Test
    void aSourceStillBeingWrittenIsConvertedOnceItIsComplete() throws Exception {
        byte[] whole = Files.readAllBytes(docx("whole.tmp", "written slowly " + "and completely ".repeat(200)));
        Path source = dir.resolve("download.docx");
        Files.write(source, java.util.Arrays.copyOf(whole, whole.length / 10));
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(source, StandardOpenOption.APPEND)) {
                int step = Math.max(1, whole.length / 20);
                for (int at = whole.length / 10; at < whole.length; at += step) {
                    out.write(whole, at, Math.min(step, whole.length - at));
                    out.flush();
                    Thread.sleep(60);
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        Path output = dir.resolve("out/download.pdf");
        try {
            AtomicConversion.convert(Engine.converter(), 3, source, output, ConversionListener.NONE, () -> false);
        } finally {
            writer.join();
        }
        assertThat(Files.readAllBytes(source)).isEqualTo(whole);
        assertThat(text(output)).contains("written slowly and completely");
        assertThat(leftovers(output.getParent())).isEmpty();
    }

    @Test
    void aSourceThatNeverStopsChangingFailsWithOneLineAfterTheBoundedWait() throws Exception {
        Path source = docx("busy.docx", "rewritten forever");
        byte[] bytes = Files.readAllBytes(source);
        AtomicBoolean stop = new AtomicBoolean();
        Thread rewriter = new Thread(() -> {
            while (!stop.get()) {
                try {
                    Path next = dir.resolve("busy.next");
                    Files.write(next, bytes);
                    move(next, source);
                    Thread.yield(); // rewritten back to back: no conversion can fit between two rewrites
                } catch (IOException e) {
                    return;
                }
            }
        });
        rewriter.start();
        Path output = dir.resolve("out/busy.pdf");
        try {
            assertThatThrownBy(() -> AtomicConversion.convert(Engine.converter(), 4, source, output, ConversionListener.NONE, () -> false))
                    .isInstanceOfSatisfying(ConversionException.class, e -> {
                        assertThat(e.kind()).isEqualTo(FailureKind.IO);
                        assertThat(e.getMessage()).containsAnyOf("still being written", "kept changing").doesNotContain("\n");
                    });
        } finally {
            stop.set(true);
            rewriter.join();
        }
        assertThat(output).doesNotExist();
        assertThat(leftovers(output.getParent())).isEmpty();
    }

    @Test
    void inABatchAQueuedSourceDeletedFailsAloneAndOneReplacedConvertsItsNewContent() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String name : List.of("a.docx", "b.docx", "c.docx", "d.docx")) {
            RawDocx.body(RawDocx.p("original " + name)).write(in.resolve(name));
        }
        List<BatchFile> queued = Batches.scan(List.of(in), false).files();
        Files.delete(in.resolve("b.docx"));
        RawDocx.body(RawDocx.p("replacement of c")).write(dir.resolve("c.new"));
        move(dir.resolve("c.new"), in.resolve("c.docx"));

        Map<String, String> endings = new ConcurrentHashMap<>();
        BatchListener listener = new BatchListener() {
            @Override
            public void done(BatchFile file, Path pdf, int pages, long millis) {
                endings.merge(file.display(), "PDF", (x, y) -> x + " and again " + y);
            }

            @Override
            public void failed(BatchFile file, FailureKind kind, String reason) {
                endings.merge(file.display(), kind + " " + reason, (x, y) -> x + " and again " + y);
            }
        };
        Path out = dir.resolve("out");
        BatchControl control = Batches.start(queued, new BatchOptions(1, ExecutionMode.THREADS, out,
                ExistingPolicy.OVERWRITE, false, Duration.ofSeconds(60), Duration.ofMinutes(5)), listener);
        control.await();

        assertThat(endings).containsOnlyKeys("a.docx", "b.docx", "c.docx", "d.docx");
        assertThat(endings.get("b.docx")).isEqualTo("IO file not found: b.docx");
        assertThat(endings).containsEntry("a.docx", "PDF").containsEntry("c.docx", "PDF").containsEntry("d.docx", "PDF");
        assertThat(text(out.resolve("c.pdf"))).contains("replacement of c").doesNotContain("original");
        assertThat(out.resolve("b.pdf")).doesNotExist();
        assertThat(leftovers(out)).isEmpty();
    }

    private Path docx(String name, String text) throws IOException {
        return RawDocx.body(RawDocx.p(text)).write(dir.resolve(name));
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** Anything in the output folder that is not a finished PDF. */
    private static List<String> leftovers(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".pdf") || n.startsWith(".")).toList();
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
