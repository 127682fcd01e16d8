package org.inkpool.layout.font;

/**
 * Where layout gets its measurements. The pdf package implements it with real font files;
 * tests implement it with fake, predictable metrics.
 */
public interface FontMetrics {
    /**
     * The face that draws {@code codePoint} for a run that asks for {@code family}: the named
     * font (or its substitute) when it has the glyph, else the next face in the fallback chain
     * that has it. Never null.
     */
    FontFace faceFor(String family, boolean bold, boolean italic, int codePoint);
}
