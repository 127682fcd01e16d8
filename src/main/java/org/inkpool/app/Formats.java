package org.inkpool.app;

import java.time.Duration;
import java.util.Locale;

/** Sizes and durations as people read them. */
final class Formats {
    private Formats() {
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kib = bytes / 1024.0;
        if (kib < 1024) {
            return String.format(Locale.ROOT, "%.0f KB", kib);
        }
        double mib = kib / 1024.0;
        if (mib < 1024) {
            return String.format(Locale.ROOT, "%.1f MB", mib);
        }
        return String.format(Locale.ROOT, "%.2f GB", mib / 1024.0);
    }

    /** "0:07", "12:34", "1:02:03". */
    static String duration(Duration d) {
        if (d == null) {
            return "–";
        }
        long seconds = Math.max(0, d.toSeconds());
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
                : String.format(Locale.ROOT, "%d:%02d", m, s);
    }

    /** A conversion's time: "340 ms", "2.4 s". */
    static String millis(long ms) {
        if (ms < 0) {
            return "";
        }
        return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
