package org.inkpool.pdf.font;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where a font's data comes from. Each {@link #open()} parses a new, independent {@link TrueTypeFont}:
 * FontBox reads glyphs lazily from the instance's own copy of the data and keeps a read position, so one
 * instance must never serve two threads at once.
 */
public interface FontSource {

    TrueTypeFont open() throws IOException;

    /**
     * The same face as a {@link java.awt.Font}, for the JDK's OpenType shaper ({@link AwtGlyphShaper}): its glyph
     * codes are this file's glyph ids. Null where the source cannot give one.
     */
    default java.awt.Font awtFont() throws IOException, java.awt.FontFormatException {
        return null;
    }

    /** A face of an installed file; {@code index} selects the face of a TrueType collection. */
    static FontSource file(Path file, int index) {
        return new FontSource() {
            @Override
            public TrueTypeFont open() throws IOException {
                if (FontFileScanner.sniff(file) == FontFileScanner.SfntKind.COLLECTION) {
                    return fromCollection(new TrueTypeCollection(file.toFile()), index, file.toString());
                }
                return new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            }

            @Override
            public java.awt.Font awtFont() throws IOException, java.awt.FontFormatException {
                // read in place: the JDK maps the installed file, it copies nothing
                java.awt.Font[] faces = java.awt.Font.createFonts(file.toFile());
                return index < faces.length ? faces[index] : null;
            }
        };
    }

    /** A font bundled on the class path, next to this class. */
    static FontSource resource(String name) {
        return new FontSource() {
            @Override
            public TrueTypeFont open() throws IOException {
                return new TTFParser().parse(new RandomAccessReadBuffer(read()));
            }

            @Override
            public java.awt.Font awtFont() throws IOException, java.awt.FontFormatException {
                return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(read()));
            }

            private byte[] read() throws IOException {
                try (InputStream in = FontSource.class.getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IOException("bundled font missing: " + name);
                    }
                    return in.readAllBytes();
                }
            }
        };
    }

    /** Font bytes a document carries (first face when they are a collection). */
    static FontSource bytes(byte[] data) {
        boolean collection = data.length >= 4 && data[0] == 't' && data[1] == 't' && data[2] == 'c' && data[3] == 'f';
        return new FontSource() {
            @Override
            public TrueTypeFont open() throws IOException {
                if (collection) {
                    return fromCollection(new TrueTypeCollection(new ByteArrayInputStream(data)), 0, "embedded font");
                }
                return new TTFParser(false).parse(new RandomAccessReadBuffer(data));
            }

            @Override
            public java.awt.Font awtFont() throws IOException, java.awt.FontFormatException {
                if (collection) {
                    java.awt.Font[] faces = java.awt.Font.createFonts(new ByteArrayInputStream(data));
                    return faces.length > 0 ? faces[0] : null;
                }
                return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(data));
            }
        };
    }

    /**
     * Picks one face of a collection. FontBox parses every face it walks past, so the walk is cut short once
     * the wanted face is reached. The collection stays open: its faces read from its data, and that data
     * lives as long as the face is used.
     */
    private static TrueTypeFont fromCollection(TrueTypeCollection collection, int index, String what)
            throws IOException {
        int[] position = {0};
        try {
            collection.processAllFonts(font -> {
                if (position[0]++ == index) {
                    throw new FaceReached(font);
                }
            });
        } catch (FaceReached reached) {
            return reached.font;
        }
        collection.close();
        throw new IOException("no face " + index + " in " + what);
    }

    /** Ends the walk through a collection's faces at the wanted one (the walk's callback may only throw this). */
    final class FaceReached extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient TrueTypeFont font;

        FaceReached(TrueTypeFont font) {
            super("face reached");
            this.font = font;
        }
    }
}
