package org.inkpool.pdf.font;

import org.inkpool.pdf.TestFonts;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SmallFaceTest {

    private static Map<Integer, Integer> glyphsOf(TrueTypeFont font, String text) throws IOException {
        Map<Integer, Integer> glyphs = new HashMap<>();
        text.codePoints().forEach(cp -> {
            try {
                glyphs.put(cp, font.getUnicodeCmapLookup(false).getGlyphId(cp));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return glyphs;
    }

    private static String outline(TrueTypeFont font, int gid) throws IOException {
        GlyphData glyph = font.getGlyph().getGlyph(gid);
        return glyph == null ? "empty" : glyph.getPath().getBounds2D() + " " + glyph.getDescription().getPointCount();
    }

    /** The small copy maps the document's characters to the same glyphs, drawn the same, and nothing else. */
    private static void assertSmallCopyDraws(Path file, int index, String text) throws IOException {
        try (TrueTypeFont original = FontSource.file(TestFonts.require(file), index).open()) {
            Map<Integer, Integer> glyphs = glyphsOf(original, text);
            byte[] data = SmallFace.build(GlyphSource.open(file, index), glyphs);
            try (TrueTypeFont small = new TTFParser().parse(new RandomAccessReadBuffer(data))) {
                assertThat(small.getNumberOfGlyphs()).isEqualTo(original.getNumberOfGlyphs());
                assertThat(small.getName()).isEqualTo(original.getName());
                for (Map.Entry<Integer, Integer> e : glyphs.entrySet()) {
                    int gid = e.getValue();
                    assertThat(small.getUnicodeCmapLookup(false).getGlyphId(e.getKey())).isEqualTo(gid);
                    assertThat(outline(small, gid)).isEqualTo(outline(original, gid));
                    assertThat(small.getAdvanceWidth(gid)).isEqualTo(original.getAdvanceWidth(gid));
                }
                int other = original.getUnicodeCmapLookup(false).getGlyphId('Z');
                assertThat(small.getUnicodeCmapLookup(false).getGlyphId('Z')).isZero();
                assertThat(small.getGlyph().getGlyph(other).getDescription().getPointCount()).isZero();
                assertThat(data.length).isLessThan((int) java.nio.file.Files.size(file) / 4);
            }
        }
    }

    @Test
    void aCjkFaceOfACollectionKeepsTheGlyphsOfTheDocumentsCharacters() throws IOException {
        assertSmallCopyDraws(TestFonts.WQY_ZENHEI, 0, "中文测试，标题。");
        assertSmallCopyDraws(TestFonts.WQY_ZENHEI, 1, "等宽字体");
    }

    /** Liberation Serif draws accented letters as composites of a base letter and an accent. */
    @Test
    void compositeGlyphsBringTheirComponents() throws IOException {
        try (TrueTypeFont original = FontSource.file(TestFonts.require(TestFonts.LIBERATION_SERIF), 0).open()) {
            int gid = original.getUnicodeCmapLookup(false).getGlyphId('é');
            assertThat(original.getGlyph().getGlyph(gid).getDescription().isComposite()).isTrue();
        }
        assertSmallCopyDraws(TestFonts.LIBERATION_SERIF, 0, "éàü");
    }

    @Test
    void aFaceIndexTheFileDoesNotHaveIsAnError() {
        Path serif = TestFonts.require(TestFonts.LIBERATION_SERIF);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GlyphSource.open(serif, 1))
                .isInstanceOf(IOException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GlyphSource.open(TestFonts.require(TestFonts.WQY_ZENHEI), 5))
                .isInstanceOf(IOException.class);
    }
}
