package org.inkpool.convert;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one-call facade: a document in, a complete PDF out, progress and typed failures. */
class ConverterTest {
    private static final DocumentConverter CONVERTER = Engine.converter();

    @TempDir
    Path dir;

    @Test
    void convertsTextInEveryScriptWithEmbeddedFontsAndProperties() throws Exception {
        Path docx = write("letters.docx", doc -> {
            doc.getProperties().getCoreProperties().setTitle("Quarterly letter");
            doc.getProperties().getCoreProperties().setCreator("Ada Lovelace");
            paragraph(doc, "Dear reader, the numbers are in.", "Calibri");
            paragraph(doc, "中文文本不能是空白的。", "SimSun");
            paragraph(doc, "Русский текст тоже виден.", "Times New Roman");
        });
        Path pdf = dir.resolve("letters.pdf");

        ConversionResult result = CONVERTER.convert(docx, pdf, ConversionListener.NONE);

        assertThat(result.pages()).isEqualTo(1);
        try (PDDocument pd = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(pd);
            assertThat(text).contains("Dear reader, the numbers are in.")
                    .contains("中文文本不能是空白的。")
                    .contains("Русский текст тоже виден.");
            assertThat(pd.getDocumentInformation().getTitle()).isEqualTo("Quarterly letter");
            assertThat(pd.getDocumentInformation().getAuthor()).isEqualTo("Ada Lovelace");
            for (PDPage page : pd.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void reportsProgressThroughReadLayoutWrite() throws Exception {
        Path docx = write("progress.docx", doc -> {
            for (int i = 0; i < 2000; i++) {
                paragraph(doc, "Paragraph " + i + " of a long enough document to take a few pages.", "Arial");
            }
        });
        List<ConversionListener.Phase> phases = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();
        ConversionListener listener = new ConversionListener() {
            @Override
            public void progress(double fraction, Phase phase) {
                phases.add(phase);
                fractions.add(fraction);
            }
        };

        ConversionResult result = CONVERTER.convert(docx, dir.resolve("progress.pdf"), listener);

        assertThat(result.pages()).isGreaterThan(1);
        assertThat(phases).containsSubsequence(ConversionListener.Phase.READ, ConversionListener.Phase.LAYOUT,
                ConversionListener.Phase.WRITE);
        assertThat(phases).isSortedAccordingTo(Enum::compareTo);
        assertThat(fractions).isSorted().allMatch(f -> f >= 0 && f <= 1);
        assertThat(fractions.get(fractions.size() - 1)).isEqualTo(1.0);
        // 2000 paragraphs, dozens of pages: still no more than one report per half percent (and phase)
        assertThat(fractions.size()).isBetween(10, 205);
        for (int i = 1; i < fractions.size() - 1; i++) {
            assertThat(fractions.get(i) - fractions.get(i - 1) >= 0.0049 || phases.get(i) != phases.get(i - 1))
                    .as("step %d: %s → %s", i, fractions.get(i - 1), fractions.get(i)).isTrue();
        }
    }

    @Test
    void zeroByteFileIsNotAWordDocumentAndLeavesNothing() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.docx"));
        Path pdf = dir.resolve("empty.pdf");

        assertThatThrownBy(() -> CONVERTER.convert(empty, pdf, ConversionListener.NONE))
                .isInstanceOfSatisfying(ConversionException.class,
                        e -> assertThat(e.kind()).isEqualTo(FailureKind.NOT_WORD));
        assertThat(pdf).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(empty);
        }
    }

    @Test
    void textFileNamedDocxIsRejectedAndExistingPdfKept() throws Exception {
        Path fake = Files.writeString(dir.resolve("notes.docx"), "just some text, not a zip");
        Path pdf = Files.writeString(dir.resolve("notes.pdf"), "an older PDF the user keeps");

        assertThatThrownBy(() -> CONVERTER.convert(fake, pdf, ConversionListener.NONE))
                .isInstanceOfSatisfying(ConversionException.class,
                        e -> assertThat(e.kind()).isEqualTo(FailureKind.NOT_WORD));
        assertThat(pdf).hasContent("an older PDF the user keeps");
    }

    @Test
    void missingInputFailsAsIo() {
        assertThatThrownBy(() -> CONVERTER.convert(dir.resolve("gone.docx"), dir.resolve("gone.pdf"),
                ConversionListener.NONE))
                .isInstanceOfSatisfying(ConversionException.class,
                        e -> assertThat(e.kind()).isEqualTo(FailureKind.IO));
    }

    private static void paragraph(XWPFDocument doc, String text, String font) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
    }

    private Path write(String name, DocBuilder builder) throws IOException {
        Path file = dir.resolve(name);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(file)) {
            builder.build(doc);
            doc.write(os);
        }
        return file;
    }

    @FunctionalInterface
    private interface DocBuilder {
        void build(XWPFDocument doc) throws IOException;
    }
}
