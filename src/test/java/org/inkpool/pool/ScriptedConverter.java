package org.inkpool.pool;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.inkpool.convert.ConversionException;
import org.inkpool.convert.ConversionListener;
import org.inkpool.convert.ConversionResult;
import org.inkpool.convert.DocumentConverter;
import org.inkpool.convert.FailureKind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only converter, chosen in workers with {@code -Dinkpool.worker.converter}. It does what the input
 * file's text says: {@code HANG} stalls without progress, {@code SLOW n} converts for n ms reporting progress,
 * {@code CRASH} halts the JVM with 134, {@code OOM} allocates until the heap is gone, {@code LEAK} fills 90 % of the old generation
 * for good, {@code LOG} prints to stderr
 * and stdout, {@code FAIL} is a corrupt document, {@code BOOM} throws a bug; anything else becomes a one-page PDF (PDFBox).
 */
public class ScriptedConverter implements DocumentConverter {

    @Override
    public ConversionResult convert(Path input, Path output, ConversionListener listener) throws ConversionException {
        long start = System.nanoTime();
        String script;
        try {
            script = Files.readString(input, StandardCharsets.ISO_8859_1).strip();
        } catch (IOException e) {
            throw new ConversionException(FailureKind.IO, "cannot read " + input.getFileName(), e);
        }
        listener.progress(0.1, ConversionListener.Phase.READ);
        if (script.startsWith("HANG")) {
            hang();
        } else if (script.startsWith("SLOW")) {
            long millis = Long.parseLong(script.substring(4).trim());
            for (long waited = 0; waited < millis; waited += 50) {
                pause(50);
                listener.progress(0.1 + 0.8 * waited / millis, ConversionListener.Phase.LAYOUT);
            }
        } else if (script.startsWith("CRASH")) {
            Runtime.getRuntime().halt(134);
        } else if (script.startsWith("OOM")) {
            List<long[]> hog = new ArrayList<>();
            while (true) {
                hog.add(new long[1 << 20]);
            }
        } else if (script.startsWith("LEAK")) {
            leakUntilOldGenerationIsNearlyFull();
        } else if (script.startsWith("LOG")) {
            System.err.println("hello from stderr");
            System.out.println("stray stdout print");
        } else if (script.startsWith("FAIL")) {
            throw new ConversionException(FailureKind.CORRUPT, "corrupt or damaged: scripted failure");
        } else if (script.startsWith("BOOM")) {
            throw new IllegalStateException("scripted bug");
        }
        listener.progress(0.9, ConversionListener.Phase.WRITE);
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(output.toFile());
        } catch (IOException e) {
            throw new ConversionException(FailureKind.IO, "cannot write " + output.getFileName(), e);
        }
        listener.warning("scripted warning");
        return new ConversionResult(1, List.of(), (System.nanoTime() - start) / 1_000_000);
    }

    /** A leak that survives the file: this JVM keeps it until it exits. */
    private static final List<byte[]> LEAKED = new ArrayList<>();

    private static void leakUntilOldGenerationIsNearlyFull() {
        if (!LEAKED.isEmpty()) {
            return;
        }
        long max = HeapGauge.oldGeneration()[1];
        for (long held = 0; held < max * 0.9; held += 1 << 20) {
            LEAKED.add(new byte[1 << 20]);
        }
        System.gc(); // so "after the last collection" holds the leak and nothing else
    }

    private static void hang() {
        while (true) {
            pause(1000);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }
}
