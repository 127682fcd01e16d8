package org.inkpool.docx;

import org.inkpool.docx.opc.EmbeddedFonts;
import org.inkpool.model.Document;
import org.inkpool.model.EmbeddedFont;
import org.inkpool.model.UnreadableDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.inkpool.docx.TestDocx.p;

/** Document-level content: core properties, embedded fonts, progress, limits. */
class PackageContentTest {
    @TempDir
    Path dir;

    @Test
    void corePropertiesBecomeDocumentInfo() throws Exception {
        Document d = new DocxReader().read(TestDocx.body(p("x")).info("The Title", "Ada").write(dir, "p.docx"));
        assertThat(d.info().title()).isEqualTo("The Title");
        assertThat(d.info().author()).isEqualTo("Ada");
        assertThat(d.info().keywords()).isEmpty();
    }

    @Test
    void progressRisesToOne() throws Exception {
        Path f = TestDocx.body(p("a") + p("b") + p("c") + p("d")).write(dir, "p.docx");
        List<Double> seen = new ArrayList<>();
        new DocxReader().read(f, w -> { }, seen::add);
        assertThat(seen).isNotEmpty().isSorted();
        assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void deobfuscationXorsTheFirst32BytesWithTheReversedGuid() {
        String key = "{00112233-4455-6677-8899-AABBCCDDEEFF}";
        byte[] font = new byte[64];
        font[1] = 1; // a TrueType header 00 01 00 00
        byte[] obfuscated = font.clone();
        EmbeddedFonts.deobfuscate(obfuscated, key); // XOR is its own inverse
        assertThat(obfuscated[0]).isEqualTo((byte) 0xFF);
        assertThat(obfuscated[15]).isEqualTo((byte) 0x00);
        assertThat(obfuscated[16]).isEqualTo((byte) 0xFF);
        assertThat(Arrays.copyOfRange(obfuscated, 32, 64)).containsOnly((byte) 0);
        EmbeddedFonts.deobfuscate(obfuscated, key);
        assertThat(obfuscated).isEqualTo(font);
        assertThat(EmbeddedFonts.looksLikeFont(font)).isTrue();
    }

    @Test
    void embeddedCorpusFontsAreRecovered() throws Exception {
        Path f = Corpus.root().resolve("docx/docx4j-FontEmbedded.docx");
        assumeTrue(Files.exists(f), "corpus absent");
        Document d = new DocxReader().read(f);
        assertThat(d.embeddedFonts()).isNotEmpty()
                .allSatisfy(font -> assertThat(EmbeddedFonts.looksLikeFont(font.data())).isTrue())
                .extracting(EmbeddedFont::family).contains("Calibri");
    }

    @Test
    void metafilesInTheCorpusAreRasterised() throws Exception {
        Path f = Corpus.root().resolve("docx/poi-VariousPictures.docx");
        assumeTrue(Files.exists(f), "corpus absent");
        List<String> warnings = new ArrayList<>();
        Document d = new DocxReader().read(f, warnings::add);
        long images = Models.blocks(d).stream().filter(b -> b instanceof org.inkpool.model.Paragraph)
                .flatMap(b -> ((org.inkpool.model.Paragraph) b).inlines().stream())
                .filter(i -> i instanceof org.inkpool.model.InlineImage).count();
        assertThat(images).isEqualTo(5);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aHighlyCompressiblePartBelowTheSizeLimitsIsReadNotTakenForABomb() throws Exception {
        // 30 MB that compress ~1000 times: the old ratio guard refused it; real documents compress like this
        // (the suite's HostileDocumentsTest refuses a part past the 512 MB per-part limit)
        String huge = " ".repeat(30 * 1024 * 1024);
        Path f = TestDocx.body(p(huge) + p("after")).write(dir, "compressible.docx");
        assertThat(Files.size(f)).isLessThan(1024 * 1024);
        assertThat(Models.blocks(new DocxReader().read(f))).hasSize(2);
    }
}
