package org.inkpool.app;

import javafx.concurrent.Task;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The conversion of one file, as a JavaFX {@link Task} the table binds to. The conversion itself
 * happens in the pool; this task runs while the pool converts the file (its thread only waits for the
 * file's terminal event), and its progress and message are driven by the pool's events for that file
 * ({@link #report}). The window's event pump calls these methods on the FX thread, so updates apply
 * at once instead of queueing one runLater per file and event.
 */
final class FileTask extends Task<FileStatus> {
    private final CompletableFuture<FileStatus> outcome = new CompletableFuture<>();
    private boolean submitted;

    FileTask(String title) {
        updateTitle(title);
    }

    @Override
    protected FileStatus call() throws Exception {
        try {
            return outcome.get();
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    /** A task runs once; its state turns SCHEDULED only later (via runLater), so remember the hand-over. */
    void markSubmitted() {
        submitted = true;
    }

    boolean isSubmitted() {
        return submitted;
    }

    void report(double fraction, String message) {
        updateProgress(Math.max(0, Math.min(1, fraction)), 1);
        updateMessage(message);
    }

    void succeed(FileStatus status) {
        updateProgress(1, 1);
        updateMessage("");
        outcome.complete(status);
    }

    void fail(String reason) {
        updateMessage(reason);
        outcome.completeExceptionally(new FileFailedException(reason));
    }

    void abandon() {
        outcome.complete(FileStatus.CANCELLED);
        cancel(true);
    }

    /** Why the pool could not convert the file. */
    static final class FileFailedException extends Exception {
        private static final long serialVersionUID = 1L;

        FileFailedException(String reason) {
            super(reason, null, false, false);
        }
    }
}
