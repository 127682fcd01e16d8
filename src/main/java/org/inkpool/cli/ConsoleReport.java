package org.inkpool.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.inkpool.batch.BatchFile;
import org.inkpool.batch.BatchListener;
import org.inkpool.batch.BatchSummary;
import org.inkpool.convert.FailureKind;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Prints a batch as it goes: one line per file (ok/skipped/failed, pages, time, reason) and, on a
 * terminal, a live progress bar under the lines. Batch events come from the pool's event thread;
 * printing is synchronised so lines never interleave.
 */
final class ConsoleReport implements BatchListener, AutoCloseable {
    private static final String CLEAR_LINE = "\r\033[2K";

    private final PrintStream out;
    private final ProgressBar bar;
    private int finished;
    private boolean closed;

    ConsoleReport(PrintStream out, int files, boolean terminal) {
        this.out = out;
        this.bar = terminal
                ? new ProgressBarBuilder().setTaskName("Converting").setInitialMax(files)
                    // redraws its own line with \r only, so a finished file's line can be printed over it
                    .setConsumer(new ConsoleProgressBarConsumer(out))
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(200).setUnit(" docs", 1).build()
                : null;
    }

    @Override
    public synchronized void started(BatchFile file, String worker) {
        if (bar != null) {
            bar.setExtraMessage(file.display());
        }
    }

    @Override
    public void done(BatchFile file, Path pdf, int pages, long millis) {
        line(String.format("ok       %s → %s  (%d page%s, %d ms)", file.display(), pdf.getFileName(), pages, pages == 1 ? "" : "s", millis));
    }

    @Override
    public void skipped(BatchFile file, Path existingPdf, String reason) {
        line(String.format("skipped  %s  (%s)", file.display(), reason));
    }

    @Override
    public void failed(BatchFile file, FailureKind kind, String reason) {
        line(String.format("failed   %s  %s", file.display(), reason));
    }

    @Override
    public void cancelled(BatchFile file) {
        line(String.format("cancelled %s", file.display()));
    }

    @Override
    public synchronized void log(LogLevel level, String worker, String message) {
        if (level == LogLevel.ERROR) {
            printAboveBar("  " + (worker == null ? "" : worker + ": ") + message);
        }
    }

    private synchronized void line(String text) {
        finished++;
        printAboveBar(text);
        if (bar != null) {
            bar.stepTo(finished);
        }
    }

    private void printAboveBar(String text) {
        out.println(bar != null ? CLEAR_LINE + text : text);
    }

    @Override
    public synchronized void close() {
        if (bar != null && !closed) {
            closed = true;
            bar.close();
        }
    }

    static String summaryLine(BatchSummary s) {
        double seconds = s.elapsed().toMillis() / 1000.0;
        return String.format("Summary: %d converted, %d skipped, %d failed, %d cancelled — %d page%s in %.1f s (%.2f documents/s)",
                s.converted(), s.skipped(), s.failed(), s.cancelled(), s.pages(), s.pages() == 1 ? "" : "s", seconds,
                seconds > 0 ? s.converted() / seconds : 0.0);
    }
}
