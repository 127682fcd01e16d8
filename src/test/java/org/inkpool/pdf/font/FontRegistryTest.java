package org.inkpool.pdf.font;

import org.inkpool.pdf.TestFonts;
import org.inkpool.layout.font.FontFace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FontRegistryTest {

    @TempDir
    Path fonts;
    @TempDir
    Path cache;

    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void installFonts() throws IOException {
        TestFonts.install(TestFonts.CARLITO, fonts);
        TestFonts.install(TestFonts.CARLITO_BOLD, fonts);
        TestFonts.install(TestFonts.LIBERATION_SERIF, fonts);
        TestFonts.install(TestFonts.WQY_ZENHEI, fonts);
    }

    private FontRegistry registry() {
        return FontRegistry.create(List.of(fonts), cache);
    }

    private DocumentFonts documentFonts(FontRegistry registry) {
        return new DocumentFonts(registry, List.of(), warnings::add);
    }

    @Test
    void findsFacesByFamilyAndStyle() {
        FontRegistry registry = registry();

        assertThat(registry.find("carlito", false, false)).get()
                .satisfies(found -> assertThat(found.face().bold()).isFalse());
        assertThat(registry.find("Carlito", true, false)).get()
                .satisfies(found -> assertThat(found.face().bold()).isTrue());
        assertThat(registry.find("Liberation Serif", false, false)).isPresent();
        assertThat(registry.find("Nonexistent Sans", false, false)).isEmpty();
    }

    @Test
    void recordsWhichScriptsEachFaceCovers() {
        FontIndex index = registry().index();

        IndexedFace carlito = index.find("Carlito", false, false).orElseThrow();
        IndexedFace zenHei = index.find("WenQuanYi Zen Hei", false, false).orElseThrow();

        assertThat(carlito.covers(Coverage.LATIN | Coverage.CYRILLIC | Coverage.GREEK)).isTrue();
        assertThat(carlito.covers(Coverage.CJK)).isFalse();
        assertThat(zenHei.covers(Coverage.LATIN | Coverage.CJK | Coverage.KANA | Coverage.HANGUL)).isTrue();
        assertThat(zenHei.codePoints().contains('中')).isTrue();
        assertThat(zenHei.index()).isZero();
        assertThat(index.find("WenQuanYi Zen Hei Sharp", false, false).orElseThrow().index()).isEqualTo(2);
        assertThat(index.find("文泉驿等宽正黑", false, false).orElseThrow().index()).isEqualTo(1);
    }

    @Test
    void knowsChineseFamilyNames() {
        FontRegistry registry = registry();

        assertThat(registry.isInstalled("文泉驿正黑")).isTrue();
        assertThat(registry.isInstalled("WenQuanYi Zen Hei")).isTrue();
        FontFace face = documentFonts(registry).faceFor("文泉驿正黑", false, false, '中');
        assertThat(face.name()).isEqualTo("WenQuanYi Zen Hei");
        assertThat(warnings).isEmpty();
    }

    @Test
    void replacesOfficeFontsWithMetricCompatibleOnesAndSaysSoOnce() {
        DocumentFonts fonts = documentFonts(registry());

        FontFace face = fonts.faceFor("Calibri", false, false, 'A');
        fonts.faceFor("Calibri", false, false, 'B');
        FontFace bold = fonts.faceFor("Calibri", true, false, 'A');

        assertThat(face.name()).isEqualTo("Carlito");
        assertThat(bold.name()).isEqualTo("Carlito Bold");
        assertThat(warnings).containsExactly("font 'Calibri' replaced by 'Carlito'");
    }

    @Test
    void mapsChineseFontNamesToAnInstalledCjkFace() {
        DocumentFonts fonts = documentFonts(registry());

        assertThat(fonts.faceFor("宋体", false, false, '中').name()).isEqualTo("WenQuanYi Zen Hei");
        assertThat(fonts.faceFor("Microsoft YaHei", false, false, '文').name()).isEqualTo("WenQuanYi Zen Hei");
        assertThat(warnings).contains("font '宋体' replaced by 'WenQuanYi Zen Hei'",
                "font 'Microsoft YaHei' replaced by 'WenQuanYi Zen Hei'");
    }

    @Test
    void unknownFontsGetAGuessAndAWarning() {
        DocumentFonts fonts = documentFonts(registry());

        assertThat(fonts.faceFor("Foo Antiqua", false, false, 'a').name()).isEqualTo("Liberation Serif");
        assertThat(warnings).containsExactly("font 'Foo Antiqua' not installed, using 'Liberation Serif'");
    }

    @Test
    void fallsBackPerCharacterToACjkFace() {
        DocumentFonts fonts = documentFonts(registry());

        FontFace latin = fonts.faceFor("Carlito", false, false, 'A');
        FontFace chinese = fonts.faceFor("Carlito", false, false, '中');

        assertThat(latin.name()).isEqualTo("Carlito");
        assertThat(chinese.name()).isEqualTo("WenQuanYi Zen Hei");
        assertThat(chinese).isInstanceOf(PdfFontFace.class);
        assertThat(((PdfFontFace) chinese).isFallback()).isTrue();
        assertThat(chinese.advance('中', 10)).isGreaterThan(5);
    }

    @Test
    void reportsAMissingBoldFaceOncePerDocument() {
        DocumentFonts fonts = documentFonts(registry());

        FontFace face = fonts.faceFor("Liberation Serif", true, false, 'A');
        fonts.faceFor("Liberation Serif", true, false, 'B');
        fonts.faceFor("Liberation Serif", true, true, 'C');

        assertThat(face.name()).isEqualTo("Liberation Serif");
        assertThat(warnings).containsExactly(
                "font 'Liberation Serif' has no bold face; bold text is emboldened from its regular face");
    }

    @Test
    void usesTheBundledFacesWhenNoFontIsInstalled(@TempDir Path empty) {
        FontRegistry registry = FontRegistry.create(List.of(empty), cache);
        DocumentFonts fonts = documentFonts(registry);

        assertThat(registry.faceCount()).isZero();
        assertThat(fonts.faceFor("Calibri", false, false, 'A').name()).isEqualTo("DejaVu Sans");
        assertThat(fonts.faceFor("Calibri", false, false, 'Ж').name()).isEqualTo("DejaVu Sans");
        assertThat(fonts.faceFor("Calibri", false, false, '中').name()).isEqualTo("Droid Sans Fallback");
        assertThat(fonts.faceFor("SimSun", false, false, '中').name()).isEqualTo("Droid Sans Fallback");
        assertThat(warnings).contains("font 'Calibri' not installed, using bundled 'DejaVu Sans'",
                "font 'SimSun' not installed, using bundled 'Droid Sans Fallback'");
    }

    @Test
    void learnsThatNoBundledFaceHasACharacterWithoutLoadingOne(@TempDir Path empty) {
        FontRegistry registry = FontRegistry.create(List.of(empty), cache);

        assertThat(registry.fallbackFor(0x10FFFD, false, false)).isEmpty();
        assertThat(registry.loadedFaceCount()).isZero();
        assertThat(registry.fallbackFor('中', false, false).orElseThrow().faceName()).isEqualTo("Droid Sans Fallback");
        assertThat(registry.loadedFaceCount()).isOne();
    }

    @Test
    void aFaceIsNotLoadedToLearnThatItLacksACharacter(@TempDir Path fonts) throws IOException {
        TestFonts.install(TestFonts.CARLITO, fonts);
        FontRegistry registry = FontRegistry.create(List.of(fonts), cache);

        assertThat(registry.findWithGlyph("Carlito", false, false, '中')).isEmpty();
        assertThat(registry.loadedFaceCount()).isZero();
        assertThat(registry.findWithGlyph("Carlito", false, false, 'A').orElseThrow().faceName()).isEqualTo("Carlito");
        assertThat(registry.loadedFaceCount()).isOne();
    }

    @Test
    void neverReturnsNothingForACharacterNoFontHas(@TempDir Path empty) {
        DocumentFonts fonts = documentFonts(FontRegistry.create(List.of(empty), cache));

        FontFace privateUse = fonts.faceFor("Calibri", false, false, 0x10FFFD);
        FontFace unassigned = fonts.faceFor("Calibri", false, false, 0x0378);

        assertThat(privateUse.name()).isEqualTo("DejaVu Sans");
        assertThat(unassigned.name()).isEqualTo("DejaVu Sans");
        assertThat(warnings).noneMatch(w -> w.contains("U+")); // the writer tells what it leaves out, once
    }

    @Test
    void skipsCffFlavouredOpenType() throws IOException {
        TestFonts.install(TestFonts.NIMBUS_SANS_OTF, fonts);

        FontRegistry registry = registry();

        assertThat(registry.isInstalled("Nimbus Sans")).isFalse();
        assertThat(registry.isInstalled("Carlito")).isTrue();
    }

    @Test
    void reusesTheDiskCacheInTheNextProcess() {
        FontRegistry first = registry();
        FontRegistry second = registry();

        assertThat(first.filesParsed()).isEqualTo(4);
        assertThat(second.filesParsed()).isZero();
        assertThat(second.faceCount()).isEqualTo(first.faceCount());
        assertThat(second.isInstalled("文泉驿正黑")).isTrue();
    }

    @Test
    void rescansOnlyChangedFiles() throws IOException {
        registry();
        Path carlito = fonts.resolve(TestFonts.CARLITO.getFileName());
        Files.setLastModifiedTime(carlito, FileTime.fromMillis(Files.getLastModifiedTime(carlito).toMillis() + 5000));

        assertThat(registry().filesParsed()).isEqualTo(1);
    }

    @Test
    void rebuildsACorruptCache() throws IOException {
        registry();
        Path cacheFile;
        try (var files = Files.list(cache)) {
            cacheFile = files.filter(p -> p.getFileName().toString().startsWith("font-index-")).findFirst()
                    .orElseThrow();
        }
        String header = Files.readAllLines(cacheFile).get(0);
        Files.writeString(cacheFile, header + "\nF\tbroken\n", StandardCharsets.UTF_8);

        FontRegistry rebuilt = registry();

        assertThat(rebuilt.filesParsed()).isEqualTo(4);
        assertThat(rebuilt.isInstalled("Carlito")).isTrue();
        assertThat(Files.readString(cacheFile)).startsWith(header + "\n").endsWith("end\n");
        assertThat(registry().filesParsed()).isZero();
    }

    @Test
    void usesTheDocumentsEmbeddedFontForItsFamily() throws IOException {
        byte[] data = Files.readAllBytes(TestFonts.require(TestFonts.LIBERATION_SERIF));
        DocumentFonts fonts = new DocumentFonts(registry(),
                List.of(new org.inkpool.model.EmbeddedFont("Calibri", false, false, data)), warnings::add);

        FontFace face = fonts.faceFor("Calibri", false, false, 'A');

        assertThat(face.name()).isEqualTo("Calibri");
        assertThat(face.lineHeight(12)).isEqualTo(13.80, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(warnings).isEmpty();
    }

    @Test
    void fillsGapsInAnEmbeddedSubsetFromTheInstalledFontOfThatFamily() throws IOException {
        byte[] latinOnly = Files.readAllBytes(TestFonts.require(TestFonts.LIBERATION_SERIF));
        DocumentFonts fonts = new DocumentFonts(registry(),
                List.of(new org.inkpool.model.EmbeddedFont("WenQuanYi Zen Hei", false, false, latinOnly)),
                warnings::add);

        FontFace latin = fonts.faceFor("WenQuanYi Zen Hei", false, false, 'A');
        FontFace chinese = fonts.faceFor("WenQuanYi Zen Hei", false, false, '中');

        assertThat(latin.advance('A', 10)).isNotEqualTo(chinese.advance('A', 10));
        assertThat(chinese.name()).isEqualTo("WenQuanYi Zen Hei");
        assertThat(((PdfFontFace) chinese).isFallback()).isFalse();
        assertThat(chinese.lineHeight(12)).isEqualTo(latin.lineHeight(12));
        assertThat(warnings).isEmpty();
    }

    @Test
    void documentsOnSeveralThreadsShareOneLoadedFont() throws Exception {
        FontRegistry registry = registry();
        int threads = 4;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<List<LoadedFont>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    DocumentFonts fonts = new DocumentFonts(registry, List.of(), message -> { });
                    start.await();
                    PdfFontFace latin = (PdfFontFace) fonts.faceFor("Calibri", false, false, 'A');
                    PdfFontFace chinese = (PdfFontFace) fonts.faceFor("Calibri", false, false, '中');
                    return List.of(latin.font(), chinese.font());
                }));
            }
            start.countDown();
            List<LoadedFont> first = results.get(0).get(60, java.util.concurrent.TimeUnit.SECONDS);
            for (var result : results) {
                List<LoadedFont> fonts = result.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(fonts.get(0)).isSameAs(first.get(0));
                assertThat(fonts.get(1)).isSameAs(first.get(1));
            }
            assertThat(first.get(0).instancesOpened()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fallsBackToAFaceOfTheSameKindFirst() throws IOException {
        TestFonts.install(TestFonts.CALADEA, fonts);
        TestFonts.install(TestFonts.DEJAVU_SANS, fonts); // the general fallback's first choice, but a sans
        DocumentFonts fonts = documentFonts(registry());

        FontFace latin = fonts.faceFor("Cambria", false, false, 'D');
        FontFace cyrillic = fonts.faceFor("Cambria", false, false, 'Н');

        assertThat(latin.name()).isEqualTo("Caladea");
        assertThat(cyrillic.name()).isEqualTo("Liberation Serif"); // a serif, not the CJK face or a sans
        assertThat(((PdfFontFace) cyrillic).isFallback()).isTrue();
    }
}
