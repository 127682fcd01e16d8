package org.inkpool.app;

import org.inkpool.batch.Batches;

import java.nio.file.Path;
import java.util.Locale;

/** Where the app keeps its per-user files, by each system's convention. */
final class AppFolders {
    private AppFolders() {
    }

    /** Session logs: $XDG_STATE_HOME/inkpool/logs (~/.local/state), %LOCALAPPDATA%\Inkpool\logs, ~/Library/Logs/Inkpool. */
    static Path logs() {
        Path home = home();
        if (windows()) {
            return localAppData(home).resolve("Inkpool").resolve("logs");
        }
        if (mac()) {
            return home.resolve("Library").resolve("Logs").resolve("Inkpool");
        }
        return xdg("XDG_STATE_HOME", home.resolve(".local").resolve("state")).resolve("inkpool").resolve("logs");
    }

    /** Workers' class-data archives and the font index (the pool's and the font registry's folder). */
    static Path cache() {
        return Batches.cacheFolder();
    }

    /** The single-instance socket: $XDG_RUNTIME_DIR/inkpool, the user's temporary folder on macOS, %LOCALAPPDATA%\Inkpool\run. */
    static Path runtime() {
        Path home = home();
        if (windows()) {
            return localAppData(home).resolve("Inkpool").resolve("run");
        }
        if (mac()) {
            // $TMPDIR is per user on macOS (/var/folders/…/T/)
            return Path.of(System.getProperty("java.io.tmpdir")).resolve("inkpool-" + user());
        }
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isBlank()) {
            return Path.of(runtime).resolve("inkpool");
        }
        return cache().resolve("run"); // no runtime folder (a bare session): a private folder of the user's
    }

    private static Path xdg(String variable, Path fallback) {
        String value = System.getenv(variable);
        return value != null && !value.isBlank() ? Path.of(value) : fallback;
    }

    private static Path localAppData(Path home) {
        String local = System.getenv("LOCALAPPDATA");
        return local != null ? Path.of(local) : home.resolve("AppData").resolve("Local");
    }

    private static Path home() {
        return Path.of(System.getProperty("user.home"));
    }

    private static String user() {
        return System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private static boolean mac() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
    }
}
