package org.inkpool.convert;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Corpus documents written as PDF/A pass veraPDF's validation: tagged (as by default) they claim and pass
 * PDF/A-2a, untagged PDF/A-2b. Validation takes seconds per document, so {@code mvn verify} checks every
 * fourth document tagged and every sixteenth untagged (all 98 passed 2a tagged when this was written, and
 * 2b before tags);
 * {@code -Dinkpool.pdfaAll=true} checks them all, {@code -Dinkpool.pdfaOnly=NAME} the ones whose name
 * holds NAME.
 */
class PdfArchiveCorpusTest {

    /** Documents whose source keeps them from PDF/A-2a or 2b, with the reason (none so far). */
    private static final Map<String, String> EXCEPTIONS = Map.of();

    @TempDir
    Path out;

    @Test
    void theValidatorRejectsAnOrdinaryPdf() throws Exception {
        Path docx = Corpus.files("docx").get(0);
        Path pdf = out.resolve("plain.pdf");
        Engine.converter().convert(docx, pdf, ConversionListener.NONE);
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFA_2_B)).as("no output intent, no identification")
                .isNotEmpty();
    }

    @Test
    void taggedCorpusConvertsToValidPdfA2a() throws Exception {
        assertThat(brokenRules(new ConversionOptions(true, true), PDFAFlavour.PDFA_2_A, 4, 0))
                .as("PDF/A-2a rules broken, by document").isEmpty();
    }

    @Test
    void untaggedCorpusConvertsToValidPdfA2b() throws Exception {
        assertThat(brokenRules(new ConversionOptions(true, false), PDFAFlavour.PDFA_2_B, 16, 2))
                .as("PDF/A-2b rules broken, by document").isEmpty();
    }

    /** The rules broken by the corpus documents written with {@code options}, every {@code step}th from {@code first}. */
    private Map<String, List<String>> brokenRules(ConversionOptions options, PDFAFlavour flavour, int step, int first)
            throws Exception {
        DocumentConverter converter = Engine.converter();
        Map<String, List<String>> broken = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>(Corpus.files("docx"));
        String only = System.getProperty("inkpool.pdfaOnly");
        boolean all = Boolean.getBoolean("inkpool.pdfaAll") || only != null;
        for (int i = 0; i < files.size(); i++) {
            Path docx = files.get(i);
            String name = docx.getFileName().toString();
            if (EXCEPTIONS.containsKey(name) || only != null && !name.contains(only) || !all && i % step != first) {
                continue;
            }
            Path pdf = out.resolve(name.replaceFirst("\\.docx$", ".pdf"));
            converter.convert(docx, pdf, ConversionListener.NONE, options);
            List<String> failures = PdfValidation.failures(pdf, flavour);
            if (!failures.isEmpty()) {
                broken.put(name, failures);
            }
        }
        return broken;
    }
}
