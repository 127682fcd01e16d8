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

    /** A face of an installed file; {@code index} selects the face of a TrueType collection. */
    static FontSource file(Path file, int index) {
        return () -> {
            if (FontFileScanner.sniff(file) == FontFileScanner.SfntKind.COLLECTION) {
                return fromCollection(new TrueTypeCollection(file.toFile()), index, file.toString());
            }
            return new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        };
    }

    /** A font bundled on the class path, next to this class. */
    static FontSource resource(String name) {
        return () -> {
            try (InputStream in = FontSource.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IOException("bundled font missing: " + name);
                }
                return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            }
        };
    }

    /** Font bytes a document carries (first face when they are a collection). */
    static FontSource bytes(byte[] data) {
        return () -> {
            if (data.length >= 4 && data[0] == 't' && data[1] == 't' && data[2] == 'c' && data[3] == 'f') {
                return fromCollection(new TrueTypeCollection(new ByteArrayInputStream(data)), 0, "embedded font");
            }
            return new TTFParser(false).parse(new RandomAccessReadBuffer(data));
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
