package org.inkpool.pdf;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.SetTextHorizontalScaling;
import org.apache.pdfbox.contentstream.operator.text.SetTextRise;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.contentstream.operator.text.SetCharSpacing;
import org.apache.pdfbox.contentstream.operator.text.MoveText;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.inkpool.layout.Docs;
import org.inkpool.layout.LayoutEngine;
import org.inkpool.layout.LayoutProgress;
import org.inkpool.layout.page.LaidOutDocument;
import org.inkpool.model.Document;
import org.inkpool.model.DocumentInfo;
import org.inkpool.model.Paragraph;
import org.inkpool.model.TextRun;
import org.inkpool.model.style.ParagraphProps;
import org.inkpool.model.style.RunProps;
import org.inkpool.pdf.font.DocumentFonts;
import org.inkpool.pdf.font.FontRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Complex scripts reach the PDF as the glyphs the font's OpenType tables give them: the glyph ids drawn are
 * those the JDK's shaper (HarfBuzz) picks for the same text, not the font's plain character glyphs, and the
 * text still extracts. Needs installed fonts with the scripts (Debian: fonts-lohit-deva, fonts-tlwg-garuda-ttf,
 * fonts-dejavu-core); a test whose font is missing is skipped. More font folders: -Dinkpool.testFontDirs=a:b.
 */
class ShapedGlyphsTest {

    /** "Hindi" and "Kshatriya": a reordered vowel sign, a half form, conjuncts. */
    private static final String DEVANAGARI = "हिन्दी क्षत्रिय";
    /** "There" with stacked tone marks and vowels above. */
    private static final String THAI = "ที่นั่นน้ำใส";
    /** "Hello world": every letter in its joining form. */
    private static final String ARABIC = "مرحبا بالعالم";

    @TempDir
    Path fonts;
    @TempDir
    Path cache;

    @Test
    void devanagariIsDrawnWithTheGlyphsOfTheFontsGsub() throws Exception {
        checkShaped(DEVANAGARI, false, "Lohit-Devanagari.ttf", "NotoSansDevanagari-Regular.ttf");
    }

    @Test
    void thaiIsDrawnWithTheGlyphsOfTheFontsGsubAndGpos() throws Exception {
        checkShaped(THAI, false, "Garuda.ttf", "NotoSansThai-Regular.ttf", "Loma.ttf");
    }

    @Test
    void arabicIsDrawnWithTheFontsJoiningFormsNotPresentationForms() throws Exception {
        checkShaped(ARABIC, true, "DejaVuSans.ttf", "NotoSansArabic-Regular.ttf", "NotoNaskhArabic-Regular.ttf");
    }

