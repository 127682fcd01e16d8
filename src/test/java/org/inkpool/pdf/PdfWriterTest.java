package org.inkpool.pdf;

import org.inkpool.pdf.font.DocumentFonts;
import org.inkpool.pdf.font.FontRegistry;
import org.inkpool.pdf.font.LoadedFont;
import org.inkpool.pdf.font.PdfFontFace;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.inkpool.layout.page.FilledRect;
import org.inkpool.layout.font.FontFace;
import org.inkpool.layout.page.GlyphRun;
import org.inkpool.layout.page.LaidOutDocument;
import org.inkpool.layout.page.Page;
import org.inkpool.layout.page.PageItem;
import org.inkpool.layout.page.PlacedImage;
import org.inkpool.layout.page.Rule;
import org.inkpool.model.DocumentInfo;
import org.inkpool.model.InlineImage;
import org.inkpool.model.style.Rgb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PdfWriterTest {

    private static final double A4_WIDTH = 595.28;
    private static final double A4_HEIGHT = 841.89;

    @TempDir
    static Path cache;
    private static FontRegistry registry;
    private static byte[] jpeg;

    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void setUp() throws IOException {
        assumeTrue(Files.isDirectory(TestFonts.SYSTEM_FONTS), "no system fonts");
        registry = FontRegistry.create(List.of(TestFonts.SYSTEM_FONTS), cache);
        jpeg = encode(picture(), "jpg");
    }

    private static BufferedImage picture() {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 40, 30);
        g.setColor(Color.BLUE);
        g.fillOval(5, 5, 20, 20);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    /** A run in the face layout would pick for its first character. */
    private static GlyphRun run(DocumentFonts fonts, String family, String text, double x, double baseline) {
        FontFace face = fonts.faceFor(family, false, false, text.codePointAt(0));
        return new GlyphRun(x, baseline, face, 12, text, Rgb.BLACK, 0);
    }

    /**
     * The budget applies before painting: a large face the previous document painted with is closed before
     * the next document, which does not use it, paints its first page, not after its last.
     */
    @Test
    void aLargeFaceThePreviousDocumentUsedIsClosedBeforeTheNextPaints(@TempDir Path noFonts) throws IOException {
        // the bundled faces: DejaVu Sans and the 13 MB (parsed) Droid Sans Fallback
        FontRegistry small = FontRegistry.create(List.of(noFonts), noFonts.resolve("cache"), 8L << 20);
        DocumentFonts fonts = new DocumentFonts(small, List.of(), warnings::add);
        GlyphRun chinese = run(fonts, "SimSun", "中文", 72, 100);
        GlyphRun latin = run(fonts, "Calibri", "Latin", 72, 130);
        LoadedFont cjk = ((PdfFontFace) chinese.face()).font();
        PdfWriter writer = new PdfWriter(small, warnings::add);

        writer.write(new LaidOutDocument(List.of(new Page(A4_WIDTH, A4_HEIGHT, List.of(chinese, latin)))),
                DocumentInfo.EMPTY, new ByteArrayOutputStream(), p -> { });
        assertThat(cjk.idleBytes()).as("kept for a next Chinese document").isPositive();

        List<Long> cjkIdleWhilePainting = new ArrayList<>();
        writer.write(new LaidOutDocument(List.of(new Page(A4_WIDTH, A4_HEIGHT, List.of(latin)))),
                DocumentInfo.EMPTY, new ByteArrayOutputStream(), p -> cjkIdleWhilePainting.add(cjk.idleBytes()));
        assertThat(cjkIdleWhilePainting.get(0)).isZero();
    }

    private LaidOutDocument sample(DocumentFonts fonts) throws IOException {
        List<PageItem> first = new ArrayList<>();
        first.add(new FilledRect(60, 80, 200, 30, new Rgb(0xFFFF00)));
        first.add(run(fonts, "Calibri", "Hello Inkpool", 72, 100));
        first.add(run(fonts, "SimSun", "中文测试", 72, 130));
        first.add(run(fonts, "Times New Roman", "Привет мир", 72, 160));
        first.add(new GlyphRun(72, 190, fonts.faceFor("Calibri", true, false, 'S'), 14, "Spaced", new Rgb(0xC00000),
                2));
        first.add(new Rule(72, 195, 300, 195, 0.75, Rgb.BLACK, Rule.Style.SOLID));
        first.add(new Rule(72, 200, 300, 200, 1, Rgb.BLACK, Rule.Style.DOTTED));
        first.add(new Rule(72, 205, 300, 205, 1, Rgb.BLACK, Rule.Style.DASHED));
        first.add(new PlacedImage(72, 220, 80, 60, new InlineImage(jpeg, InlineImage.ImageFormat.JPEG, 80, 60, "jpeg")));
        first.add(new PlacedImage(160, 220, 40, 30,
                new InlineImage(encode(picture(), "png"), InlineImage.ImageFormat.PNG, 40, 30, "png")));
        first.add(new PlacedImage(210, 220, 40, 30,
                new InlineImage(encode(picture(), "gif"), InlineImage.ImageFormat.GIF, 40, 30, "gif")));
        first.add(new PlacedImage(260, 220, 40, 30,
                new InlineImage(new byte[] {1, 2, 3}, InlineImage.ImageFormat.PNG, 40, 30, "broken")));
        List<PageItem> second = List.of(run(fonts, "Calibri", "Second page", 72, 72));
        return new LaidOutDocument(List.of(new Page(A4_WIDTH, A4_HEIGHT, first), new Page(612, 792, second)));
    }

    private byte[] write(LaidOutDocument document, DocumentInfo info, List<Double> progress) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter(registry, warnings::add).write(document, info, out, progress::add);
        return out.toByteArray();
    }

    @Test
    void writesExtractableLatinChineseAndRussianText() throws IOException {
        byte[] pdf = write(sample(new DocumentFonts(registry, List.of(), warnings::add)), DocumentInfo.EMPTY,
                new ArrayList<>());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Hello Inkpool", "中文测试", "Привет мир", "Second page");
            // the stripper may read the 2 pt letter-spacing as word gaps; the letters are all there, in order
            assertThat(text.replace(" ", "")).contains("Spaced");
            assertThat(text.indexOf("Hello Inkpool")).isLessThan(text.indexOf("中文测试"));
            assertThat(text.indexOf("中文测试")).isLessThan(text.indexOf("Привет мир"));
        }
    }

    @Test
    void embedsEveryFont() throws IOException {
        byte[] pdf = write(sample(new DocumentFonts(registry, List.of(), warnings::add)), DocumentInfo.EMPTY,
                new ArrayList<>());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
            assertThat(fonts).hasSizeGreaterThanOrEqualTo(3);
            assertThat(fonts).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
        }
    }

    @Test
    void appliesCharacterSpacingAsTc() throws IOException {
        byte[] pdf = write(sample(new DocumentFonts(registry, List.of(), warnings::add)), DocumentInfo.EMPTY,
                new ArrayList<>());

        try (PDDocument document = Loader.loadPDF(pdf); InputStream content = document.getPage(0).getContents()) {
            String operators = new String(content.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(operators).contains("2 Tc", "0 Tc");
        }
    }

    @Test
    void placesEveryGlyphWhereLayoutMeasuredIt() throws IOException {
        DocumentFonts fonts = new DocumentFonts(registry, List.of(), warnings::add);
        FontFace face = fonts.faceFor("Calibri", false, false, 'T');
        String text = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs.";
        LaidOutDocument document = new LaidOutDocument(List.of(new Page(A4_WIDTH, A4_HEIGHT,
                List.of(new GlyphRun(20, 72, face, 11, text, Rgb.BLACK, 0.5)))));

        byte[] pdf = write(document, DocumentInfo.EMPTY, new ArrayList<>());

        List<TextPosition> positions = textPositions(pdf);
        assertThat(positions).hasSize(text.length());
        double x = 20;
        for (int i = 0; i < text.length(); i++) {
            assertThat((double) positions.get(i).getXDirAdj()).as("x of '%s' at %d", text.charAt(i), i)
                    .isCloseTo(x, org.assertj.core.data.Offset.offset(0.0101));
            x += face.advance(text.charAt(i), 11) + 0.5;
        }
    }

    @Test
    void emboldensAndSlantsFontsThatLackBoldAndItalicFaces() throws IOException {
        DocumentFonts fonts = new DocumentFonts(registry, List.of(), warnings::add);
        FontFace boldChinese = fonts.faceFor("SimHei", true, false, '标');
        FontFace italicChinese = fonts.faceFor("SimHei", false, true, '标');
        FontFace realBold = fonts.faceFor("Calibri", true, false, 'B');
        LaidOutDocument document = new LaidOutDocument(List.of(new Page(A4_WIDTH, A4_HEIGHT, List.of(
                new GlyphRun(72, 72, realBold, 12, "Bold", Rgb.BLACK, 0),
                new GlyphRun(72, 100, boldChinese, 12, "标题", Rgb.BLACK, 0),
                new GlyphRun(72, 130, italicChinese, 12, "斜体", Rgb.BLACK, 0)))));

        byte[] pdf = write(document, DocumentInfo.EMPTY, new ArrayList<>());

        assertThat(((PdfFontFace) realBold).syntheticBold()).isFalse();
        assertThat(((PdfFontFace) boldChinese).syntheticBold()).isTrue();
        try (PDDocument loaded = Loader.loadPDF(pdf); InputStream content = loaded.getPage(0).getContents()) {
            String operators = new String(content.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(operators).contains("2 Tr", "0 Tr", "0.2126");
            assertThat(new PDFTextStripper().getText(loaded)).contains("Bold", "标题", "斜体");
        }
    }

    @Test
    void embedsALaterFaceOfAFontCollection() throws IOException {
        assumeTrue(registry.isInstalled("WenQuanYi Zen Hei Mono"), "needs fonts-wqy-zenhei");
        DocumentFonts fonts = new DocumentFonts(registry, List.of(), warnings::add);
        FontFace mono = fonts.faceFor("WenQuanYi Zen Hei Mono", false, false, '等');

        byte[] pdf = write(new LaidOutDocument(List.of(new Page(A4_WIDTH, A4_HEIGHT,
                List.of(new GlyphRun(72, 72, mono, 12, "等宽字体", Rgb.BLACK, 0))))), DocumentInfo.EMPTY, new ArrayList<>());

        assertThat(mono.name()).isEqualTo("WenQuanYi Zen Hei Mono");
        try (PDDocument loaded = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(loaded)).contains("等宽字体");
            PDResources resources = loaded.getPage(0).getResources();
            PDFont font = resources.getFont(resources.getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("Mono");
        }
    }

    @Test
    void paintsFacesFromOtherFontMetricsAtTheirMeasuredPositions() throws IOException {
        FontFace fixedPitch = new FontFace() {
            @Override
            public String name() {
                return "Liberation Serif";
            }

            @Override
            public double advance(int codePoint, double size) {
                return 7;
            }

            @Override
            public double ascent(double size) {
                return size * 0.8;
            }

            @Override
            public double descent(double size) {
                return size * 0.2;
            }

            @Override
            public double lineHeight(double size) {
                return size * 1.2;
            }
        };
        String text = "Fake\tmetrics 中";
        LaidOutDocument document = new LaidOutDocument(List.of(new Page(A4_WIDTH, A4_HEIGHT,
                List.of(new GlyphRun(72, 72, fixedPitch, 10, text, Rgb.BLACK, 0)))));

        byte[] pdf = write(document, DocumentInfo.EMPTY, new ArrayList<>());

        List<TextPosition> positions = textPositions(pdf);
        assertThat(positions).extracting(TextPosition::getUnicode)
                .containsExactly("F", "a", "k", "e", "m", "e", "t", "r", "i", "c", "s", " ", "中");
        int[] columns = {0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13}; // the tab at 4 is not drawn
        for (int i = 0; i < columns.length; i++) {
            assertThat((double) positions.get(i).getXDirAdj()).isCloseTo(72 + 7.0 * columns[i],
                    org.assertj.core.data.Offset.offset(0.002));
        }
    }

    @Test
    void sizesPagesAsLaidOut() throws IOException {
        byte[] pdf = write(sample(new DocumentFonts(registry, List.of(), warnings::add)), DocumentInfo.EMPTY,
                new ArrayList<>());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat((double) document.getPage(0).getMediaBox().getWidth()).isCloseTo(A4_WIDTH,
                    org.assertj.core.data.Offset.offset(0.01));
            assertThat((double) document.getPage(0).getMediaBox().getHeight()).isCloseTo(A4_HEIGHT,
                    org.assertj.core.data.Offset.offset(0.01));
            assertThat(document.getPage(1).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(document.getPage(1).getMediaBox().getHeight()).isEqualTo(792f);
        }
    }

    @Test
    void embedsJpegBytesUnchangedAndSkipsUndecodablePictures() throws IOException {
        byte[] pdf = write(sample(new DocumentFonts(registry, List.of(), warnings::add)), DocumentInfo.EMPTY,
                new ArrayList<>());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                PDXObject object = resources.getXObject(name);
                if (object instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images).hasSize(3);
            PDImageXObject dct = images.stream().filter(i -> "jpg".equals(i.getSuffix())).findFirst().orElseThrow();
            try (InputStream raw = dct.getCOSObject().createRawInputStream()) {
                assertThat(raw.readAllBytes()).isEqualTo(jpeg);
            }
        }
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("picture 'broken' (PNG) could not be decoded"));
    }

    @Test
    void writesDocumentPropertiesAndReportsProgress() throws IOException {
        List<Double> progress = new ArrayList<>();
        byte[] pdf = write(sample(new DocumentFonts(registry, List.of(), warnings::add)),
                new DocumentInfo("Annual report", "Ada", "Finance", "money, ink"), progress);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            var info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Annual report");
            assertThat(info.getAuthor()).isEqualTo("Ada");
            assertThat(info.getSubject()).isEqualTo("Finance");
            assertThat(info.getKeywords()).isEqualTo("money, ink");
            assertThat(info.getProducer()).isEqualTo("Inkpool");
            assertThat(info.getCreationDate()).isNotNull();
        }
        assertThat(progress).isSorted().hasSize(3).last().isEqualTo(1.0);
    }

    @Test
    void countsCharactersDrawnWithAFallbackFont() throws IOException {
        DocumentFonts fonts = new DocumentFonts(registry, List.of(), warnings::add);
        FontFace latin = fonts.faceFor("Carlito", false, false, 'A');
        FontFace chinese = fonts.faceFor("Carlito", false, false, '中');
        LaidOutDocument document = new LaidOutDocument(List.of(new Page(A4_WIDTH, A4_HEIGHT, List.of(
                new GlyphRun(72, 72, latin, 11, "Abc ", Rgb.BLACK, 0),
                new GlyphRun(72 + 20, 72, chinese, 11, "中文字", Rgb.BLACK, 0)))));

        byte[] pdf = write(document, DocumentInfo.EMPTY, new ArrayList<>());

        assertThat(warnings).contains("3 characters drawn with fallback font '" + chinese.name() + "'");
        try (PDDocument loaded = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(loaded)).contains("中文字");
        }
    }

    @Test
    void keepsTheLastDocumentsFontsAndClosesOlderOnesBeyondTheMemoryBudget(@TempDir Path noFonts)
            throws IOException {
        // the bundled faces (installed ones keep no parsed instance at all)
        FontRegistry tight = FontRegistry.create(List.of(noFonts), noFonts.resolve("cache"), 1);
        DocumentFonts fonts = new DocumentFonts(tight, List.of(), warnings::add);
        FontFace latin = fonts.faceFor("Carlito", false, false, 'A');
        FontFace chinese = fonts.faceFor("Carlito", false, false, '中');
        LaidOutDocument both = new LaidOutDocument(List.of(new Page(A4_WIDTH, A4_HEIGHT, List.of(
                new GlyphRun(72, 72, latin, 11, "Abc", Rgb.BLACK, 0),
                new GlyphRun(100, 72, chinese, 11, "中文", Rgb.BLACK, 0)))));
        LaidOutDocument latinOnly = new LaidOutDocument(List.of(new Page(A4_WIDTH, A4_HEIGHT, List.of(
                new GlyphRun(72, 72, latin, 11, "Abc", Rgb.BLACK, 0)))));
        LoadedFont carlito = ((PdfFontFace) latin).font();
        LoadedFont cjk = ((PdfFontFace) chinese).font();

        assertThat(textOf(tight, both)).contains("Abc", "中文");
        int opened = carlito.instancesOpened() + cjk.instancesOpened();
        // a second document like the first finds both fonts parsed, though together they exceed the budget
        assertThat(textOf(tight, both)).contains("Abc", "中文");
        assertThat(carlito.instancesOpened() + cjk.instancesOpened()).isEqualTo(opened);
        assertThat(carlito.idleBytes()).isPositive();
        assertThat(cjk.idleBytes()).isPositive();

        // a document without the Chinese font frees it; its own font stays
        assertThat(textOf(tight, latinOnly)).contains("Abc");
        assertThat(cjk.idleBytes()).isZero();
        assertThat(carlito.idleBytes()).isPositive();
        assertThat(latin.advance('A', 11)).isGreaterThan(0); // measuring needs no parsed instance

        // and parses it again when a document needs it
        assertThat(textOf(tight, both)).contains("中文");
        assertThat(cjk.instancesOpened()).isGreaterThan(1);
    }

    /**
     * An installed face (here WenQuanYi's 17 MB collection) is embedded from the glyphs the document draws,
     * read from the file: after loading, no parsed instance of it is ever kept, and its text comes out whole.
     */
    @Test
    void anInstalledFaceIsEmbeddedWithoutKeepingAParsedInstance() throws IOException {
        TestFonts.require(TestFonts.WQY_ZENHEI);
        DocumentFonts fonts = new DocumentFonts(registry, List.of(), warnings::add);
        FontFace chinese = fonts.faceFor("SimSun", false, false, '中');
        LoadedFont cjk = ((PdfFontFace) chinese).font();
        assertThat(cjk.faceName()).isEqualTo("WenQuanYi Zen Hei");
        LaidOutDocument document = new LaidOutDocument(List.of(new Page(A4_WIDTH, A4_HEIGHT, List.of(
                new GlyphRun(72, 72, chinese, 11, "中文测试", Rgb.BLACK, 0),
                new GlyphRun(72, 100, chinese, 11, "标题", Rgb.BLACK, 0)))));

        assertThat(textOf(registry, document)).contains("中文测试", "标题");
        assertThat(textOf(registry, document)).contains("中文测试", "标题");
        assertThat(cjk.instancesOpened()).isOne();
        assertThat(cjk.idleBytes()).isZero();
    }

    private String textOf(FontRegistry fonts, LaidOutDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter(fonts, warnings::add).write(document, DocumentInfo.EMPTY, out, p -> { });
        try (PDDocument loaded = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(loaded);
        }
    }

    @Test
    void reportsCharactersNoFontHasOnceWithExamples() throws IOException {
        DocumentFonts fonts = new DocumentFonts(registry, List.of(), warnings::add);
        String text = "a\uF0F6\uF0F7b\u0378\uF0F6";
        LaidOutDocument document = new LaidOutDocument(List.of(new Page(A4_WIDTH, A4_HEIGHT,
                List.of(new GlyphRun(72, 72, fonts.faceFor("Calibri", false, false, 'a'), 11, text, Rgb.BLACK, 0)))));

        byte[] pdf = write(document, DocumentInfo.EMPTY, new ArrayList<>());

        assertThat(warnings).contains(
                "4 characters left out: no installed font has a glyph for them (U+0378, U+F0F6, U+F0F7)");
        try (PDDocument loaded = Loader.loadPDF(pdf)) {
            // the left-out characters keep their measured room, which the stripper reads as a space
            assertThat(new PDFTextStripper().getText(loaded).strip().replace(" ", "")).isEqualTo("ab");
        }
    }

    @Test
    void twoThreadsWriteAtOnceWithSharedFonts() throws Exception {
        int threads = 2;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<String> job = () -> {
                    DocumentFonts fonts = new DocumentFonts(registry, List.of(), warnings::add);
                    LaidOutDocument document = sample(fonts);
                    start.await();
                    StringBuilder texts = new StringBuilder();
                    for (int round = 0; round < 3; round++) {
                        byte[] pdf = write(document, DocumentInfo.EMPTY, new ArrayList<>());
                        try (PDDocument loaded = Loader.loadPDF(pdf)) {
                            texts.append(new PDFTextStripper().getText(loaded));
                        }
                    }
                    return texts.toString();
                };
                results.add(pool.submit(job));
            }
            start.countDown();
            for (Future<String> result : results) {
                String text = result.get(120, TimeUnit.SECONDS);
                assertThat(text.split("中文测试", -1)).hasSize(4);
                assertThat(text.split("Привет мир", -1)).hasSize(4);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every glyph PDFBox's text extraction sees, in content order. */
    private static List<TextPosition> textPositions(byte[] pdf) throws IOException {
        List<TextPosition> positions = new ArrayList<>();
        try (PDDocument loaded = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition position) {
                    positions.add(position);
                }
            }.getText(loaded);
        }
        return positions;
    }
}
