package org.inkpool.pdf.font;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * What one PDF's text needed beyond its fonts, told once at the end instead of once per character:
 * characters drawn with a fallback font, and characters no font could draw.
 */
public final class GlyphReport {

    private static final int EXAMPLES = 5;

    private final Map<String, Integer> fallbackCounts = new TreeMap<>();
    private final TreeSet<Integer> missing = new TreeSet<>();
    private int missingCount;

    public void drawnWithFallback(String family) {
        fallbackCounts.merge(family, 1, Integer::sum);
    }

    public void notDrawable(int codePoint) {
        missing.add(codePoint);
        missingCount++;
    }

    public void report(Consumer<String> warnings) {
        fallbackCounts.forEach((family, count) -> warnings.accept(
                characters(count) + " drawn with fallback font '" + family + "'"));
        if (missingCount > 0) {
            String examples = missing.stream().limit(EXAMPLES).map(cp -> String.format("U+%04X", cp))
                    .collect(Collectors.joining(", ")) + (missing.size() > EXAMPLES ? ", …" : "");
            warnings.accept(characters(missingCount) + " left out: no installed font has a glyph for them ("
                    + examples + ")");
        }
    }

    private static String characters(int count) {
        return count + (count == 1 ? " character" : " characters");
    }
}
