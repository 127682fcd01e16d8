package org.inkpool.convert;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An Arabic document end to end: shaped, reordered and mirrored on the page, yet its text extracts
 * in logical order (PDFBox's extractor, like pdftotext, reads right-to-left glyphs back into logical
 * order; each shaped cluster names its letters through /ActualText).
 */
class RightToLeftConversionTest {
    private static final String ARABIC = "مرحبا بالعالم";
    private static final String MIXED = "العدد 2024 في الكتاب";
    /** Persian: a zero-width non-joiner keeps "mi" apart from the verb, and must survive in the text. */
    private static final String PERSIAN = "می\u200Cخواهند (کتاب)";

    @TempDir
    Path dir;

    @Test
    void arabicParagraphExtractsInLogicalOrderAndSitsAtTheRight() throws Exception {
        Path docx = dir.resolve("arabic.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(docx)) {
            rtlParagraph(doc, ARABIC);
            rtlParagraph(doc, MIXED);
            rtlParagraph(doc, PERSIAN);
            XWPFRun latin = doc.createParagraph().createRun();
            latin.setText("Plain English stays left.");
            doc.write(os);
        }
        Path pdf = dir.resolve("arabic.pdf");
        Engine.converter().convert(docx, pdf, ConversionListener.NONE);

        try (PDDocument pd = Loader.loadPDF(pdf.toFile())) {
            List<String> lines = new PDFTextStripper().getText(pd).lines().map(String::strip).toList();
            assertThat(lines).contains(ARABIC, MIXED, PERSIAN, "Plain English stays left.");

            List<TextPosition> glyphs = positions(pd);
            float pageWidth = pd.getPage(0).getMediaBox().getWidth();
            TextPosition firstArabic = glyphs.stream().filter(g -> g.getUnicode().codePointAt(0) >= 0x0600)
                    .findFirst().orElseThrow();
            assertThat(firstArabic.getXDirAdj()).as("right-to-left text is set against the right margin")
                    .isGreaterThan(pageWidth / 2);
            // the joining forms themselves come from the font's GSUB now (ShapedGlyphsTest), not presentation forms
            assertThat(glyphs).as("no presentation forms reach the page's text")
                    .noneMatch(g -> g.getUnicode().codePoints().anyMatch(c -> c >= 0xFB50 && c <= 0xFEFF));
        }
    }

    private static void rtlParagraph(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.getCTP().addNewPPr().addNewBidi();
        XWPFRun run = p.createRun();
        run.getCTR().addNewRPr().addNewRtl();
        run.setText(text);
    }

    private static List<TextPosition> positions(PDDocument pd) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                all.add(text);
                super.processTextPosition(text);
            }
        };
        stripper.getText(pd);
        return all;
    }
}
