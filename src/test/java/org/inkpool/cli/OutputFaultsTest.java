package org.inkpool.cli;

import org.inkpool.testing.RawDocx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Faults of the output side with the real engine (thread mode, to stay quick): a volume that fills up
 * mid-batch and a read-only volume (small tmpfs mounts; skipped where mounting is not allowed), names with
 * spaces, CJK, emoji and very long paths, and two documents that would reach one PDF name.
 */
@Timeout(600)
class OutputFaultsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream realOut;

    @BeforeEach
    void capture() {
        realOut = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(realOut);
    }

    @Test
    void aFullVolumeFailsFilesAsDiskFullWithNoPartialPdfAndTheBatchResumesOnceThereIsSpace() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("small"));
        assumeTrue(mount(mount, "size=48k"), "mounting a tmpfs is not allowed here");
        try {
            Path in = documents(8);
            int first = InkpoolCommand.run(new String[]{"convert", "--plain", "--threads", "-w", "1", "-o", mount.toString(), in.toString()});
            assertThat(first).isEqualTo(1);
            assertThat(printed()).contains("disk full: could not write");
            assertThat(names(mount)).noneMatch(n -> n.endsWith(".tmp") || n.startsWith("."));
            for (Path pdf : pdfs(mount)) {
                assertThat(FuzzCommand.looksLikePdf(pdf)).as("complete: " + pdf).isTrue();
            }
            assertThat(pdfs(mount)).hasSizeLessThan(8);

            assertThat(run("mount", "-o", "remount,size=8m", mount.toString())).isTrue();
            int second = InkpoolCommand.run(new String[]{"convert", "--plain", "--threads", "-w", "1", "-o", mount.toString(), in.toString()});
            assertThat(second).isZero();
            assertThat(pdfs(mount)).hasSize(8);
        } finally {
            run("umount", mount.toString());
        }
    }

    @Test
    void aReadOnlyVolumeIsToldPlainly() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("ro"));
        assumeTrue(mount(mount, "ro,size=1m"), "mounting a tmpfs is not allowed here");
        try {
            Path in = documents(2);
            int exit = InkpoolCommand.run(new String[]{"convert", "--plain", "--threads", "-w", "1", "-o", mount.toString(), in.toString()});
            assertThat(exit).isEqualTo(1);
            assertThat(printed()).contains("read-only volume");
            assertThat(names(mount)).isEmpty();
        } finally {
            run("umount", mount.toString());
        }
    }

    @Test
    void namesWithSpacesCjkEmojiAndLongPathsAndTwoDocumentsForOnePdfName() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path deep = in;
        for (int i = 0; i < 6; i++) {
            deep = deep.resolve("folder " + i + " 报告 " + "x".repeat(150));
        }
        Files.createDirectories(deep);
        RawDocx.body(RawDocx.p("spaces")).write(in.resolve("annual report 2026 年度报告 😀.docx"));
        RawDocx.body(RawDocx.p("deep")).write(deep.resolve("deep document.docx"));
        RawDocx.body(RawDocx.p("lower")).write(in.resolve("twin.docx"));
        RawDocx.body(RawDocx.p("upper")).write(in.resolve("twin.DOCX"));
        Path out = dir.resolve("out");
        int exit = InkpoolCommand.run(new String[]{"convert", "--plain", "--threads", "-w", "1", "-o", out.toString(), in.toString()});
        assertThat(exit).as(printed()).isZero();
        assertThat(out.resolve("annual report 2026 年度报告 😀.pdf")).isRegularFile();
        assertThat(out.resolve(in.relativize(deep)).resolve("deep document.pdf")).isRegularFile();
        assertThat(out.resolve("twin.pdf")).isRegularFile();
        assertThat(out.resolve("twin (1).pdf")).as("the second twin is not written over the first").isRegularFile();
    }

    private Path documents(int n) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < n; i++) {
            RawDocx.body(RawDocx.p("document " + i + " " + "with some text to fill the page ".repeat(40)))
                    .write(in.resolve("doc" + i + ".docx"));
        }
        return in;
    }

    private String printed() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static boolean mount(Path at, String options) {
        return run("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString());
    }

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
        }
    }

    private static List<Path> pdfs(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".pdf")).toList();
        }
    }
}
