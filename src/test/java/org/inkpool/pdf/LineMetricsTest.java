package org.inkpool.pdf;

import org.inkpool.pdf.font.DocumentFonts;
import org.inkpool.pdf.font.FontRegistry;
import org.inkpool.pdf.font.FontSource;
import org.inkpool.pdf.font.LoadedFont;
import org.inkpool.pdf.font.OfficeFontMetrics;
import org.inkpool.pdf.font.VerticalMetrics;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.inkpool.layout.font.FontFace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Word's single line heights (word-layout-facts §2) and exact advances. */
class LineMetricsTest {

    private static LoadedFont load(Path font) throws IOException {
        return LoadedFont.load("test", false, false, FontSource.file(TestFonts.require(font), 0));
    }

    @Test
    void carlitoElevenPointLineIs13_44() throws IOException {
        assertThat(load(TestFonts.CARLITO).metrics().lineHeight(11)).isEqualTo(13.44, within(1e-9));
    }

    @Test
    void liberationSerifTwelvePointLineIs13_80() throws IOException {
        assertThat(load(TestFonts.LIBERATION_SERIF).metrics().lineHeight(12)).isEqualTo(13.80, within(1e-9));
    }

    @Test
    void liberationSansTenPointLineIs11_52() throws IOException {
        assertThat(load(TestFonts.LIBERATION_SANS).metrics().lineHeight(10)).isEqualTo(11.52, within(1e-9));
    }

    @Test
    void ascentAndDescentAreTheTextPartTheLineAddsTheExternalLeading() throws IOException {
        VerticalMetrics serif = load(TestFonts.LIBERATION_SERIF).metrics(); // win 1825/443, hhea gap 87

        assertThat(serif.ascent(2048)).isEqualTo(1825, within(1e-9));
        assertThat(serif.descent(2048)).isEqualTo(443, within(1e-9));
        assertThat(serif.externalLeading()).isEqualTo(87);
        assertThat(serif.ascent(12) + serif.descent(12) + 87 * 12 / 2048.0)
                .isEqualTo(serif.lineHeight(12), within(0.01));
    }

    @Test
    void officeTableCarriesTheNamedFontsMetrics() {
        VerticalMetrics cambria = OfficeFontMetrics.of("Cambria").orElseThrow();
        VerticalMetrics simsun = OfficeFontMetrics.of("宋体").orElseThrow();

        assertThat(OfficeFontMetrics.of(" CALIBRI ")).isPresent();
        assertThat((cambria.winAscent() + cambria.winDescent()) / (double) cambria.unitsPerEm())
                .isEqualTo(1.172, within(0.001));
        assertThat(simsun).isEqualTo(OfficeFontMetrics.of("SimSun").orElseThrow());
        assertThat(OfficeFontMetrics.of("No Such Font")).isEmpty();
    }

    @Test
    void aSubstituteMeasuresWithItsOwnWidthsButTheNamedFontsLineHeight(@TempDir Path fonts, @TempDir Path cache)
            throws IOException {
        TestFonts.install(TestFonts.CALADEA, fonts);
        List<String> warnings = new ArrayList<>();
        DocumentFonts documentFonts = new DocumentFonts(FontRegistry.create(List.of(fonts), cache), List.of(),
                warnings::add);

        FontFace cambria = documentFonts.faceFor("Cambria", false, false, 'H');
        FontFace caladea = documentFonts.faceFor("Caladea", false, false, 'H');

        assertThat(cambria.name()).isEqualTo("Caladea");
        assertThat(cambria.advance('H', 12)).isEqualTo(caladea.advance('H', 12));
        // Cambria (1946 + 455) / 2048 × 12 = 14.07 → 14.04 on Word's 1/600 in grid; Caladea alone is 15.60.
        assertThat(cambria.lineHeight(12)).isEqualTo(14.04, within(1e-9));
        assertThat(caladea.lineHeight(12)).isEqualTo(15.60, within(1e-9));
        assertThat(warnings).containsExactly("font 'Cambria' replaced by 'Caladea'");
    }

    @Test
    void advancesAreExactFontUnitsNotThousandthsOfAnEm() throws IOException {
        Path file = TestFonts.require(TestFonts.CARLITO);
        LoadedFont carlito = load(file);
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
            int gid = ttf.getUnicodeCmapLookup().getGlyphId('W');
            double expected = ttf.getAdvanceWidth(gid) * 11.0 / ttf.getUnitsPerEm();

            assertThat(carlito.advance('W', 11)).isEqualTo(expected);
            assertThat(carlito.advance('W', 11)).isEqualTo(expected); // second call served from the cache
        }
        assertThat(carlito.hasGlyph('W')).isTrue();
        assertThat(carlito.hasGlyph('中')).isFalse();
    }
}
