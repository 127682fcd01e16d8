package org.inkpool.pdf.font;

import java.nio.file.Path;
import java.util.List;

/**
 * One face of an installed font file, as the font index knows it without loading the font.
 *
 * @param file        the font file
 * @param index       the face's index in a TrueType collection (0 for a plain file)
 * @param families    every family name the face carries (name IDs 1 and 16, all languages), first the English one
 * @param bold        whether this is a bold face
 * @param italic      whether this is an italic or oblique face
 * @param weight      OS/2 usWeightClass (400 regular, 700 bold)
 * @param widthClass  OS/2 usWidthClass (5 normal, less is condensed)
 * @param coverage    {@link Coverage} bits
 * @param codePoints  every code point the face has a glyph for
 */
record IndexedFace(Path file, int index, List<String> families, boolean bold, boolean italic, int weight,
                   int widthClass, int coverage, CodePointSet codePoints) {

    IndexedFace {
        families = List.copyOf(families);
        if (families.isEmpty()) {
            throw new IllegalArgumentException("a face needs a family name: " + file);
        }
    }

    /** The name used in warnings: the first (English) family name. */
    String family() {
        return families.get(0);
    }

    boolean covers(int coverageBits) {
        return (coverage & coverageBits) == coverageBits;
    }

    /** Identifies the face for the process-wide cache of loaded fonts. */
    String key() {
        return file.toAbsolutePath() + "#" + index;
    }
}
