package org.inkpool.pdf.font;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The vertical extent of glyph outlines (the glyf header's yMin and yMax), read on first use and kept:
 * only math asks for it, for the few glyphs an equation uses, so nothing is read when a font is loaded.
 */
final class GlyphInk {

    /** Reads a glyph's {yMin, yMax} in font units; {0, 0} for an empty glyph. */
    @FunctionalInterface
    interface Reader {
        int[] bounds(int glyphId) throws IOException;
    }

    private static final int[] NONE = {0, 0};

    private final Reader reader;
    private final Map<Integer, int[]> byGlyph = new ConcurrentHashMap<>();

    GlyphInk(Reader reader) {
        this.reader = reader;
    }

    /** {yMin, yMax} of the glyph, in font units; {0, 0} when it is empty or cannot be read. */
    int[] bounds(int glyphId) {
        return byGlyph.computeIfAbsent(glyphId, gid -> {
            try {
                int[] b = reader.bounds(gid);
                return b == null ? NONE : b;
            } catch (IOException | RuntimeException e) {
                return NONE; // a damaged glyph measures as empty; painting reports what it cannot draw
            }
        });
    }

    /** The yMin/yMax from a glyph record as stored in the glyf table (int16 at offsets 4 and 8). */
    static int[] fromRecord(byte[] glyph) {
        if (glyph == null || glyph.length < 10) {
            return NONE;
        }
        return new int[] {(short) GlyphSource.readUInt16(glyph, 4), (short) GlyphSource.readUInt16(glyph, 8)};
    }
}
