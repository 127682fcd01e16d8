package org.inkpool.pdf;

/**
 * How the PDF is written.
 *
 * @param pdfa   write PDF/A-2b (ISO 19005-2, level B): sRGB output intent, XMP identification, every font
 *               embedded, no encryption
 * @param tagged write a tagged PDF: a structure tree in reading order, marked content, artifacts
 */
public record PdfOptions(boolean pdfa, boolean tagged) {
    public static final PdfOptions DEFAULT = new PdfOptions(false, true);

    /** Tagged, as by default. */
    public PdfOptions(boolean pdfa) {
        this(pdfa, true);
    }
}
