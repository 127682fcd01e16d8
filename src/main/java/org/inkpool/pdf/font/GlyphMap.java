package org.inkpool.pdf.font;

import org.apache.fontbox.ttf.CmapLookup;

import java.util.List;

/**
 * A font's cmap (code point → glyph id) copied into pages of 256 {@code char}s, for measuring. FontBox keeps
 * its cmap as boxed hash maps tied to a parsed instance: ~16 MB for a CJK face, which the font would keep
 * alive after its instance is closed. Glyph ids fit a {@code char} (a font has at most 65,535 glyphs).
 */
final class GlyphMap {

    private static final int PAGE_BITS = 8;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;
    private static final int LAST_CODE_POINT = 0x10FFFF;

    private final char[][] pages = new char[(LAST_CODE_POINT >> PAGE_BITS) + 1][];

    private GlyphMap() {
    }

    /**
     * Copies every mapping of {@code cmap}. The codes are found by walking the glyphs (much cheaper than
     * the code space); each code's glyph is then asked of the cmap itself, so a code listed for two glyphs
     * maps where FontBox maps it.
     */
    static GlyphMap of(CmapLookup cmap, int numberOfGlyphs) {
        GlyphMap map = new GlyphMap();
        for (int gid = 1; gid < numberOfGlyphs; gid++) {
            List<Integer> codes = cmap.getCharCodes(gid);
            if (codes == null) {
                continue;
            }
            for (int code : codes) {
                if (code >= 0 && code <= LAST_CODE_POINT) {
                    map.put(code, cmap.getGlyphId(code));
                }
            }
        }
        return map;
    }

    private void put(int codePoint, int glyphId) {
        if (glyphId <= 0 || glyphId > Character.MAX_VALUE) {
            return;
        }
        char[] page = pages[codePoint >> PAGE_BITS];
        if (page == null) {
            page = new char[PAGE_SIZE];
            pages[codePoint >> PAGE_BITS] = page;
        }
        page[codePoint & (PAGE_SIZE - 1)] = (char) glyphId;
    }

    /** The glyph for {@code codePoint}, 0 (.notdef) when the font has none. */
    int glyphId(int codePoint) {
        if (codePoint < 0 || codePoint > LAST_CODE_POINT) {
            return 0;
        }
        char[] page = pages[codePoint >> PAGE_BITS];
        return page == null ? 0 : page[codePoint & (PAGE_SIZE - 1)];
    }
}
