package org.inkpool.pdf.font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A TrueType font with only the glyphs one document draws from an installed face, every glyph keeping its id
 * (the others are empty), so composite glyphs need no rewriting and PDFBox embeds it as it would the whole
 * face. Its cmap maps only the document's characters; its metrics, names and hinting tables are the face's.
 * FontBox parses a few hundred KB instead of a 17 MB collection with 45,000 cmap entries.
 */
final class SmallFace {
    /** The face's tables the copy takes: as they are, but for head (long glyph offsets) and post (no names). */
    private static final List<String> TAKEN = List.of("OS/2", "cvt ", "fpgm", "gasp", "head", "hhea", "hmtx", "maxp",
            "name", "post", "prep");
    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int WE_HAVE_A_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;

    private SmallFace() {
    }

    /** The font file's bytes: {@code glyphByCodePoint} says which characters it maps, to which glyphs. */
    static byte[] build(GlyphSource source, Map<Integer, Integer> glyphByCodePoint) throws IOException {
        return build(source, glyphByCodePoint, new BitSet());
    }

    /** As {@link #build(GlyphSource, Map)}, also keeping {@code moreGlyphs} (glyphs shaping drew, by id). */
    static byte[] build(GlyphSource source, Map<Integer, Integer> glyphByCodePoint, BitSet moreGlyphs)
            throws IOException {
        int glyphCount = source.numberOfGlyphs();
        BitSet kept = new BitSet(glyphCount);
        kept.set(0); // .notdef
        kept.or(moreGlyphs.get(0, glyphCount));
        for (int gid : glyphByCodePoint.values()) {
            if (gid > 0 && gid < glyphCount) {
                kept.set(gid);
            }
        }
        byte[][] data = withComponents(source, kept);

        TreeMap<String, byte[]> tables = new TreeMap<>(source.tables(TAKEN));
        byte[] head = tables.get("head");
        if (head.length < 54) {
            throw new IOException("head table too short");
        }
        ByteBuffer.wrap(head).putInt(8, 0).putShort(50, (short) 1); // long glyph offsets follow
        tables.put("post", postWithoutNames(tables.get("post"), glyphCount));
        tables.put("cmap", cmap(glyphByCodePoint));
        ByteArrayOutputStream glyf = new ByteArrayOutputStream();
        ByteBuffer loca = ByteBuffer.allocate(4 * (glyphCount + 1));
        for (int gid = 0; gid < glyphCount; gid++) {
            loca.putInt(glyf.size());
            byte[] glyph = data[gid];
            if (glyph != null && glyph.length > 0) {
                glyf.write(glyph);
                while (glyf.size() % 4 != 0) {
                    glyf.write(0);
                }
            }
        }
        loca.putInt(glyf.size());
        tables.put("glyf", glyf.toByteArray());
        tables.put("loca", loca.array());
        return assemble(tables);
    }

    /** The kept glyphs' data by id (null where not kept), with every component of a composite kept too. */
    private static byte[][] withComponents(GlyphSource source, BitSet kept) throws IOException {
        byte[][] data = new byte[source.numberOfGlyphs()][];
        BitSet pending = (BitSet) kept.clone();
        while (!pending.isEmpty()) {
            int[] ids = pending.stream().toArray();
            pending.clear();
            byte[][] read = source.glyphs(ids);
            for (int i = 0; i < ids.length; i++) {
                data[ids[i]] = read[i];
                for (int component : components(read[i])) {
                    if (component < data.length && !kept.get(component)) {
                        kept.set(component);
                        pending.set(component);
                    }
                }
            }
        }
        return data;
    }

    private static List<Integer> components(byte[] glyph) {
        List<Integer> out = new ArrayList<>();
        if (glyph.length < 10 || (short) GlyphSource.readUInt16(glyph, 0) >= 0) {
            return out;
        }
        int at = 10;
        int flags;
        do {
            if (at + 4 > glyph.length) {
                break;
            }
            flags = GlyphSource.readUInt16(glyph, at);
            out.add(GlyphSource.readUInt16(glyph, at + 2));
            at += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
            if ((flags & WE_HAVE_A_SCALE) != 0) {
                at += 2;
            } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
                at += 4;
            } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
                at += 8;
            }
        } while ((flags & MORE_COMPONENTS) != 0);
        return out;
    }

    /**
     * The face's post table as version 2 with every glyph named .notdef: a CJK face's 45,000 names are not
     * needed to embed it (version 3, without names, makes FontBox warn on every document).
     */
    private static byte[] postWithoutNames(byte[] original, int glyphCount) {
        ByteBuffer post = ByteBuffer.allocate(32 + 2 + 2 * glyphCount);
        if (original != null) {
            post.put(original, 0, Math.min(32, original.length));
        }
        post.putInt(0, 0x00020000);
        post.putShort(32, (short) glyphCount); // then glyphCount indexes, all 0: .notdef
        return post.array();
    }

    /** A format 12 (Windows, UCS-4) cmap of the given characters. */
    private static byte[] cmap(Map<Integer, Integer> glyphByCodePoint) {
        List<int[]> groups = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : new TreeMap<>(glyphByCodePoint).entrySet()) {
            int cp = e.getKey();
            int gid = e.getValue();
            int[] last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && last[1] == cp - 1 && last[2] + (cp - last[0]) == gid) {
                last[1] = cp;
            } else {
                groups.add(new int[] {cp, cp, gid});
            }
        }
        ByteBuffer out = ByteBuffer.allocate(12 + 16 + 12 * groups.size());
        out.putShort((short) 0).putShort((short) 1);
        out.putShort((short) 3).putShort((short) 10).putInt(12);
        out.putShort((short) 12).putShort((short) 0).putInt(16 + 12 * groups.size()).putInt(0).putInt(groups.size());
        for (int[] g : groups) {
            out.putInt(g[0]).putInt(g[1]).putInt(g[2]);
        }
        return out.array();
    }

    /** The sfnt file: offset table, table records (sorted by tag), then the tables on 4-byte boundaries. */
    private static byte[] assemble(TreeMap<String, byte[]> tables) {
        int count = tables.size();
        int power = Integer.highestOneBit(count);
        int offset = 12 + 16 * count;
        int size = offset;
        for (byte[] t : tables.values()) {
            size += (t.length + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(0x00010000).putShort((short) count).putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (count * 16 - power * 16));
        int headAt = 0;
        for (Map.Entry<String, byte[]> e : tables.entrySet()) {
            byte[] t = e.getValue();
            out.put(e.getKey().getBytes(StandardCharsets.ISO_8859_1));
            out.putInt((int) checksum(t, 0, t.length)).putInt(offset).putInt(t.length);
            if (e.getKey().equals("head")) {
                headAt = offset;
            }
            offset += (t.length + 3) & ~3;
        }
        for (byte[] t : tables.values()) {
            out.put(t);
            out.position((out.position() + 3) & ~3);
        }
        byte[] font = out.array();
        long adjustment = 0xB1B0AFBAL - checksum(font, 0, font.length);
        ByteBuffer.wrap(font).putInt(headAt + 8, (int) adjustment);
        return font;
    }

    private static long checksum(byte[] data, int from, int length) {
        long sum = 0;
        for (int i = from; i < from + length; i += 4) {
            long word = 0;
            for (int k = 0; k < 4; k++) {
                word = (word << 8) | (i + k < from + length ? data[i + k] & 0xFF : 0);
            }
            sum = (sum + word) & 0xFFFFFFFFL;
        }
        return sum;
    }
}
