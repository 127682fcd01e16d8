package org.inkpool.cli;

import org.inkpool.pool.ScriptedConverter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(120)
class BenchmarkCommandTest {
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
    void reportsColdStartThroughputAndMemoryWithoutWritingBesideTheDocuments() throws Exception {
        Files.writeString(dir.resolve("a.docx"), "ok");
        Files.writeString(dir.resolve("b.docx"), "ok");

        int status = InkpoolCommand.run(new String[]{"benchmark", dir.toString(), "--cold-runs", "1", "--max-workers", "1", "--no-libreoffice"});

        String text = captured.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(text).contains("Benchmark: 2 documents")
                .containsPattern("class-data sharing off +ready +\\d+ ms \\(worker CPU +\\d+ ms\\) +first PDF +\\d+ ms")
                .containsPattern("processes +1 +[0-9.]+ +1\\.00x")
                .containsPattern("threads +1 +[0-9.]+ +1\\.00x")
                .contains("processes vs threads with 1 worker:")
                .contains("LibreOffice: not timed (--no-libreoffice)");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.docx", "b.docx");
        }
    }

    @Test
    void medianAndResidentMemory() {
        assertThat(BenchmarkCommand.median(new long[]{5, 1, 3})).isEqualTo(3);
        if (Files.isReadable(Path.of("/proc/self/status"))) {
            assertThat(BenchmarkCommand.residentBytes(ProcessHandle.current().pid())).isPositive();
        }
        assertThat(BenchmarkCommand.residentBytes(Long.MAX_VALUE)).isEqualTo(-1);
    }
}
