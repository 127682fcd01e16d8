package org.inkpool.layout;

import org.inkpool.layout.font.FontFace;
import org.inkpool.layout.font.FontMetrics;
import org.inkpool.model.style.Script;

import java.util.HashMap;
import java.util.Map;

/**
 * Predictable metrics for specifying the engine: every character 0.5 × size wide, East Asian
 * characters 1.0 × size (drawn by a separate fallback face, as a real font chain would), combining
 * marks nothing, ascent
 * 0.8, descent 0.2, single line height 1.2 × size unless a family is given another factor.
 */
public final class FakeMetrics implements FontMetrics {

    public static final String CJK_FACE = "FakeCJK";

    /** A face whose numbers are simple multiples of the size. */
    public record FakeFace(String name, double widthFactor, double lineFactor) implements FontFace {
        @Override
        public double advance(int codePoint, double size) {
            if (Character.getType(codePoint) == Character.NON_SPACING_MARK) {
                return 0; // combining marks sit on their letter, as in real fonts
            }
            return widthFactor * size;
        }

        @Override
        public double ascent(double size) {
            return 0.8 * size;
        }

        @Override
        public double descent(double size) {
            return 0.2 * size;
        }

        @Override
        public double lineHeight(double size) {
            return lineFactor * size;
        }
    }

    private final Map<String, Double> lineFactors = new HashMap<>();
    private final Map<String, FakeFace> faces = new HashMap<>();
    int calls;

    /** Gives {@code family} a single line height of {@code factor} × size. */
    public FakeMetrics withLineFactor(String family, double factor) {
        lineFactors.put(family, factor);
        return this;
    }

    @Override
    public FontFace faceFor(String family, boolean bold, boolean italic, int codePoint) {
        calls++;
        if (Script.isEastAsian(codePoint)) {
            return faces.computeIfAbsent(CJK_FACE, n -> new FakeFace(n, 1.0, 1.2));
        }
        String name = family + (bold ? "-Bold" : "") + (italic ? "-Italic" : "");
        return faces.computeIfAbsent(name, n -> new FakeFace(n, 0.5, lineFactors.getOrDefault(family, 1.2)));
    }
}
