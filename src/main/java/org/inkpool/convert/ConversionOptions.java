package org.inkpool.convert;

/**
 * What the user chose for the PDFs of a batch.
 *
 * @param pdfa   write PDF/A-2b, for archives
 * @param tagged write a tagged PDF (structure tree for screen readers and reflow); on unless turned off
 *               (it costs a few per cent of the time: README, "Tagged PDF")
 */
public record ConversionOptions(boolean pdfa, boolean tagged) {
    public static final ConversionOptions DEFAULT = new ConversionOptions(false, true);

    /** Tagged, as by default. */
    public ConversionOptions(boolean pdfa) {
        this(pdfa, true);
    }
}
