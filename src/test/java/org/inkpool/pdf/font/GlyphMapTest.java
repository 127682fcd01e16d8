package org.inkpool.pdf.font;

import org.inkpool.pdf.TestFonts;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GlyphMapTest {

    /** Every code point, not only those a font maps: a copy that invents or loses one mapping fails. */
    private static void assertSameAsFontBox(FontSource source) throws IOException {
        try (TrueTypeFont font = source.open()) {
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            GlyphMap copy = GlyphMap.of(cmap, font.getNumberOfGlyphs());
            List<String> differences = new ArrayList<>();
            for (int cp = 0; cp <= 0x10FFFF && differences.size() < 5; cp++) {
                if (copy.glyphId(cp) != cmap.getGlyphId(cp)) {
                    differences.add(Integer.toHexString(cp) + ": " + copy.glyphId(cp) + " vs " + cmap.getGlyphId(cp));
                }
            }
            assertThat(differences).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", "fonts/DroidSansFallbackFull.ttf"})
    void bundledFontsMapEveryCodePointAsFontBoxDoes(String resource) throws IOException {
        assertSameAsFontBox(FontSource.resource(resource));
    }

    @Test
    void installedLatinAndCjkFacesMapEveryCodePointAsFontBoxDoes() throws IOException {
        for (Path font : List.of(TestFonts.CARLITO, TestFonts.LIBERATION_SERIF)) {
            assertSameAsFontBox(FontSource.file(TestFonts.require(font), 0));
        }
        Path wqy = TestFonts.require(TestFonts.WQY_ZENHEI);
        assertSameAsFontBox(FontSource.file(wqy, 0));
        assertSameAsFontBox(FontSource.file(wqy, 1));
    }

    @Test
    void codePointsOutsideUnicodeHaveNoGlyph() throws IOException {
        try (TrueTypeFont font = FontSource.resource("fonts/DejaVuSans.ttf").open()) {
            GlyphMap map = GlyphMap.of(font.getUnicodeCmapLookup(false), font.getNumberOfGlyphs());

            assertThat(map.glyphId('A')).isPositive();
            assertThat(map.glyphId(-1)).isZero();
            assertThat(map.glyphId(0x110000)).isZero();
        }
    }
}
