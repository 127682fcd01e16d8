package org.inkpool.app;

import org.inkpool.batch.BatchListener.LogLevel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LogModelTest {
    private static List<LogLine> lines(int from, int count) {
        List<LogLine> lines = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            lines.add(new LogLine(0, LogLevel.INFO, "", "", "line " + i));
        }
        return lines;
    }

    @Test
    void keepsOnlyTheLastLines() {
        LogModel log = new LogModel(100);
        log.append(lines(0, 60));
        log.append(lines(60, 60));
        assertThat(log.lines()).hasSize(100);
        assertThat(log.lines().get(0).message()).isEqualTo("line 20");
        assertThat(log.lines().get(99).message()).isEqualTo("line 119");
    }

    @Test
    void aBurstLargerThanTheLogKeepsItsTail() {
        LogModel log = new LogModel(10);
        log.append(lines(0, 3));
        log.append(lines(3, 25));
        assertThat(log.lines()).extracting(LogLine::message)
                .containsExactly("line 18", "line 19", "line 20", "line 21", "line 22", "line 23", "line 24",
                        "line 25", "line 26", "line 27");
    }

    @Test
    void copiedTextIsTabSeparated() {
        LogLine line = new LogLine(0, LogLevel.ERROR, "a/b.docx", "worker 2", "corrupt");
        assertThat(line.toText()).endsWith("\tERROR\ta/b.docx\tworker 2\tcorrupt");
    }
}
