package org.inkpool.convert;

import java.nio.file.Path;

/**
 * Converts one document to one PDF. The output appears only when complete (written to a
 * temporary file beside it, then moved into place); on failure nothing is left behind.
 * The input is only ever read.
 */
public interface DocumentConverter {
    ConversionResult convert(Path input, Path output, ConversionListener listener) throws ConversionException;

    /** Converts as {@code options} ask; a converter without choices ignores them. */
    default ConversionResult convert(Path input, Path output, ConversionListener listener, ConversionOptions options)
            throws ConversionException {
        return convert(input, output, listener);
    }
}
