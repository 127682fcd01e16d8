package org.inkpool.docx;

import org.inkpool.model.Document;
import org.inkpool.model.UnreadableDocumentException;
import org.inkpool.model.UnreadableDocumentException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every corpus document reads; every malformed input fails with its proper reason (SOURCES.md, bad/). */
class DocxCorpusTest {
    private static final Path CORPUS = Corpus.root();

    @Test
    void everyCorpusDocumentReads() throws IOException {
        Path dir = CORPUS.resolve("docx");
        assumeTrue(Files.isDirectory(dir), "corpus absent");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        int blocks = 0;
        for (Path f : files) {
            try {
                Document d = new DocxReader().read(f);
                assertThat(d.sections()).as(f.getFileName().toString()).isNotEmpty();
                blocks += d.blockCount();
            } catch (UnreadableDocumentException e) {
                failures.add(f.getFileName() + ": " + e.reason() + " " + e.getMessage());
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Read %d corpus documents (%d top-level blocks) in %d ms%n", files.size(), blocks, millis);
        assertThat(failures).isEmpty();
        assertThat(files).hasSizeGreaterThanOrEqualTo(90);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "poi-bug53475-password-is-pass.docx, ENCRYPTED",
            "tika-testWORD_protected_passtika.docx, ENCRYPTED",
            "poi-truncated62886.docx, CORRUPT",
            "tika-testWORD_truncated.docx, CORRUPT",
            "poi-clusterfuzz-testcase-minimized-POIXWPFFuzzer-5313273089884160.docx, CORRUPT",
            "poi-clusterfuzz-testcase-minimized-POIXWPFFuzzer-4959857092198400.docx, CORRUPT",
            "poi-stress025.docx, CORRUPT",
            "poi-ExternalEntityInText.docx, CORRUPT",
            "poi-cpansearch.perl.org_src_tobyink_acme-rundoc-0.001_word-lib_hello_world.docm, UNSUPPORTED",
            "tika-testWORDML_tableInsideParagraph.doc, UNSUPPORTED",
            "tika-testWordPerfect_42.doc, NOT_WORD",
            "poi-word2.doc, UNSUPPORTED",
            "synthetic-zero-byte.docx, NOT_WORD",
    })
    void malformedInputFailsWithItsReason(String name, Reason reason) {
        Path f = CORPUS.resolve("bad").resolve(name);
        assumeTrue(Files.exists(f), "corpus absent");
        assertThatThrownBy(() -> new DocxReader().read(f))
                .isInstanceOf(UnreadableDocumentException.class)
                .satisfies(e -> assertThat(((UnreadableDocumentException) e).reason()).isEqualTo(reason))
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank().doesNotContain("\n"));
    }

    @Test
    void strictDocumentsReadLikeTransitionalOnes() throws UnreadableDocumentException {
        Path strict = CORPUS.resolve("docx/mammoth-strict-format.docx");
        assumeTrue(Files.exists(strict), "corpus absent");
        Document d = new DocxReader().read(strict);
        org.inkpool.model.Paragraph p = (org.inkpool.model.Paragraph) d.sections().get(0).blocks().get(0);
        assertThat(Models.text(p)).isEqualTo("Test");
        assertThat(Models.firstRun(p).props().fontAscii()).isEqualTo("Calibri");
        assertThat(Models.firstRun(p).props().size()).isEqualTo(11);

        Document big = new DocxReader().read(CORPUS.resolve("docx/openxmlsdk-Strict01.docx"));
        assertThat(big.sections()).hasSizeGreaterThan(1);
        assertThat(big.blockCount()).isGreaterThan(20);
    }

    @Test
    void damagedThemeIsIgnoredWithAWarning() throws UnreadableDocumentException {
        Path f = CORPUS.resolve("bad/poi-clusterfuzz-testcase-minimized-POIXWPFFuzzer-6733884933668864.docx");
        assumeTrue(Files.exists(f), "corpus absent");
        List<String> warnings = new ArrayList<>();
        new DocxReader().read(f, warnings::add);
        assertThat(warnings).anyMatch(w -> w.contains("theme"));
    }

    /** Readable despite what is wrong with them (LibreOffice opens them too). */
    @ParameterizedTest
    @CsvSource({
            "poi-protected_agile.docx",
            "poi-clusterfuzz-testcase-minimized-POIXWPFFuzzer-6733884933668864.docx",
    })
    void recoverableInputReads(String name) throws UnreadableDocumentException {
        Path f = CORPUS.resolve("bad").resolve(name);
        assumeTrue(Files.exists(f), "corpus absent");
        List<String> warnings = new ArrayList<>();
        Document d = new DocxReader().read(f, warnings::add);
        assertThat(d.blockCount()).isPositive();
    }
}
