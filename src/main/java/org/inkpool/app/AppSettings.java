package org.inkpool.app;

import org.inkpool.batch.ExecutionMode;
import org.inkpool.batch.ExistingPolicy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The window's settings between runs, in {@link Preferences}. The node is given, so tests use a
 * throw-away node and never touch the user's settings.
 */
public final class AppSettings {
    /** Where the real window keeps its settings. */
    public static final String NODE = "org/inkpool/app";

    private static final String WORKERS = "workers";
    private static final String MODE = "mode";
    private static final String OUTPUT_DIR = "outputDir";
    private static final String OUTPUT_TO_FOLDER = "outputToFolder";
    private static final String EXISTING = "existing";
    private static final String RECURSIVE = "recursive";
    private static final String PDFA = "pdfa";
    private static final String TAGGED = "tagged";
    private static final String BOOKMARKS_OUTLINE = "bookmarksOutline";
    private static final String LAST_INPUT_DIR = "lastInputDir";
    private static final String LANGUAGE = "language";
    private static final String WIDTH = "windowWidth";
    private static final String HEIGHT = "windowHeight";
    private static final String MAXIMIZED = "windowMaximized";

    private final Preferences node;

    public AppSettings(Preferences node) {
        this.node = node;
    }

    public static AppSettings forUser() {
        return new AppSettings(Preferences.userRoot().node(NODE));
    }

    public int workers(int fallback, int max) {
        int value = node.getInt(WORKERS, fallback);
        return value < 1 || value > max ? fallback : value;
    }

    public void workers(int value) {
        node.putInt(WORKERS, value);
    }

    public ExecutionMode mode() {
        return parse(ExecutionMode.class, node.get(MODE, null), ExecutionMode.PROCESSES);
    }

    public void mode(ExecutionMode value) {
        node.put(MODE, value.name());
    }

    public boolean outputToFolder() {
        return node.getBoolean(OUTPUT_TO_FOLDER, false);
    }

    public void outputToFolder(boolean value) {
        node.putBoolean(OUTPUT_TO_FOLDER, value);
    }

    public Optional<Path> outputDir() {
        return path(OUTPUT_DIR);
    }

    public void outputDir(Path dir) {
        putPath(OUTPUT_DIR, dir);
    }

    public ExistingPolicy existing() {
        return parse(ExistingPolicy.class, node.get(EXISTING, null), ExistingPolicy.SKIP_IF_NEWER);
    }

    public void existing(ExistingPolicy value) {
        node.put(EXISTING, value.name());
    }

    public boolean recursive() {
        return node.getBoolean(RECURSIVE, true);
    }

    public void recursive(boolean value) {
        node.putBoolean(RECURSIVE, value);
    }

    /** Write PDF/A-2b (for archives); off unless the user chose it. */
    public boolean pdfa() {
        return node.getBoolean(PDFA, false);
    }

    public void pdfa(boolean value) {
        node.putBoolean(PDFA, value);
    }

    /** Write tagged PDFs (a structure tree for screen readers); on unless the user turned it off. */
    public boolean tagged() {
        return node.getBoolean(TAGGED, true);
    }

    public void tagged(boolean value) {
        node.putBoolean(TAGGED, value);
    }

    /** The PDF's bookmarks panel from the Word bookmarks instead of the headings; headings unless chosen. */
    public boolean bookmarksOutline() {
        return node.getBoolean(BOOKMARKS_OUTLINE, false);
    }

    public void bookmarksOutline(boolean value) {
        node.putBoolean(BOOKMARKS_OUTLINE, value);
    }

    /** The folder the pickers open in: the last one the user chose from, if it still exists. */
    public Optional<Path> lastInputDir() {
        return path(LAST_INPUT_DIR).filter(Files::isDirectory);
    }

    public void lastInputDir(Path dir) {
        putPath(LAST_INPUT_DIR, dir);
    }

    public Optional<Locale> language() {
        String tag = node.get(LANGUAGE, null);
        return tag == null ? Optional.empty() : Optional.of(Locale.forLanguageTag(tag));
    }

    public void language(Locale locale) {
        node.put(LANGUAGE, locale.toLanguageTag());
    }

    public double windowWidth(double fallback) {
        return node.getDouble(WIDTH, fallback);
    }

    public double windowHeight(double fallback) {
        return node.getDouble(HEIGHT, fallback);
    }

    public boolean windowMaximized() {
        return node.getBoolean(MAXIMIZED, false);
    }

    public void window(double width, double height, boolean maximized) {
        node.putBoolean(MAXIMIZED, maximized);
        if (!maximized) {
            node.putDouble(WIDTH, width);
            node.putDouble(HEIGHT, height);
        }
    }

    /** Writes the settings out now (they are also written by the JVM's preferences daemon). */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // settings are a convenience: a read-only home must not stop the window from closing
        }
    }

    private Optional<Path> path(String key) {
        String value = node.get(key, null);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    private void putPath(String key, Path dir) {
        if (dir == null) {
            node.remove(key);
        } else {
            node.put(key, dir.toAbsolutePath().toString());
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, E fallback) {
        if (name == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
