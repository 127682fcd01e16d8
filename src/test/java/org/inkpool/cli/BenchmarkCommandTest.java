package org.inkpool.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(120)
class BenchmarkCommandTest extends ScriptedCommandTest {
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
    void scalingCheckConvertsCopiesOfTheSlowestDocumentsInTheScratchFolder() throws Exception {
        Files.writeString(dir.resolve("a.docx"), "ok");
        Files.writeString(dir.resolve("b.docx"), "ok");
        Files.writeString(dir.resolve("c.docx"), "ok");

        int status = InkpoolCommand.run(new String[]{"benchmark", dir.toString(), "--cold-runs", "1", "--max-workers", "2",
                "--modes", "processes", "--heavy", "2", "--heavy-copies", "3", "--no-libreoffice"});

        String text = printed();
        assertThat(status).isZero();
        assertThat(text).containsPattern("Scaling on CPU-heavy documents: the 2 slowest \\(\\d+ ms together with one worker\\), "
                        + "3 copies each = 6 documents")
                .containsPattern("\\n +1 +[0-9.]+ +1\\.00x")
                .containsPattern("\\n +2 +[0-9.]+ +[0-9.]+x .* [0-9.]+x\\n")
                .contains("CPU ceiling: how much faster this machine runs that many copies");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.docx", "b.docx", "c.docx");
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
