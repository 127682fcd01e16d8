package org.inkpool.app;

import org.inkpool.batch.BatchListener.LogLevel;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One line of the live log. {@code file} and {@code worker} may be empty. */
public record LogLine(long epochMillis, LogLevel level, String file, String worker, String message) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    public String time() {
        return TIME.format(LocalTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneId.systemDefault()));
    }

    /** Tab-separated, as copied to the clipboard and saved to a file. */
    public String toText() {
        return time() + '\t' + level + '\t' + file + '\t' + worker + '\t' + message;
    }
}
