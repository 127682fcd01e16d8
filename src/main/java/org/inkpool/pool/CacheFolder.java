package org.inkpool.pool;

import java.nio.file.Path;
import java.util.Locale;

/** The user's cache folder of Inkpool (class-data archives live in its {@code cds} sub-folder). */
public final class CacheFolder {
    private CacheFolder() {
    }

    /** ~/.cache/inkpool (Linux, XDG_CACHE_HOME honoured), %LOCALAPPDATA%\Inkpool\cache, ~/Library/Caches/Inkpool. */
    public static Path forUser() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.startsWith("windows")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local")).resolve("Inkpool").resolve("cache");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Inkpool");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache")).resolve("inkpool");
    }
}
