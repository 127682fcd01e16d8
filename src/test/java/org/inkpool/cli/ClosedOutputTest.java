package org.inkpool.cli;

import org.inkpool.testing.RawDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code inkpool convert … | head -n 1}: once {@code head} has its line the command line's output is a closed
 * pipe. The batch must go on to the end (every PDF written, with real worker processes), then exit 0 without
 * a stack trace — not hang on the pipe, not die of it half way.
 */
@Timeout(300)
class ClosedOutputTest {
    private static final int DOCUMENTS = 12;

    @TempDir
    Path dir;

    @Test
    void outputPipedIntoHeadStillConvertsEveryFileAndExitsCleanly() throws Exception {
        assumeTrue(!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"), "needs sh and head");
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < DOCUMENTS; i++) {
            RawDocx.body(RawDocx.p("document " + i + " " + "text for a line or two ".repeat(30))).write(in.resolve("doc" + i + ".docx"));
        }
        Path out = dir.resolve("out");
        Path exit = dir.resolve("exit");
        Path errors = dir.resolve("stderr");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String pipeline = "(" + quote(java) + " -cp " + quote(System.getProperty("java.class.path")) + " org.inkpool.Main convert -w 1 -o "
                + quote(out.toString()) + " " + quote(in.toString()) + " 2>" + quote(errors.toString()) + "; echo $? > " + quote(exit.toString())
                + ") | head -n 1";

        Process shell = new ProcessBuilder("sh", "-c", pipeline).redirectErrorStream(true).start();
        String firstLine = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(shell.waitFor(240, TimeUnit.SECONDS)).as("the batch ends although nobody reads its output").isTrue();

        assertThat(firstLine.lines().count()).isEqualTo(1);
        assertThat(Files.readString(exit).strip()).as("exit status of inkpool convert").isEqualTo("0");
        assertThat(Files.readString(errors)).doesNotContain("Exception").doesNotContain("\tat ");
        List<Path> pdfs = files(out, ".pdf");
        assertThat(pdfs).hasSize(DOCUMENTS);
        assertThat(pdfs).allMatch(FuzzCommand::looksLikePdf);
        assertThat(files(out, ".tmp")).isEmpty();
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static List<Path> files(Path folder, String suffix) throws Exception {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
        }
    }
}
