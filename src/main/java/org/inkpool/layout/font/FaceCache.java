package org.inkpool.layout.font;

import java.util.HashMap;
import java.util.Map;

/**
 * Remembers {@link FontMetrics#faceFor} answers per family, weight, slant and code point: layout
 * asks for every character, and a real implementation walks a fallback chain to answer.
 */
public final class FaceCache implements FontMetrics {

    /** Code points below this go into a flat array (Latin, Greek, Cyrillic…); the rest into a map. */
    private static final int DIRECT = 0x0600;

    private record StyleKey(String family, boolean bold, boolean italic) {
    }

    private static final class StyleFaces {
        final FontFace[] direct = new FontFace[DIRECT];
        final Map<Integer, FontFace> others = new HashMap<>();
    }

    private final FontMetrics metrics;
    private final Map<StyleKey, StyleFaces> styles = new HashMap<>();
    private StyleKey lastKey;
    private StyleFaces lastFaces;

    public FaceCache(FontMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public FontFace faceFor(String family, boolean bold, boolean italic, int codePoint) {
        StyleFaces faces = facesFor(family == null ? "" : family, bold, italic);
        if (codePoint >= 0 && codePoint < DIRECT) {
            FontFace face = faces.direct[codePoint];
            if (face == null) {
                face = metrics.faceFor(family, bold, italic, codePoint);
                faces.direct[codePoint] = face;
            }
            return face;
        }
        return faces.others.computeIfAbsent(codePoint, cp -> metrics.faceFor(family, bold, italic, cp));
    }

    private StyleFaces facesFor(String family, boolean bold, boolean italic) {
        // runs come in long stretches of one style: skip the map lookup for the common case
        if (lastKey != null && lastKey.bold() == bold && lastKey.italic() == italic
                && lastKey.family().equals(family)) {
            return lastFaces;
        }
        StyleKey key = new StyleKey(family, bold, italic);
        StyleFaces faces = styles.computeIfAbsent(key, k -> new StyleFaces());
        lastKey = key;
        lastFaces = faces;
        return faces;
    }
}
