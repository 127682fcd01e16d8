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
            ConversionResult result = convertFinalContent(converter, input, temporary, output, listener, options);
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

    /** Conversions of one source before a file that keeps changing under us is given up. */
    private static final int ATTEMPTS = 3;

    /**
     * Converts {@code input} and checks it is still the file that was read: a source replaced or still being
     * written while it was converted is read again once it has settled (so the PDF shows its final content),
     * one deleted meanwhile fails. A failure to read a file that changed meanwhile or was modified just before
     * (a half-written zip) is retried too, once the file has settled.
     */
    private static ConversionResult convertFinalContent(DocumentConverter converter, Path input, Path temporary,
                                                        Path output, ConversionListener listener,
                                                        ConversionOptions options) throws ConversionException {
        SourceStamp before = SourceStamp.of(input);
        for (int attempt = 1; ; attempt++) {
            ConversionResult result;
            try {
                result = once(converter, input, temporary, output, listener, options);
            } catch (ConversionException e) {
                boolean mayBeUnfinished = before != null && (before.changed(input) || before.recentlyModified());
                if (!mayBeUnfinished || attempt == ATTEMPTS) {
                    throw e;
                }
                SourceStamp settled = settle(input);
                if (settled.equals(before)) {
                    throw e; // the file was complete after all: the failure stands
                }
                before = settled;
                continue;
            }
            SourceStamp after = SourceStamp.of(input);
            if (after != null && after.equals(before)) {
                return result;
            }
            if (after == null) {
                throw new ConversionException(FailureKind.IO, deleted(input));
            }
            if (attempt == ATTEMPTS) {
                throw new ConversionException(FailureKind.IO, "the file kept changing while it was converted "
                        + "(still being written?): " + input.getFileName());
            }
            before = settle(input);
        }
    }

    private static SourceStamp settle(Path input) throws ConversionException {
        try {
            SourceStamp settled = SourceStamp.settled(input);
            if (settled == null) {
                throw new ConversionException(FailureKind.IO, deleted(input));
            }
            return settled;
        } catch (SourceStamp.StillChangingException e) {
            throw new ConversionException(FailureKind.IO, "the file is still being written (it kept changing for "
                    + SourceStamp.MAX_WAIT.toSeconds() + " s): " + input.getFileName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConversionException(FailureKind.CANCELLED, "cancelled");
        }
    }

    private static String deleted(Path input) {
        return "the file was deleted while it was being converted: " + input.getFileName();
    }

    private static ConversionResult once(DocumentConverter converter, Path input, Path temporary, Path output,
                                         ConversionListener listener, ConversionOptions options)
            throws ConversionException {
        try {
            return options.pdfa() ? converter.convertInto(input, temporary, listener, options)
                    : converter.convertInto(input, temporary, listener);
        } catch (ConversionException e) {
            if (e.kind() == FailureKind.IO && e.getCause() instanceof IOException io
                    && String.valueOf(e.getMessage()).contains(temporary.getFileName().toString())) {
                // told against the PDF the user asked for, not our temporary file's name
                throw new ConversionException(FailureKind.IO, org.inkpool.convert.WriteFailure.describe(output, io), io);
            }
            throw e;
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
