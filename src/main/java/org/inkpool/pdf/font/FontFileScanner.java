package org.inkpool.pdf.font;

import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads what the font index needs from one font file: family names, style and script coverage of each
 * face with TrueType outlines. CFF-flavoured OpenType is skipped (PDFBox cannot embed it as a TrueType
 * subset), and is recognised from the file's first bytes, before any parsing.
 */
final class FontFileScanner {

    private static final int NAME_FAMILY = 1;
    private static final int NAME_SUBFAMILY = 2;
    private static final int NAME_TYPOGRAPHIC_FAMILY = 16;
    private static final int FS_ITALIC = 1;
    private static final int FS_BOLD = 1 << 5;
    private static final int FS_OBLIQUE = 1 << 9;

    private FontFileScanner() {
    }

    static boolean isFontFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ttf") || name.endsWith(".ttc") || name.endsWith(".otf");
    }

    /** The faces of the file that have TrueType outlines; empty for CFF fonts and unreadable files. */
    static List<IndexedFace> scan(Path file) throws IOException {
        SfntKind kind = sniff(file);
        List<IndexedFace> faces = new ArrayList<>();
        switch (kind) {
            case TRUETYPE -> {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
                try (font) {
                    faces.add(describe(file, 0, font));
                }
            }
            case COLLECTION -> {
                try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
                    int[] index = {0};
                    collection.processAllFonts(font -> {
                        if (!font.getTableMap().containsKey("CFF ") && font.getGlyph() != null) {
                            faces.add(describe(file, index[0], font));
                        }
                        index[0]++;
                    });
                }
            }
            case CFF, UNKNOWN -> {
                // nothing PDFBox can embed as TrueType
            }
        }
        return faces;
    }

    enum SfntKind { TRUETYPE, COLLECTION, CFF, UNKNOWN }

    /** Tells TrueType from CFF-flavoured OpenType (tag OTTO) and collections from the first bytes. */
    static SfntKind sniff(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(4);
            channel.read(head, 0);
            if (head.position() < 4) {
                return SfntKind.UNKNOWN;
            }
            int tag = head.getInt(0);
            if (tag == 0x00010000 || tag == 0x74727565) { // 1.0 or 'true'
                return SfntKind.TRUETYPE;
            }
            if (tag == 0x4F54544F) { // 'OTTO'
                return SfntKind.CFF;
            }
            if (tag == 0x74746366) { // 'ttcf'
                return collectionHasTrueType(channel) ? SfntKind.COLLECTION : SfntKind.CFF;
            }
            return SfntKind.UNKNOWN;
        }
    }

    private static boolean collectionHasTrueType(FileChannel channel) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(12);
        channel.read(header, 0);
        long count = Integer.toUnsignedLong(header.getInt(8));
        if (count <= 0 || count > 1024) {
            return false;
        }
        ByteBuffer offsets = ByteBuffer.allocate((int) count * 4);
        channel.read(offsets, 12);
        for (int i = 0; i < count; i++) {
            ByteBuffer tag = ByteBuffer.allocate(4);
            channel.read(tag, Integer.toUnsignedLong(offsets.getInt(i * 4)));
            if (tag.position() == 4 && tag.getInt(0) != 0x4F54544F) {
                return true;
            }
        }
        return false;
    }

    private static IndexedFace describe(Path file, int index, TrueTypeFont font) throws IOException {
        NamingTable naming = font.getNaming();
        List<String> families = familyNames(naming);
        if (families.isEmpty()) {
            families = List.of(file.getFileName().toString().replaceFirst("\\.[^.]+$", ""));
        }
        String subfamily = naming == null || naming.getFontSubFamily() == null
                ? "" : naming.getFontSubFamily().toLowerCase(Locale.ROOT);
        OS2WindowsMetricsTable os2 = font.getOS2Windows();
        int fsSelection = os2 == null ? 0 : os2.getFsSelection();
        int macStyle = font.getHeader() == null ? 0 : font.getHeader().getMacStyle();
        int weight = os2 == null ? 400 : os2.getWeightClass();
        int width = os2 == null || os2.getWidthClass() == 0 ? 5 : os2.getWidthClass();
        boolean bold = (fsSelection & FS_BOLD) != 0 || (macStyle & 1) != 0 || weight >= 600
                || subfamily.contains("bold");
        boolean italic = (fsSelection & (FS_ITALIC | FS_OBLIQUE)) != 0 || (macStyle & 2) != 0
                || subfamily.contains("italic") || subfamily.contains("oblique");
        CmapLookup cmap = font.getUnicodeCmapLookup(false);
        CodePointSet codePoints = cmap == null ? CodePointSet.EMPTY : CodePointSet.of(cmap, font.getNumberOfGlyphs());
        int coverage = Coverage.probe(codePoints::contains);
        return new IndexedFace(file, index, families, bold, italic, weight, width, coverage, codePoints);
    }

    /** Family names in every language, English (Windows, US) first so warnings read naturally. */
    private static List<String> familyNames(NamingTable naming) {
        if (naming == null) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        addIfPresent(names, naming.getName(NAME_FAMILY, 3, 1, 0x409));
        addIfPresent(names, naming.getFontFamily());
        for (NameRecord record : naming.getNameRecords()) {
            int id = record.getNameId();
            if (id != NAME_FAMILY && id != NAME_TYPOGRAPHIC_FAMILY) {
                continue;
            }
            // Macintosh records in non-Roman encodings decode badly; their names repeat in Windows records.
            if (record.getPlatformId() == 1 && record.getPlatformEncodingId() != 0) {
                continue;
            }
            addIfPresent(names, record.getString());
        }
        return new ArrayList<>(names);
    }

    private static void addIfPresent(Set<String> names, String name) {
        if (name != null && !name.isBlank() && name.chars().noneMatch(c -> c < 0x20)) {
            names.add(name.strip());
        }
    }
}
