package org.inkpool.docx;

import org.inkpool.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.docx.TestDocx.p;

/** One reader serves the in-process thread mode: concurrent reads must not share mutable state. */
class ConcurrencyTest {
    @TempDir
    Path dir;

    @Test
    void oneReaderReadsConcurrentlyWithTheSameResults() throws Exception {
        String numbering = "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                + "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            body.append(p("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>",
                    i % 2 == 0 ? "<w:b/>" : "<w:sz w:val=\"30\"/>", "item " + i));
        }
        List<Path> files = List.of(
                TestDocx.body(body.toString()).numbering(numbering).write(dir, "a.docx"),
                TestDocx.body(body.toString()).write(dir, "b.docx"));
        DocxReader reader = new DocxReader();
        List<Document> expected = new ArrayList<>();
        for (Path f : files) {
            expected.add(reader.read(f));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Document>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                Path f = files.get(i % 2);
                results.add(pool.submit(() -> reader.read(f)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get().sections()).isEqualTo(expected.get(i % 2).sections());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Models.paragraph(expected.get(0), 199).label().text()).isEqualTo("200.");
    }
}
