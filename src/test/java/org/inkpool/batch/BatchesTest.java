package org.inkpool.batch;

import org.inkpool.convert.FailureKind;
import org.inkpool.pool.ScriptedConverter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(60)
class BatchesTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void useScriptedConverter() {
        System.setProperty("inkpool.worker.converter", ScriptedConverter.class.getName());
    }

    @AfterAll
    static void restoreEngine() {
        System.clearProperty("inkpool.worker.converter");
    }

    @Test
    void scanFindsWordFilesRecursivelyAndCountsWhatItSkips() throws IOException {
        touch("a.docx", "sub/b.docm", "sub/deeper/c.doc", "sub/t.dotx", "sub/t2.DOTM", "sub/old.dot", "~$a.docx", ".hidden.docx",
                ".git/x.docx", "notes.txt", "sub/pic.png");

        ScanResult scan = Batches.scan(List.of(dir), true);

        assertThat(scan.files()).extracting(BatchFile::display)
                .containsExactlyInAnyOrder("a.docx", "sub/b.docm", "sub/deeper/c.doc", "sub/t.dotx", "sub/t2.DOTM",
                        "sub/old.dot");
        assertThat(scan.files()).extracting(BatchFile::id).doesNotHaveDuplicates();
        assertThat(scan.files()).allSatisfy(f -> assertThat(f.source()).isAbsolute());
        assertThat(scan.skippedLockFiles()).isEqualTo(1);
        assertThat(scan.skippedHidden()).isEqualTo(2); // .hidden.docx and the .git folder
        assertThat(scan.skippedOther()).isEqualTo(2);
    }

    @Test
    void xmlFilesAreWordDocumentsOnlyWhenTheyHoldWord2003Xml() throws IOException {
        Files.writeString(dir.resolve("letter.xml"), "<?xml version=\"1.0\"?><?mso-application progid=\"Word.Document\"?>"
                + "<w:wordDocument xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\"><w:body/>"
                + "</w:wordDocument>");
        Files.writeString(dir.resolve("pom.xml"), "<?xml version=\"1.0\"?><project><modelVersion>4.0.0</modelVersion></project>");
        Files.writeString(dir.resolve("feed.XML"), "<rss><channel/></rss>");

        ScanResult scan = Batches.scan(List.of(dir), true);

        assertThat(scan.files()).extracting(BatchFile::display).containsExactly("letter.xml");
        assertThat(scan.skippedOther()).isEqualTo(2); // passed over like any other non-Word file, not failed
    }

    @Test
    void scanWithoutRecursionStaysInTheFolderAndTakesFilesAsGivenOnce() throws IOException {
        touch("a.docx", "sub/b.docx");

        ScanResult flat = Batches.scan(List.of(dir), false);
        assertThat(flat.files()).extracting(BatchFile::display).containsExactly("a.docx");

        ScanResult both = Batches.scan(List.of(dir.resolve("sub/b.docx"), dir, dir.resolve("sub/b.docx")), true);
        assertThat(both.files()).extracting(BatchFile::display).containsExactly("b.docx", "a.docx");
    }

    @Test
    void outputsGoBesideSourcesOrMirrorTheTreeUnderAnOutputFolder() throws IOException {
        touch("a.docx", "sub/b.docx");
        List<BatchFile> files = Batches.scan(List.of(dir), true).files();

        OutputPlanner beside = new OutputPlanner(null, ExistingPolicy.SKIP_IF_NEWER);
        assertThat(files).allSatisfy(f -> assertThat(beside.plan(f))
                .isEqualTo(new OutputPlanner.Write(f.source().resolveSibling(f.source().getFileName().toString().replace(".docx", ".pdf")))));

        Path out = dir.resolve("out");
        OutputPlanner mirrored = new OutputPlanner(out, ExistingPolicy.SKIP_IF_NEWER);
        BatchFile b = files.stream().filter(f -> f.display().equals("sub/b.docx")).findFirst().orElseThrow();
        assertThat(mirrored.plan(b)).isEqualTo(new OutputPlanner.Write(out.resolve("sub/b.pdf")));
    }

    @Test
    void existingPdfsAreNeverOverwrittenSilently() throws IOException {
        touch("old.docx", "new.docx", "twin.docx", "twin.doc");
        Files.writeString(dir.resolve("old.pdf"), "pdf");
        Files.writeString(dir.resolve("new.pdf"), "pdf");
        Files.setLastModifiedTime(dir.resolve("old.pdf"), FileTime.from(Instant.now().minusSeconds(3600)));
        Files.setLastModifiedTime(dir.resolve("new.pdf"), FileTime.from(Instant.now().plusSeconds(3600)));
        Map<String, BatchFile> files = byName(Batches.scan(List.of(dir), true).files());

        OutputPlanner skip = new OutputPlanner(null, ExistingPolicy.SKIP_IF_NEWER);
        assertThat(skip.plan(files.get("new.docx"))).isInstanceOf(OutputPlanner.Skip.class);
        assertThat(skip.plan(files.get("old.docx"))).isEqualTo(new OutputPlanner.Write(dir.resolve("old (1).pdf")));

        OutputPlanner keep = new OutputPlanner(null, ExistingPolicy.KEEP_BOTH);
        assertThat(keep.plan(files.get("new.docx"))).isEqualTo(new OutputPlanner.Write(dir.resolve("new (1).pdf")));
        assertThat(keep.plan(files.get("twin.docx"))).isEqualTo(new OutputPlanner.Write(dir.resolve("twin.pdf")));
        assertThat(keep.plan(files.get("twin.doc"))).as("reserved for its twin").isEqualTo(new OutputPlanner.Write(dir.resolve("twin (1).pdf")));

        OutputPlanner overwrite = new OutputPlanner(null, ExistingPolicy.OVERWRITE);
        assertThat(overwrite.plan(files.get("new.docx"))).isEqualTo(new OutputPlanner.Write(dir.resolve("new.pdf")));
        assertThat(overwrite.plan(files.get("twin.docx"))).isEqualTo(new OutputPlanner.Write(dir.resolve("twin.pdf")));
        assertThat(overwrite.plan(files.get("twin.doc"))).isEqualTo(new OutputPlanner.Write(dir.resolve("twin (1).pdf")));
    }

    @Test
    void aBatchReportsEveryFileOnceAndSumsUp() throws Exception {
        Files.writeString(dir.resolve("one.docx"), "ok");
        Files.writeString(dir.resolve("two.docx"), "FAIL");
        Files.writeString(dir.resolve("three.docx"), "ok");
        Files.writeString(dir.resolve("three.pdf"), "newer");
        Files.setLastModifiedTime(dir.resolve("three.pdf"), FileTime.from(Instant.now().plusSeconds(60)));
        List<BatchFile> files = Batches.scan(List.of(dir), true).files();
        Map<String, String> outcome = new ConcurrentHashMap<>();
        BatchListener listener = new BatchListener() {
            @Override
            public void done(BatchFile file, Path pdf, int pages, long millis) {
                outcome.put(file.display(), "done " + pdf.getFileName() + " " + pages);
            }

            @Override
            public void skipped(BatchFile file, Path existingPdf, String reason) {
                outcome.put(file.display(), "skipped " + reason);
            }

            @Override
            public void failed(BatchFile file, FailureKind kind, String reason) {
                outcome.put(file.display(), "failed " + reason);
            }
        };
        BatchOptions options = new BatchOptions(2, ExecutionMode.THREADS, null, ExistingPolicy.SKIP_IF_NEWER, true,
                Duration.ofSeconds(30), Duration.ofMinutes(1));

        BatchControl control = Batches.start(files, options, listener);
        BatchSummary summary = control.await();

        assertThat(control.isFinished()).isTrue();
        assertThat(outcome).containsOnly(
                Map.entry("one.docx", "done one.pdf 1"),
                Map.entry("two.docx", "failed corrupt or damaged: scripted failure"),
                Map.entry("three.docx", "skipped PDF is newer than the document"));
        assertThat(summary.converted()).isEqualTo(1);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(summary.cancelled()).isZero();
        assertThat(summary.pages()).isEqualTo(1);
        assertThat(dir.resolve("two.pdf")).doesNotExist();
    }

    private void touch(String... names) throws IOException {
        for (String name : names) {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "ok");
        }
    }

    private static Map<String, BatchFile> byName(List<BatchFile> files) {
        Map<String, BatchFile> map = new java.util.HashMap<>();
        files.forEach(f -> map.put(f.display(), f));
        return map;
    }
}
