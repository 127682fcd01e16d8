package org.inkpool.pdf;

/**
 * How the PDF is written.
 *
 * @param pdfa write PDF/A-2b (ISO 19005-2, level B): sRGB output intent, XMP identification, every font
 *             embedded, no encryption
 */
public record PdfOptions(boolean pdfa) {
    public static final PdfOptions DEFAULT = new PdfOptions(false);
}
