package org.inkpool.cli;

import org.inkpool.convert.ConversionListener;
import org.inkpool.convert.ConversionResult;
import org.inkpool.convert.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesADocumentOfAboutTheAskedPagesAndNeverOverwritesUnasked() throws Exception {
        Path docx = dir.resolve("long.docx");
        assertThat(InkpoolCommand.run(new String[]{"generate", docx.toString(), "--pages", "40"})).isZero();

        ConversionResult result = Engine.converter().convert(docx, dir.resolve("long.pdf"), ConversionListener.NONE);
        assertThat(result.pages()).isBetween(32, 48); // "about": the generator is calibrated on this engine's layout
        assertThat(result.warnings()).allMatch(w -> w.contains("replaced by"), "only font substitutions"); // nothing damaged or skipped

        byte[] before = Files.readAllBytes(docx);
        assertThat(InkpoolCommand.run(new String[]{"generate", docx.toString(), "--pages", "5"})).isEqualTo(2);
        assertThat(Files.readAllBytes(docx)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".part"))).isEmpty();
        }
    }

    @Test
    void theSameSeedGivesTheSameBytes() throws Exception {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        new LongDocumentWriter(7).write(a, 10);
        new LongDocumentWriter(7).write(b, 10);
        ByteArrayOutputStream c = new ByteArrayOutputStream();
        new LongDocumentWriter(8).write(c, 10);
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray()).isNotEqualTo(c.toByteArray());
    }
}
