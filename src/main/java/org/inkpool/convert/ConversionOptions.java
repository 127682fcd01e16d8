package org.inkpool.convert;

/**
 * What the user chose for the PDFs of a batch.
 *
 * @param pdfa   write PDF/A-2b, for archives
 * @param tagged write a tagged PDF (structure tree for screen readers and reflow); on unless turned off
 *               (it costs a few per cent of the time: README, "Tagged PDF")
 * @param bookmarksOutline the PDF's bookmarks panel lists the document's Word bookmarks instead of its headings
 */
public record ConversionOptions(boolean pdfa, boolean tagged, boolean bookmarksOutline) {
    public static final ConversionOptions DEFAULT = new ConversionOptions(false, true);

    /** The bookmarks panel from the headings, as by default. */
    public ConversionOptions(boolean pdfa, boolean tagged) {
        this(pdfa, tagged, false);
    }

    /** Tagged, as by default. */
    public ConversionOptions(boolean pdfa) {
        this(pdfa, true);
    }
}
