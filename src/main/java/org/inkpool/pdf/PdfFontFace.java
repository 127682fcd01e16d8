package org.inkpool.pdf;

import org.inkpool.layout.FontFace;

/**
 * A face as layout sees it: widths from the font that draws the text, line metrics from the font the
 * document names (Word sizes lines from the named font even when a substitute draws it).
 */
final class PdfFontFace implements FontFace {

    private final LoadedFont font;
    private final VerticalMetrics lineMetrics;
    private final boolean fallback;

    PdfFontFace(LoadedFont font, VerticalMetrics lineMetrics, boolean fallback) {
        this.font = font;
        this.lineMetrics = lineMetrics;
        this.fallback = fallback;
    }

    LoadedFont font() {
        return font;
    }

    /** True when this face draws characters the font asked for lacks (counted in a warning by the writer). */
    boolean isFallback() {
        return fallback;
    }

    @Override
    public String name() {
        return font.faceName();
    }

    @Override
    public double advance(int codePoint, double size) {
        return font.advance(codePoint, size);
    }

    @Override
    public double ascent(double size) {
        return lineMetrics.ascent(size);
    }

    @Override
    public double descent(double size) {
        return lineMetrics.descent(size);
    }

    @Override
    public double lineHeight(double size) {
        return lineMetrics.lineHeight(size);
    }

    @Override
    public String toString() {
        return name() + (fallback ? " (fallback)" : "");
    }
}
