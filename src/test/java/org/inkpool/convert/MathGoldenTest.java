package org.inkpool.convert;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.inkpool.testing.GoldenImages;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Equations end to end, one construct per document: the first page, rendered at low resolution, must
 * match the stored image (a diff image is written under target/math-golden on a mismatch; run with
 * {@code -Dinkpool.updateGoldens=true} to store new ones after a deliberate change), and the equation's
 * text must read as its linear form (the /ActualText span around it, and pdftotext where installed).
 */
class MathGoldenTest {

    private static final float DPI = 48;

    @TempDir
    Path dir;

    private static String r(String text) {
        return "<m:r><m:t>" + text + "</m:t></m:r>";
    }

    private static String frac(String num, String den) {
        return "<m:f><m:num>" + num + "</m:num><m:den>" + den + "</m:den></m:f>";
    }

    private static String sum(String limLoc) {
        return "<m:nary><m:naryPr><m:chr m:val=\"∑\"/><m:limLoc m:val=\"" + limLoc + "\"/></m:naryPr><m:sub>" + r("k=1")
                + "</m:sub><m:sup>" + r("n") + "</m:sup><m:e>" + sSup(r("k"), r("2")) + "</m:e></m:nary>";
    }

    private static String sSup(String base, String sup) {
        return "<m:sSup><m:e>" + base + "</m:e><m:sup>" + sup + "</m:sup></m:sSup>";
    }

    private static String matrix() {
        StringBuilder m = new StringBuilder("<m:d><m:dPr><m:begChr m:val=\"[\"/><m:endChr m:val=\"]\"/></m:dPr><m:e><m:m>");
        for (int row = 0; row < 3; row++) {
            m.append("<m:mr>");
            for (int col = 0; col < 3; col++) {
                m.append("<m:e>").append(r(row == col ? "1" : "a" + row + col)).append("</m:e>");
            }
            m.append("</m:mr>");
        }
        return m.append("</m:m></m:e></m:d>").toString();
    }

    private static String display(String omml) {
        return "<w:p><m:oMathPara><m:oMath>" + omml + "</m:oMath></m:oMathPara></w:p>";
    }

    private static String inline(String omml) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">Inline </w:t></w:r><m:oMath>" + omml
                + "</m:oMath><w:r><w:t xml:space=\"preserve\"> in text.</w:t></w:r></w:p>";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "fraction       | (a+1)/(b-c)",
        "scripts        | x_i^2+e^(-x)",
        "fenced         | ((a+1)/b)",
        "matrix         | [■(1&a01&a02@a10&1&a12@a20&a21&1)]",
        "sum            | ∑_(k=1)^n k^2",
        "radical        | √(3&x+1)",
    })
    void constructMatchesItsGoldenImageAndCopiesOutLinearly(String name, String linear) throws Exception {
        String body = switch (name) {
            case "fraction" -> display(frac(r("a+1"), r("b-c")));
            case "scripts" -> display("<m:sSubSup><m:e>" + r("x") + "</m:e><m:sub>" + r("i") + "</m:sub><m:sup>" + r("2")
                    + "</m:sup></m:sSubSup>" + r("+") + sSup(r("e"), r("-x")));
            case "fenced" -> display("<m:d><m:e>" + frac(r("a+1"), r("b")) + "</m:e></m:d>");
            case "matrix" -> display(matrix());
            case "sum" -> display(sum("undOvr")) + inline(sum("undOvr"));
            case "radical" -> display("<m:rad><m:deg>" + r("3") + "</m:deg><m:e>" + r("x+1") + "</m:e></m:rad>");
            default -> throw new IllegalArgumentException(name);
        };
        Path docx = writeDocx(dir.resolve(name + ".docx"), body);
        Path pdf = dir.resolve(name + ".pdf");
        Engine.converter().convert(docx, pdf, ConversionListener.NONE);

        assertThat(actualTexts(pdf)).as("the equation's text is its linear form").contains(linear);
        String extracted = pdftotext(pdf);
        if (extracted != null) {
            assertThat(extracted.replaceAll("\\s+", "")).contains(linear.replaceAll("\\s+", ""));
        }
        GoldenImages.assertMatches("math", name, GoldenImages.render(pdf, 0, DPI), 0.97);
    }

    private static Path writeDocx(Path path, String body) throws IOException {
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                + " xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\"><w:body>" + body
                + "<w:sectPr><w:pgSz w:w=\"8000\" w:h=\"4000\"/><w:pgMar w:top=\"720\" w:right=\"720\" w:bottom=\"720\""
                + " w:left=\"720\" w:header=\"0\" w:footer=\"0\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/></Types>";
        // 20-point text by default, so the equations' parts are large enough to compare at low resolution
        String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Liberation Serif\" w:hAnsi=\"Liberation Serif\"/>"
                + "<w:sz w:val=\"40\"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>";
        String documentRels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
        try (OutputStream os = Files.newOutputStream(path); ZipOutputStream zip = new ZipOutputStream(os)) {
            entry(zip, "[Content_Types].xml", types);
            entry(zip, "_rels/.rels", rels);
            entry(zip, "word/document.xml", document);
            entry(zip, "word/styles.xml", styles);
            entry(zip, "word/_rels/document.xml.rels", documentRels);
        }
        return path;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The /ActualText of every marked-content span on the first page. */
    private static List<String> actualTexts(Path pdf) throws IOException {
        List<String> texts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFStreamParser parser = new PDFStreamParser(doc.getPage(0));
            List<Object> operands = new ArrayList<>();
            for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                if (token instanceof Operator op) {
                    if (op.getName().equals("BDC") && operands.size() == 2 && operands.get(1) instanceof COSDictionary d) {
                        String text = d.getString(COSName.getPDFName("ActualText"));
                        if (text != null) {
                            texts.add(text);
                        }
                    }
                    operands.clear();
                } else {
                    operands.add(token);
                }
            }
        }
        return texts;
    }

    /** The first page's text by pdftotext (which honours /ActualText), or null where poppler is not installed. */
    private static String pdftotext(Path pdf) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("pdftotext", "-l", "1", pdf.toString(), "-").redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return null;
        }
        try (InputStream in = p.getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 ? text : null;
        }
    }

}
