package org.inkpool.pdf.font;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.inkpool.pdf.TestFonts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Glyph outlines' vertical extents, which math stacks its parts by. */
class GlyphInkTest {

    private static void assertLatinInk(LoadedFont font) {
        double[] x = font.ink('x', 10);
        double[] b = font.ink('b', 10);
        double[] p = font.ink('p', 10);
        assertThat(x[0]).as("x reaches the x-height").isBetween(4.0, 6.0);
        assertThat(b[0]).as("b's ascender is above the x-height").isGreaterThan(x[0] + 1.5);
        assertThat(x[1]).as("x sits on the baseline").isCloseTo(0, within(0.3));
        assertThat(p[1]).as("p descends").isGreaterThan(1.5);
        assertThat(font.ink(' ', 10)).as("a space has no ink").containsExactly(0, 0);
        assertThat(font.ink(0x10FFFD, 10)).as("no glyph").isNull();
    }

    @Test
    void aParsedFontMeasuresItsGlyphOutlines() throws IOException {
        assertLatinInk(LoadedFont.load("DejaVu Sans", false, false, FontSource.resource("fonts/DejaVuSans.ttf")));
    }

    @Test
    void anInstalledFaceReadsTheOutlinesFromItsFileAsFontBoxReadsThem() throws IOException {
        Path file = TestFonts.require(TestFonts.LIBERATION_SERIF);
        LoadedFont installed = LoadedFont.loadInstalled("Liberation Serif", false, false, FontSource.file(file, 0),
                FontInstanceBudget.UNLIMITED, GlyphSource.open(file, 0));
        assertLatinInk(installed);
        try (TrueTypeFont font = FontSource.file(file, 0).open()) {
            int gid = font.getUnicodeCmapLookup(false).getGlyphId('g');
            double scale = 10.0 / font.getUnitsPerEm();
            double[] ink = installed.ink('g', 10);
            assertThat(ink[0]).isCloseTo(font.getGlyph().getGlyph(gid).getYMaximum() * scale, within(1e-9));
            assertThat(ink[1]).isCloseTo(-font.getGlyph().getGlyph(gid).getYMinimum() * scale, within(1e-9));
        }
    }
}
