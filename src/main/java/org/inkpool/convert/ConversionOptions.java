package org.inkpool.convert;

/**
 * What the user chose for the PDFs of a batch.
 *
 * @param pdfa write PDF/A-2b, for archives
 */
public record ConversionOptions(boolean pdfa) {
    public static final ConversionOptions DEFAULT = new ConversionOptions(false);
}
