package org.inkpool.app;

/** Where one file of the table stands. */
public enum FileStatus {
    /** Added to the window, not yet part of a started batch. */
    WAITING,
    QUEUED,
    CONVERTING,
    DONE,
    SKIPPED,
    FAILED,
    CANCELLED;

    public boolean isFinished() {
        return ordinal() >= DONE.ordinal();
    }

    /** The resource-bundle key of the status's name. */
    String messageKey() {
        return "status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
