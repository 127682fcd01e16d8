package org.inkpool.pool;

import org.inkpool.convert.ConversionException;
import org.inkpool.convert.ConversionListener;
import org.inkpool.convert.ConversionOptions;
import org.inkpool.convert.ConversionResult;
import org.inkpool.convert.DocumentConverter;
import org.inkpool.convert.FailureKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/** One conversion through a temporary file: the PDF appears complete or not at all. */
final class AtomicConversion {
    private AtomicConversion() {
    }

    /**
     * @param abandoned asked just before publishing; true means nobody wants this PDF any more
     *                  (a cancelled or timed-out file in thread mode), so it is not moved into place
     */
    static ConversionResult convert(DocumentConverter converter, long id, Path input, Path output,
                                    ConversionListener listener, BooleanSupplier abandoned) throws ConversionException {
        return convert(converter, id, input, output, listener, abandoned, ConversionOptions.DEFAULT);
    }

    /** As above, writing the PDF as {@code options} ask. */
    static ConversionResult convert(DocumentConverter converter, long id, Path input, Path output,
                                    ConversionListener listener, BooleanSupplier abandoned, ConversionOptions options)
            throws ConversionException {
        Path temporary = OutputFiles.temporaryFor(output, ProcessHandle.current().pid(), id);
        boolean published = false;
        try {
            Files.createDirectories(output.getParent());
            ConversionResult result;
            try {
                result = options.pdfa() ? converter.convertInto(input, temporary, listener, options)
                        : converter.convertInto(input, temporary, listener);
            } catch (ConversionException e) {
                if (e.kind() == FailureKind.IO && e.getCause() instanceof IOException io
                        && String.valueOf(e.getMessage()).contains(temporary.getFileName().toString())) {
                    // told against the PDF the user asked for, not our temporary file's name
                    throw new ConversionException(FailureKind.IO, org.inkpool.convert.WriteFailure.describe(output, io), io);
                }
                throw e;
            }
            if (abandoned.getAsBoolean()) {
                throw new ConversionException(FailureKind.CANCELLED, "cancelled");
            }
            OutputFiles.publish(temporary, output);
            published = true;
            return result;
        } catch (IOException e) {
            throw new ConversionException(FailureKind.IO, org.inkpool.convert.WriteFailure.describe(output, e), e);
        } finally {
            if (!published) {
                OutputFiles.sweepTemporaries(output);
            }
        }
    }

    /** Turns anything a conversion throws into a kind and a plain one-line reason. */
    static Failure describe(Throwable t) {
        if (t instanceof ConversionException ce) {
            return new Failure(ce.kind(), oneLine(ce.getMessage(), ce.kind().description()));
        }
        if (t instanceof OutOfMemoryError) {
            return new Failure(FailureKind.OUT_OF_MEMORY, "ran out of memory");
        }
        if (t instanceof StackOverflowError) {
            return new Failure(FailureKind.CORRUPT, "document nests too deeply (stack overflow)");
        }
        return new Failure(FailureKind.INTERNAL, "internal error: " + t.getClass().getSimpleName()
                + (t.getMessage() == null ? "" : ": " + oneLine(t.getMessage(), "")));
    }

    private static String oneLine(String text, String fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String line = text.strip().lines().findFirst().orElse(fallback);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    record Failure(FailureKind kind, String message) {
    }
}
