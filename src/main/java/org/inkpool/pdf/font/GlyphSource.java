package org.inkpool.pdf.font;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One face of an installed TrueType file (or collection), read straight from the file: its table directory
 * and glyph locations are kept (a few hundred KB for a CJK face), its tables and glyphs are read when asked.
 * It lets a document embed a face without FontBox parsing all of it ({@link SmallFace}).
 */
final class GlyphSource {
    private static final int TTC_TAG = 0x74746366; // 'ttcf'

    private final Path file;
    private final Map<String, long[]> tables;
    /** File offset of each glyph's data, numGlyphs + 1 entries (a glyph's length is the next minus its own). */
    private final long[] glyphOffsets;

    private GlyphSource(Path file, Map<String, long[]> tables, long[] glyphOffsets) {
        this.file = file;
        this.tables = tables;
        this.glyphOffsets = glyphOffsets;
    }

    /** Reads the directory of face {@code index} of {@code file} (0 for a plain TrueType file). */
    static GlyphSource open(Path file, int index) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long directory = 0;
            if (in.readInt() == TTC_TAG) {
                in.readInt(); // version
                int faces = in.readInt();
                if (index < 0 || index >= faces) {
                    throw new IOException("no face " + index + " in " + file);
                }
                in.seek(12 + 4L * index);
                directory = in.readInt() & 0xFFFFFFFFL;
            } else if (index != 0) {
                throw new IOException("no face " + index + " in " + file);
            }
            in.seek(directory + 4);
            int count = in.readUnsignedShort();
            in.skipBytes(6);
            Map<String, long[]> tables = new HashMap<>();
            for (int i = 0; i < count; i++) {
                byte[] tag = new byte[4];
                in.readFully(tag);
                in.readInt(); // checksum
                long offset = in.readInt() & 0xFFFFFFFFL;
                long length = in.readInt() & 0xFFFFFFFFL;
                if (offset + length > in.length()) {
                    throw new IOException("table beyond the end of " + file);
                }
                tables.put(new String(tag, StandardCharsets.ISO_8859_1), new long[] {offset, length});
            }
            for (String required : new String[] {"head", "hhea", "maxp", "hmtx", "loca", "glyf"}) {
                if (!tables.containsKey(required)) {
                    throw new IOException("no " + required + " table in " + file);
                }
            }
            return new GlyphSource(file, tables, glyphOffsets(in, tables));
        }
    }

    private static long[] glyphOffsets(RandomAccessFile in, Map<String, long[]> tables) throws IOException {
        long[] head = tables.get("head");
        in.seek(head[0] + 50);
        boolean longOffsets = in.readShort() == 1;
        in.seek(tables.get("maxp")[0] + 4);
        int glyphs = in.readUnsignedShort();
        long[] loca = tables.get("loca");
        long[] glyf = tables.get("glyf");
        int entrySize = longOffsets ? 4 : 2;
        if (loca[1] < (long) (glyphs + 1) * entrySize) {
            throw new IOException("loca table too short");
        }
        byte[] raw = new byte[(glyphs + 1) * entrySize];
        in.seek(loca[0]);
        in.readFully(raw);
        long[] offsets = new long[glyphs + 1];
        for (int i = 0; i <= glyphs; i++) {
            long value = longOffsets ? readUInt32(raw, 4 * i) : 2L * readUInt16(raw, 2 * i);
            offsets[i] = glyf[0] + Math.min(value, glyf[1]);
        }
        return offsets;
    }

    int numberOfGlyphs() {
        return glyphOffsets.length - 1;
    }

    /** The bytes, as stored, of those of the tables {@code tags} names that the face has; one read of the file. */
    Map<String, byte[]> tables(List<String> tags) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            for (String tag : tags) {
                long[] entry = tables.get(tag);
                if (entry != null) {
                    byte[] data = new byte[(int) entry[1]];
                    in.seek(entry[0]);
                    in.readFully(data);
                    out.put(tag, data);
                }
            }
        }
        return out;
    }

    /** The glyphs' outline data, in the order asked; an empty array for an empty glyph or an id out of range. */
    byte[][] glyphs(int[] glyphIds) throws IOException {
        byte[][] out = new byte[glyphIds.length][];
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            for (int i = 0; i < glyphIds.length; i++) {
                int gid = glyphIds[i];
                if (gid < 0 || gid >= numberOfGlyphs() || glyphOffsets[gid + 1] <= glyphOffsets[gid]) {
                    out[i] = new byte[0];
                    continue;
                }
                out[i] = new byte[(int) (glyphOffsets[gid + 1] - glyphOffsets[gid])];
                in.seek(glyphOffsets[gid]);
                in.readFully(out[i]);
            }
        }
        return out;
    }

    static int readUInt16(byte[] data, int at) {
        return ((data[at] & 0xFF) << 8) | (data[at + 1] & 0xFF);
    }

    static long readUInt32(byte[] data, int at) {
        return ((long) readUInt16(data, at) << 16) | readUInt16(data, at + 2);
    }
}
