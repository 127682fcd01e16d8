package org.inkpool.pdf;

/**
 * How the PDF is written.
 *
 * @param pdfa   write PDF/A-2b (ISO 19005-2, level B): sRGB output intent, XMP identification, every font
 *               embedded, no encryption
 * @param tagged write a tagged PDF: a structure tree in reading order, marked content, artifacts
 * @param bookmarksOutline build the outline (bookmarks panel) from the document's Word bookmarks instead of
 *               its headings, as Word's "Create bookmarks using: Word bookmarks"
 */
public record PdfOptions(boolean pdfa, boolean tagged, boolean bookmarksOutline) {
    public static final PdfOptions DEFAULT = new PdfOptions(false, true);

    /** The outline from the headings, as by default. */
    public PdfOptions(boolean pdfa, boolean tagged) {
        this(pdfa, tagged, false);
    }

    /** Tagged, as by default. */
    public PdfOptions(boolean pdfa) {
        this(pdfa, true);
    }
}