    private void checkShaped(String text, boolean rightToLeft, String... candidates) throws Exception {
        Optional<Path> found = findFont(candidates);
        assumeTrue(found.isPresent(), "no font for the sample installed: " + Arrays.toString(candidates));
        Path file = Files.copy(found.get(), fonts.resolve(found.get().getFileName()));
        String family;
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
            family = ttf.getNaming().getFontFamily();
        }
        List<Integer> expected = new ArrayList<>();
        List<Integer> plain = new ArrayList<>();
        Font awt = Font.createFont(Font.TRUETYPE_FONT, file.toFile()).deriveFont(1000f);
        for (String word : text.split(" ")) {
            char[] chars = word.toCharArray();
            GlyphVector gv = awt.layoutGlyphVector(new FontRenderContext(null, false, true), chars, 0, chars.length,
                    rightToLeft ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
            for (int code : gv.getGlyphCodes(0, gv.getNumGlyphs(), null)) {
                if (code < 0xFFFE) {
                    expected.add(code);
                }
            }
            GlyphVector unshaped = awt.createGlyphVector(new FontRenderContext(null, false, true), chars);
            for (int code : unshaped.getGlyphCodes(0, unshaped.getNumGlyphs(), null)) {
                plain.add(code);
            }
        }
        assertThat(sorted(expected)).as("the sample is one the font shapes").isNotEqualTo(sorted(plain));

        byte[] pdf = convert(text, family, rightToLeft);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Integer> drawn = drawnGlyphs(doc.getPage(0));
            assertThat(sorted(drawn)).as("glyph ids drawn, against the JDK shaper's for " + family)
                    .isEqualTo(sorted(expected));
            assertThat(new PDFTextStripper().getText(doc).strip()).as("the text copies as written").isEqualTo(text);
        }
        if (!rightToLeft) {
            Optional<String> poppler = pdftotext(pdf);
            poppler.ifPresent(t -> assertThat(t.strip()).as("pdftotext reads the text").isEqualTo(text));
        }
    }

    private byte[] convert(String text, String family, boolean rightToLeft) throws IOException {
        List<String> warnings = new ArrayList<>();
        FontRegistry registry = FontRegistry.create(List.of(fonts), cache);
        RunProps props = new RunProps(family, family, family, family, 14, false, false, RunProps.Underline.NONE,
                false, false, false, false, RunProps.VerticalAlign.BASELINE, null, null, 0, false, 0, 1, 0, 0);
        Docs.PP pp = new Docs.PP();
        ParagraphProps para = (rightToLeft ? pp.rtl() : pp).build();
        Document document = Docs.doc(new Paragraph(para, List.of(new TextRun(text, props)), null, props));
        LaidOutDocument laid = new LayoutEngine(new DocumentFonts(registry, List.of(), warnings::add))
                .layout(document, LayoutProgress.NONE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter(registry, warnings::add).write(laid, DocumentInfo.EMPTY, out, f -> { });
        return out.toByteArray();
    }

    private static List<Integer> sorted(List<Integer> ids) {
        return ids.stream().sorted().toList();
    }

    /** The glyph ids (Identity-H codes, which are the font's glyph ids) every text operator on the page shows. */
    private static List<Integer> drawnGlyphs(PDPage page) throws IOException {
        List<Integer> ids = new ArrayList<>();
        PDFStreamEngine engine = new PDFStreamEngine() {
            {
                addOperator(new BeginText(this));
                addOperator(new EndText(this));
                addOperator(new SetFontAndSize(this));
                addOperator(new ShowText(this));
                addOperator(new ShowTextAdjusted(this));
                addOperator(new SetTextRise(this));
                addOperator(new SetCharSpacing(this));
                addOperator(new SetTextHorizontalScaling(this));
                addOperator(new SetMatrix(this));
                addOperator(new MoveText(this));
                addOperator(new Save(this));
                addOperator(new Restore(this));
                addOperator(new Concatenate(this));
                addOperator(new DrawObject(this));
            }

            @Override
            protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) {
                if (code != 3 || !" ".equals(safeUnicode(font, code))) {
                    ids.add(code);
                }
            }
        };
        engine.processPage(page);
        return ids;
    }

    private static String safeUnicode(PDFont font, int code) {
        return font.toUnicode(code);
    }

    private static Optional<Path> findFont(String... names) throws IOException {
        List<Path> roots = new ArrayList<>();
        String extra = System.getProperty("inkpool.testFontDirs");
        if (extra != null) {
            for (String dir : extra.split(File.pathSeparator)) {
                roots.add(Path.of(dir));
            }
        }
        roots.add(Path.of("/usr/share/fonts"));
        roots.add(Path.of("/usr/local/share/fonts"));
        for (String name : names) {
            for (Path root : roots) {
                if (!Files.isDirectory(root)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(root)) {
                    Optional<Path> hit = walk.filter(p -> p.getFileName().toString().equals(name)).findFirst();
                    if (hit.isPresent()) {
                        return hit;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Poppler's reading of the PDF, where pdftotext is installed. */
    private static Optional<String> pdftotext(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("shaped", ".pdf");
        try {
            Files.write(file, pdf);
            Process p;
            try {
                p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").start();
            } catch (IOException notInstalled) {
                return Optional.empty();
            }
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return p.waitFor() == 0 ? Optional.of(out) : Optional.empty();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
