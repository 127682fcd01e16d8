package org.inkpool.cli;

import org.inkpool.pool.ScriptedConverter;
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

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(60)
class ConvertCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream realOut;

    @BeforeEach
    void capture() {
        System.setProperty("inkpool.worker.converter", ScriptedConverter.class.getName());
        realOut = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(realOut);
        System.clearProperty("inkpool.worker.converter");
    }

    @Test
    void convertsAFolderIntoAnOutputTreeAndExitsNonZeroOnAFailure() throws IOException {
        Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(dir.resolve("in/a.docx"), "ok");
        Files.writeString(dir.resolve("in/sub/b.docx"), "ok");
        Files.writeString(dir.resolve("in/sub/c.docx"), "FAIL");
        Files.writeString(dir.resolve("in/~$a.docx"), "lock");

        int status = InkpoolCommand.run(new String[]{"convert", dir.resolve("in").toString(), "-o", dir.resolve("out").toString(),
                "--threads", "-w", "2", "--plain"});

        String text = captured.toString(StandardCharsets.UTF_8);
        assertThat(status).isEqualTo(1);
        assertThat(text).contains("Inkpool: 3 documents, 2 threads on " + Runtime.getRuntime().availableProcessors() + " CPU")
                .contains("passed over: 1 lock, 0 hidden, 0 not Word")
                .containsPattern("ok +a.docx → a.pdf +\\(1 page, \\d+ ms\\)")
                .containsPattern("ok +sub/b.docx → b.pdf")
                .contains("failed   sub/c.docx  corrupt or damaged: scripted failure")
                .contains("Summary: 2 converted, 0 skipped, 1 failed, 0 cancelled — 2 pages in");
        assertThat(dir.resolve("out/a.pdf")).isRegularFile();
        assertThat(dir.resolve("out/sub/b.pdf")).isRegularFile();
        assertThat(dir.resolve("out/sub/c.pdf")).doesNotExist();
    }

    @Test
    void aSecondRunSkipsWhatIsAlreadyConverted() throws IOException {
        Files.writeString(dir.resolve("a.docx"), "ok");
        assertThat(InkpoolCommand.run(new String[]{"convert", dir.toString(), "--threads", "-w", "1", "--plain"})).isZero();
        captured.reset();

        assertThat(InkpoolCommand.run(new String[]{"convert", dir.toString(), "--threads", "-w", "1", "--plain"})).isZero();
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("skipped  a.docx  (PDF is newer than the document)");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(InkpoolCommand.run(new String[]{"convert", dir.toString(), "--overwrite", "--keep-both"})).isEqualTo(2);
        assertThat(InkpoolCommand.run(new String[]{"convert", dir.toString(), "-w", "0"})).isEqualTo(2);
        assertThat(InkpoolCommand.run(new String[]{"convert", dir.resolve("nowhere").toString()})).isEqualTo(2);
    }
}
