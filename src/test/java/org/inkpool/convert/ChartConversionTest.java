package org.inkpool.convert;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A Word chart end to end: drawn with real text, so its series, categories and ticks can be found and copied. */
class ChartConversionTest {

    @TempDir
    Path dir;

    @Test
    void docx4jStackedColumnChartShowsItsSeriesCategoriesAndTicks() throws Exception {
        Path docx = Corpus.ROOT.resolve("docx/docx4j-chart.docx");
        Assumptions.assumeTrue(Files.isRegularFile(docx), "corpus document " + docx + " is absent");
        Path pdf = dir.resolve("chart.pdf");

        Engine.converter().convert(docx, pdf, ConversionListener.NONE);

        try (PDDocument pd = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(pd);
            assertThat(text).contains("Series 1", "Series 2", "Series 3",
                    "Category 1", "Category 2", "Category 3", "Category 4");
            // LibreOffice's axis for stacked tops of 12.3: 0 to 14 in steps of 2
            assertThat(text.lines().map(String::strip)).contains("0", "2", "4", "6", "8", "10", "12", "14");
            assertThat(text.lines().map(String::strip)).doesNotContain("16");
        }
    }
}
