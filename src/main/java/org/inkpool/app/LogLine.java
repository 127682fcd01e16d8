package org.inkpool.app;

import org.inkpool.batch.BatchListener.LogLevel;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One line of the live log. {@code file} and {@code worker} may be empty; {@code english} is the engine's
 * own English text where {@code message} is its translation (null otherwise): the log file keeps it.
 */
public record LogLine(long epochMillis, LogLevel level, String file, String worker, String message, String english) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    public LogLine(long epochMillis, LogLevel level, String file, String worker, String message) {
        this(epochMillis, level, file, worker, message, null);
    }

    /** As {@link #toText()}, with the engine's English where the window shows a translation: for the log file. */
    public String toLogText() {
        return english == null ? toText() : time() + '\t' + level + '\t' + file + '\t' + worker + '\t' + english;
    }

    public String time() {
        return TIME.format(LocalTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneId.systemDefault()));
    }

    /** Tab-separated, as copied to the clipboard and saved to a file. */
    public String toText() {
        return time() + '\t' + level + '\t' + file + '\t' + worker + '\t' + message;
    }
}
