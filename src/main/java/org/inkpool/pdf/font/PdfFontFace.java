package org.inkpool.pdf.font;

import org.inkpool.layout.font.FontFace;

/**
 * A face as layout sees it: widths from the font that draws the text, line metrics from the font the
 * document names (Word sizes lines from the named font even when a substitute draws it).
 */
public final class PdfFontFace implements FontFace {

    private final LoadedFont font;
    private final VerticalMetrics lineMetrics;
    private final boolean fallback;
    private final boolean syntheticBold;
    private final boolean syntheticItalic;

    /**
     * @param wantBold   the run asked for bold: a font without a bold face is emboldened when painted
     * @param wantItalic the run asked for italic: a font without an italic face is slanted when painted
     */
    public PdfFontFace(LoadedFont font, VerticalMetrics lineMetrics, boolean fallback, boolean wantBold, boolean wantItalic) {
        this.font = font;
        this.lineMetrics = lineMetrics;
        this.fallback = fallback;
        this.syntheticBold = wantBold && !font.bold();
        this.syntheticItalic = wantItalic && !font.italic();
    }

    public LoadedFont font() {
        return font;
    }

    VerticalMetrics lineMetrics() {
        return lineMetrics;
    }

    /** True when this face draws characters the font asked for lacks (counted in a warning by the writer). */
    public boolean isFallback() {
        return fallback;
    }

    /** Bold was asked for but the font has no bold face: the painter strokes the outlines too. */
    public boolean syntheticBold() {
        return syntheticBold;
    }

    /** Italic was asked for but the font has no italic face: the painter slants the glyphs. */
    public boolean syntheticItalic() {
        return syntheticItalic;
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
    public double[] ink(int codePoint, double size) {
        return font.ink(codePoint, size);
    }

    @Override
    public double[] mathConstants() {
        return font.mathConstants();
    }

    @Override
    public org.inkpool.layout.font.GlyphShaper shaper() {
        return font.shaper();
    }

    /** Whether the font has OpenType substitutions: Arabic is shaped by them, else by presentation forms. */
    @Override
    public boolean substitutes() {
        return font.hasGsub();
    }

    @Override
    public String toString() {
        return name() + (fallback ? " (fallback)" : "");
    }
}
