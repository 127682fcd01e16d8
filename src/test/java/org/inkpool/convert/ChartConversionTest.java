package org.inkpool.convert;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A Word chart end to end: drawn with real text, so its series, categories and ticks can be found and copied. */
class ChartConversionTest {

    @TempDir
    Path dir;

    /** A line chart made with POI's chart API (which writes the value caches Word would). */
    @Test
    void aLineChartMadeByPoiShowsItsLegendCategoriesAndTicks() throws Exception {
        Path docx = dir.resolve("line.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(docx)) {
            doc.createParagraph().createRun().setText("Before the chart.");
            XWPFChart chart = doc.createChart(5 * 914400, 3 * 914400);
            chart.setTitleText("Rainfall");
            chart.setTitleOverlay(false);
            XDDFChartLegend legend = chart.getOrAddLegend();
            legend.setPosition(LegendPosition.BOTTOM);
            XDDFCategoryAxis months = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis mm = chart.createValueAxis(AxisPosition.LEFT);
            XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, months, mm);
            XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromArray(new String[] {"Mar", "Apr", "May"});
            XDDFLineChartData.Series north = (XDDFLineChartData.Series) data.addSeries(cats,
                    XDDFDataSourcesFactory.fromArray(new Double[] {31.0, 47.0, 12.0}));
            north.setTitle("Northside", null);
            XDDFLineChartData.Series south = (XDDFLineChartData.Series) data.addSeries(cats,
                    XDDFDataSourcesFactory.fromArray(new Double[] {8.0, 22.0, 39.0}));
            south.setTitle("Southside", null);
            chart.plot(data);
            doc.createParagraph().createRun().setText("After the chart.");
            doc.write(os);
        }
        Path pdf = dir.resolve("line.pdf");

        Engine.converter().convert(docx, pdf, ConversionListener.NONE);

        try (PDDocument pd = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(pd);
            assertThat(text).contains("Before the chart.", "Rainfall", "Mar", "Apr", "May", "Northside", "Southside",
                    "After the chart.");
            // top 47 → 0…50 in steps of 10 (or 5 on a tall axis)
            assertThat(text.lines().map(String::strip)).contains("0", "10", "20", "30", "40", "50");
            assertThat(text.indexOf("Rainfall")).isBetween(text.indexOf("Before"), text.indexOf("After"));
        }
    }

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
