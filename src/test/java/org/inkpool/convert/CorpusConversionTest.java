package org.inkpool.convert;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every real document of the corpus converts, or fails alone with a one-line reason; nothing hangs;
 * the source is never modified; no partial PDF or temporary file is left behind.
 */
class CorpusConversionTest {
    private static final DocumentConverter CONVERTER = Engine.converter();

    /** -Dinkpool.corpusOut=DIR keeps the PDFs (named like the references) for shared/tools/fidelity. */
    private static final String KEEP_OUTPUT = System.getProperty("inkpool.corpusOut", "");

    @TempDir
    Path temp;
    Path out;

    @org.junit.jupiter.api.BeforeEach
    void chooseOutputFolder() throws IOException {
        out = KEEP_OUTPUT.isBlank() ? temp : Files.createDirectories(Path.of(KEEP_OUTPUT));
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusDocumentConverts() {
        return Corpus.files("docx").stream().map(doc -> DynamicTest.dynamicTest(doc.getFileName().toString(),
                () -> assertTimeoutPreemptively(Duration.ofSeconds(120), () -> convertsToReadablePdf(doc))));
    }

    /** The legacy .doc corpus (Word 97–2003 and one Word 95 file) goes through the same engine. */
    @TestFactory
    Stream<DynamicTest> everyLegacyCorpusDocumentConverts() {
        return Corpus.files("doc").stream().map(doc -> DynamicTest.dynamicTest(doc.getFileName().toString(),
                () -> assertTimeoutPreemptively(Duration.ofSeconds(120), () -> convertsToReadablePdf(doc))));
    }

    @TestFactory
    Stream<DynamicTest> everyBadFileFailsAloneWithAReason() {
        return Corpus.files("bad").stream().map(doc -> DynamicTest.dynamicTest(doc.getFileName().toString(),
                () -> assertTimeoutPreemptively(Duration.ofSeconds(60), () -> failsCleanlyOrConverts(doc))));
    }

    private void convertsToReadablePdf(Path doc) throws Exception {
        String before = sha256(doc);
        Path pdf = out.resolve(doc.getFileName().toString().replaceFirst("\\.[^.]+$", "") + ".pdf");
        ConversionResult result = CONVERTER.convert(doc, pdf, ConversionListener.NONE);
        assertThat(result.pages()).isPositive();
        try (PDDocument pd = Loader.loadPDF(pdf.toFile())) {
            assertThat(pd.getNumberOfPages()).isEqualTo(result.pages());
        }
        assertThat(sha256(doc)).as("source untouched").isEqualTo(before);
        assertOnlyFinishedPdfsIn(out);
    }

    private void failsCleanlyOrConverts(Path doc) throws Exception {
        String before = sha256(doc);
        Path pdf = temp.resolve(doc.getFileName() + ".pdf");
        try {
            ConversionResult result = CONVERTER.convert(doc, pdf, ConversionListener.NONE);
            assertThat(result.pages()).isPositive();
            assertThat(pdf).exists();
        } catch (ConversionException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n").doesNotContain("Exception");
            assertThat(e.kind()).isNotIn(FailureKind.INTERNAL);
            assertThat(pdf).doesNotExist();
        }
        assertThat(sha256(doc)).as("source untouched").isEqualTo(before);
        assertOnlyFinishedPdfsIn(temp);
    }

    private static void assertOnlyFinishedPdfsIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).allMatch(n -> n.endsWith(".pdf") && !n.startsWith("."));
        }
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
