package org.inkpool.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(60)
class ConvertCommandTest extends ScriptedCommandTest {
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
    void pdfsAreTaggedUnlessNoTagsIsGiven() {
        ConvertCommand plain = new ConvertCommand();
        new picocli.CommandLine(plain).parseArgs(dir.toString());
        assertThat(plain.tags).isTrue();
        ConvertCommand untagged = new ConvertCommand();
        new picocli.CommandLine(untagged).parseArgs(dir.toString(), "--no-tags");
        assertThat(untagged.tags).isFalse();
        ConvertCommand asked = new ConvertCommand();
        new picocli.CommandLine(asked).parseArgs(dir.toString(), "--tags");
        assertThat(asked.tags).isTrue();
    }

    @Test
    void theOutlineComesFromHeadingsUnlessBookmarksAreAsked() {
        ConvertCommand plain = new ConvertCommand();
        new picocli.CommandLine(plain).parseArgs(dir.toString());
        assertThat(plain.outline).isEqualTo(ConvertCommand.OutlineSource.headings);
        ConvertCommand bookmarks = new ConvertCommand();
        new picocli.CommandLine(bookmarks).parseArgs(dir.toString(), "--outline", "bookmarks");
        assertThat(bookmarks.outline).isEqualTo(ConvertCommand.OutlineSource.bookmarks);
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(InkpoolCommand.run(new String[]{"convert", dir.toString(), "--overwrite", "--keep-both"})).isEqualTo(2);
        assertThat(InkpoolCommand.run(new String[]{"convert", dir.toString(), "-w", "0"})).isEqualTo(2);
        assertThat(InkpoolCommand.run(new String[]{"convert", dir.resolve("nowhere").toString()})).isEqualTo(2);
    }
}
