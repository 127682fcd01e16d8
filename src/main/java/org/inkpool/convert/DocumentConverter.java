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

    /**
     * Writes the PDF straight into {@code privateFile}, a temporary path the caller owns and moves into place
     * itself (the pool does, so each output has one temporary file and one move). On failure the converter
     * deletes what it wrote. Each warning is passed to the listener once as it arises; the result repeats them
     * for callers that do not listen. By default the same as {@link #convert}.
     */
    default ConversionResult convertInto(Path input, Path privateFile, ConversionListener listener)
            throws ConversionException {
        return convert(input, privateFile, listener);
    }

    /** {@link #convertInto} as {@code options} ask; a converter without choices ignores them. */
    default ConversionResult convertInto(Path input, Path privateFile, ConversionListener listener,
                                         ConversionOptions options) throws ConversionException {
        return convertInto(input, privateFile, listener);
    }
}
