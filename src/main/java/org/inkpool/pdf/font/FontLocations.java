package org.inkpool.pdf.font;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where fonts are installed and where the font index is cached, per operating system. The system
 * properties {@code inkpool.fontDirs} (a path-separator list) and {@code inkpool.fontCache} (a folder)
 * override both.
 */
final class FontLocations {

    static final String FONT_DIRS_PROPERTY = "inkpool.fontDirs";
    static final String FONT_CACHE_PROPERTY = "inkpool.fontCache";

    private FontLocations() {
    }

    static List<Path> fontDirectories() {
        String override = System.getProperty(FONT_DIRS_PROPERTY);
        if (override != null) {
            List<Path> dirs = new ArrayList<>();
            for (String part : override.split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    dirs.add(Path.of(part.strip()));
                }
            }
            return dirs;
        }
        Path home = Path.of(System.getProperty("user.home", "."));
        String os = os();
        if (os.contains("win")) {
            List<Path> dirs = new ArrayList<>();
            String windir = System.getenv("WINDIR");
            dirs.add(Path.of(windir == null ? "C:\\Windows" : windir, "Fonts"));
            String local = System.getenv("LOCALAPPDATA");
            if (local != null) {
                dirs.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
            }
            return dirs;
        }
        if (os.contains("mac")) {
            return List.of(Path.of("/Library/Fonts"), Path.of("/System/Library/Fonts"),
                    home.resolve("Library/Fonts"));
        }
        return List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"), home.resolve(".fonts"),
                home.resolve(".local/share/fonts"));
    }

    static Path cacheDirectory() {
        String override = System.getProperty(FONT_CACHE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override.strip());
        }
        Path home = Path.of(System.getProperty("user.home", "."));
        String os = os();
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            Path base = local == null ? home.resolve("AppData/Local") : Path.of(local);
            return base.resolve("Inkpool").resolve("cache");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Caches/Inkpool");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg == null || xdg.isBlank() ? home.resolve(".cache") : Path.of(xdg);
        return base.resolve("inkpool");
    }

    private static String os() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    }
}
