package org.inkpool.pdf.font;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The installed faces, looked up by any of their family names (case-insensitive, any language). */
final class FontIndex {

    private final List<IndexedFace> faces;
    private final Map<String, List<IndexedFace>> byFamily = new HashMap<>();

    FontIndex(List<IndexedFace> faces) {
        this.faces = List.copyOf(faces);
        for (IndexedFace face : this.faces) {
            for (String family : face.families()) {
                byFamily.computeIfAbsent(key(family), k -> new ArrayList<>()).add(face);
            }
        }
    }

    List<IndexedFace> faces() {
        return faces;
    }

    boolean hasFamily(String family) {
        return byFamily.containsKey(key(family));
    }

    /**
     * The family's face closest to the wanted style: right boldness first, then right slant, then the
     * weight nearest 400/700 and normal width (so "DejaVu Sans" is Book, not ExtraLight or Condensed).
     */
    Optional<IndexedFace> find(String family, boolean bold, boolean italic) {
        List<IndexedFace> candidates = byFamily.get(key(family));
        if (candidates == null) {
            return Optional.empty();
        }
        return candidates.stream().min(Comparator.comparingInt(face -> distance(face, bold, italic)));
    }

    static int distance(IndexedFace face, boolean bold, boolean italic) {
        int score = 0;
        score += face.bold() == bold ? 0 : 10_000;
        score += face.italic() == italic ? 0 : 5_000;
        score += Math.abs(face.weight() - (bold ? 700 : 400));
        score += Math.abs(face.widthClass() - 5) * 200;
        return score;
    }

    static String key(String family) {
        return family.strip().toLowerCase(Locale.ROOT);
    }
}
