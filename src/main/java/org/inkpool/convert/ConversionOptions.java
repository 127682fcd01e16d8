package org.inkpool.convert;

/**
 * What the user chose for the PDFs of a batch.
 *
 * @param pdfa   write PDF/A-2b, for archives
 * @param tagged write a tagged PDF (structure tree for screen readers and reflow); off unless asked for
 */
public record ConversionOptions(boolean pdfa, boolean tagged) {
    public static final ConversionOptions DEFAULT = new ConversionOptions(false, false);

    /** Untagged, as by default. */
    public ConversionOptions(boolean pdfa) {
        this(pdfa, false);
    }
}
