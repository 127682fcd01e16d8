package org.inkpool.pool;

import org.inkpool.convert.Engine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The real engine in real workers on real documents (skipped where the corpus is absent). */
@Timeout(180)
class EnginePoolTest {
    @TempDir
    Path dir;

    @Test
    void twoWorkersConvertFiveCorpusDocuments() throws Exception {
        Path corpus = Path.of(System.getProperty("user.dir")).resolve("../shared/corpus/docx").normalize();
        Assumptions.assumeTrue(Files.isDirectory(corpus), "corpus absent");
        Assumptions.assumeTrue(engineAvailable(), "engine not assembled yet");
        List<Path> documents;
        try (Stream<Path> s = Files.list(corpus)) {
            documents = s.filter(p -> p.toString().endsWith(".docx")).sorted().limit(5).toList();
        }
        List<PoolTask> tasks = new ArrayList<>();
        for (Path document : documents) {
            String name = document.getFileName().toString().replace(".docx", ".pdf");
            tasks.add(new PoolTask(tasks.size() + 1, document, dir.resolve(name), document.getFileName().toString()));
        }
        RecordingPoolListener events = new RecordingPoolListener();
        PoolConfig config = PoolConfig.defaults().withWorkers(2).withConverterClass(null).withClassDataSharing(false)
                .withTimeouts(Duration.ofSeconds(60), Duration.ofMinutes(2));

        Pool pool = Pool.start(tasks, config, events);
        pool.awaitTermination();

        assertThat(events.outcome).hasSize(5);
        assertThat(events.outcome.values().stream().filter("done"::equals).count()).as("converted").isGreaterThanOrEqualTo(4);
        for (PoolTask task : tasks) {
            if ("done".equals(events.outcome.get(task.id()))) {
                assertThat(startOf(task.output())).isEqualTo("%PDF-");
            } else {
                assertThat(task.output()).doesNotExist();
            }
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).allMatch(n -> n.endsWith(".pdf") && !n.startsWith("."));
        }
        PoolTest.assertNoWorkersLeft();
    }

    private static boolean engineAvailable() {
        try {
            Engine.converter();
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    private static String startOf(Path pdf) throws IOException {
        try (InputStream in = Files.newInputStream(pdf)) {
            return new String(in.readNBytes(5), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }
}
