package org.inkpool.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SessionLogTest {
    @TempDir
    Path logs;

    @Test
    void writesLinesAndWhatIsPrintedOnStderrToThisSessionsFile() throws IOException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream original = new PrintStream(console, true, StandardCharsets.UTF_8);
        Path file;
        try (SessionLog log = SessionLog.open(logs, LocalDateTime.of(2026, 12, 2, 5, 30, 0))) {
            file = log.file();
            log.write(List.of("first line", "second line"));
            PrintStream tee = log.tee(original);
            tee.println("a library's warning");
        }

        assertThat(file.getFileName().toString()).startsWith("inkpool-20261202-053000-").endsWith(".log");
        assertThat(Files.readString(file)).contains("first line" + System.lineSeparator() + "second line")
                .contains("a library's warning");
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("a library's warning");
    }

    @Test
    void keepsTheNewestSevenSessionsAndLeavesOtherFilesAlone() throws IOException {
        for (int day = 1; day <= 9; day++) {
            Files.writeString(logs.resolve(String.format("inkpool-202611%02d-120000-1.log", day)), "old");
        }
        Files.writeString(logs.resolve("notes.txt"), "mine");

        try (SessionLog log = SessionLog.open(logs, LocalDateTime.of(2026, 12, 2, 5, 30, 0))) {
            List<String> names;
            try (Stream<Path> files = Files.list(logs)) {
                names = files.map(p -> p.getFileName().toString()).sorted().toList();
            }
            assertThat(names).hasSize(SessionLog.KEEP + 1)
                    .contains("notes.txt", log.file().getFileName().toString())
                    .contains("inkpool-20261104-120000-1.log", "inkpool-20261109-120000-1.log")
                    .doesNotContain("inkpool-20261101-120000-1.log", "inkpool-20261103-120000-1.log");
        }
    }
}
