package org.inkpool.convert;

import org.inkpool.layout.page.LaidOutDocument;
import org.inkpool.layout.LayoutEngine;
import org.inkpool.layout.LayoutProgress;
import org.inkpool.model.Document;
import org.inkpool.model.UnreadableDocumentException;
import org.inkpool.pdf.font.DocumentFonts;
import org.inkpool.pdf.font.FontRegistry;
import org.inkpool.pdf.PdfOptions;
import org.inkpool.pdf.PdfWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a Word document, lays it out and writes the PDF. The PDF is written to a hidden temporary file
 * in the target folder and moved into place only when complete, so a failure never leaves a partial
 * PDF and never touches an existing one.
 */
final class DocxPdfConverter implements DocumentConverter {
    /** Progress shares of the three phases; reading and layout dominate on typical documents. */
    private static final double READ_END = 0.3;
    private static final double LAYOUT_END = 0.7;

    private final FontRegistry fonts;
    private final WordReaders reader = new WordReaders();

    DocxPdfConverter(FontRegistry fonts) {
        this.fonts = fonts;
    }

    @Override
    public ConversionResult convert(Path input, Path output, ConversionListener listener) throws ConversionException {
        return convert(input, output, listener, ConversionOptions.DEFAULT, false);
    }

    @Override
    public ConversionResult convert(Path input, Path output, ConversionListener listener, ConversionOptions options)
            throws ConversionException {
        return convert(input, output, listener, options, false);
    }

    @Override
    public ConversionResult convertInto(Path input, Path privateFile, ConversionListener listener)
            throws ConversionException {
        return convert(input, privateFile, listener, ConversionOptions.DEFAULT, true);
    }

    @Override
    public ConversionResult convertInto(Path input, Path privateFile, ConversionListener listener,
                                        ConversionOptions options) throws ConversionException {
        return convert(input, privateFile, listener, options, true);
    }

    /** @param direct the caller owns {@code output} and publishes it: no temporary file and move of our own */
    private ConversionResult convert(Path input, Path output, ConversionListener listener, ConversionOptions options,
                                     boolean direct)
            throws ConversionException {
        long start = System.nanoTime();
        requireReadable(input);
        Set<String> warnings = new LinkedHashSet<>();
        Consumer<String> warn = text -> {
            if (warnings.add(text)) {
                listener.warning(text);
            }
        };
        Progress progress = new Progress(listener);

        progress.report(0, ConversionListener.Phase.READ);
        Document document = read(input, warn, progress);

        progress.report(READ_END, ConversionListener.Phase.LAYOUT);
        DocumentFonts documentFonts = new DocumentFonts(fonts, document.embeddedFonts(), warn);
        LaidOutDocument pages = new LayoutEngine(documentFonts).layout(document, new LayoutProgress() {
            @Override
            public void advanced(double f) {
                progress.report(READ_END + (LAYOUT_END - READ_END) * f, ConversionListener.Phase.LAYOUT);
            }

            @Override
            public void stillWorking() {
                progress.stillWorking(ConversionListener.Phase.LAYOUT);
            }
        });

        progress.report(LAYOUT_END, ConversionListener.Phase.WRITE);
        write(pages, document, output, warn, progress, new PdfOptions(options != null && options.pdfa(),
                options == null || options.tagged(), options != null && options.bookmarksOutline()), direct);
        progress.report(1.0, ConversionListener.Phase.WRITE);

        long millis = (System.nanoTime() - start) / 1_000_000;
        return new ConversionResult(pages.pages().size(), new ArrayList<>(warnings), millis);
    }

    private static void requireReadable(Path input) throws ConversionException {
        if (!Files.isRegularFile(input)) {
            throw new ConversionException(FailureKind.IO, "file not found: " + input.getFileName());
        }
        if (!Files.isReadable(input)) {
            throw new ConversionException(FailureKind.IO, "file cannot be read (no permission): "
                    + input.getFileName());
        }
    }

    private Document read(Path input, Consumer<String> warn, Progress progress) throws ConversionException {
        try {
            return reader.read(input, warn, f -> progress.report(READ_END * f, ConversionListener.Phase.READ));
        } catch (UnreadableDocumentException e) {
            throw new ConversionException(kindOf(e.reason()), e.getMessage(), e);
        }
    }

    private void write(LaidOutDocument pages, Document document, Path output, Consumer<String> warn,
                       Progress progress, PdfOptions options, boolean direct) throws ConversionException {
        Path temp = null;
        try {
            Path folder = output.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            temp = direct ? output : Files.createTempFile(folder, "." + output.getFileName() + ".", ".inkpool.tmp");
            new PdfWriter(fonts, warn).write(pages, document.info(), temp,
                    f -> progress.report(LAYOUT_END + (1 - LAYOUT_END) * f * 0.99, ConversionListener.Phase.WRITE),
                    options);
            if (!direct) {
                AtomicMove.replace(temp, output);
            }
            temp = null;
        } catch (IOException e) {
            throw new ConversionException(FailureKind.IO, WriteFailure.describe(output, e), e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    private static FailureKind kindOf(UnreadableDocumentException.Reason reason) {
        return switch (reason) {
            case NOT_WORD -> FailureKind.NOT_WORD;
            case ENCRYPTED -> FailureKind.ENCRYPTED;
            case CORRUPT -> FailureKind.CORRUPT;
            case UNSUPPORTED -> FailureKind.UNSUPPORTED;
            case TOO_LARGE -> FailureKind.TOO_LARGE;
        };
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: a temp file we could not delete is hidden and named *.inkpool.tmp
        }
    }

    /**
     * Keeps reported progress monotonic across the phases' own sub-progress, passed on in steps of at least
     * {@link #STEP} or at a change of phase: the reader reports after every top-level block (thousands in a
     * long document), and in a worker each report is a message the pool must decode, which cost the parent
     * more CPU than anything else it did.
     */
    private static final class Progress {
        static final double STEP = 0.005;
        /** How often a conversion that works without advancing (one huge block) says it is alive. */
        static final long PULSE_NANOS = 1_000_000_000L;
        private final ConversionListener listener;
        private double last = -1;
        private ConversionListener.Phase lastPhase;
        private long lastSentNanos = System.nanoTime();

        Progress(ConversionListener listener) {
            this.listener = listener;
        }

        void report(double fraction, ConversionListener.Phase phase) {
            double f = Math.min(1.0, Math.max(last, fraction));
            boolean finished = f == 1.0 && last < 1.0;
            if (f >= last + STEP || finished || phase != lastPhase && f > last) {
                last = f;
                lastPhase = phase;
                send(f, phase);
            }
        }

        /** Repeats the last fraction at most once a second: work goes on inside one step. */
        void stillWorking(ConversionListener.Phase phase) {
            if (last >= 0 && System.nanoTime() - lastSentNanos >= PULSE_NANOS) {
                send(last, phase);
            }
        }

        private void send(double fraction, ConversionListener.Phase phase) {
            lastSentNanos = System.nanoTime();
            listener.progress(fraction, phase);
        }
    }
}
