package org.inkpool.pdf.font;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.zip.CRC32;

/**
 * The fonts of this machine, process-wide and thread-safe: the index of installed faces (built once,
 * cached on disk), the fonts loaded so far (parsed once, shared by every document), the bundled last-resort
 * faces, and the per-character fallback search. Documents use it through {@link DocumentFonts}.
 */
public final class FontRegistry {

    /** Faces tried first when a character is missing, before any other installed face. */
    private static final List<String> PREFERRED_FALLBACKS = List.of("DejaVu Sans", "Liberation Sans",
            "Noto Sans", "DejaVu Serif", "Liberation Serif", "Noto Serif", "FreeSans", "FreeSerif",
            "Noto Sans Symbols", "Noto Sans Symbols2", "DejaVu Sans Mono", "OpenSymbol");

    private static final class SharedHolder {
        static final FontRegistry INSTANCE = create(FontLocations.fontDirectories(), FontLocations.cacheDirectory());
    }

    /** Heap for parsed fonts waiting between documents, unless {@code inkpool.fontMemoryMB} says otherwise. */
    static final long DEFAULT_IDLE_FONT_BYTES = 64L << 20;
    private static final String BUNDLED_CJK = "fonts/DroidSansFallbackFull.ttf";

    private final FontIndex index;
    private final FontInstanceBudget budget;
    private final int filesParsed;
    private final long indexMillis;
    private final ConcurrentMap<String, Slot<Optional<LoadedFont>>> loaded = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, Slot<Optional<LoadedFont>>> fallbacks = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Slot<CodePointSet>> bundledCoverage = new ConcurrentHashMap<>();

    private FontRegistry(FontIndex index, int filesParsed, long indexMillis, long idleFontBytes) {
        this.index = index;
        this.budget = new FontInstanceBudget(idleFontBytes);
        this.filesParsed = filesParsed;
        this.indexMillis = indexMillis;
    }

    /** The registry of this process, over the default font folders (or {@code inkpool.fontDirs}). */
    public static FontRegistry shared() {
        return SharedHolder.INSTANCE;
    }

    /** A registry over the given folders, with its index cached in {@code cacheDirectory}. */
    public static FontRegistry create(List<Path> fontDirectories, Path cacheDirectory) {
        return create(fontDirectories, cacheDirectory, idleFontBytes());
    }

    /**
     * As {@link #create(List, Path)}, keeping parsed fonts that wait between documents within
     * {@code idleFontBytes} of heap (least recently used ones are closed and parsed again when needed).
     */
    public static FontRegistry create(List<Path> fontDirectories, Path cacheDirectory, long idleFontBytes) {
        long start = System.nanoTime();
        FontIndexBuilder builder = new FontIndexBuilder();
        FontIndex index = builder.build(fontDirectories, cacheDirectory.resolve(cacheFileName(fontDirectories)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new FontRegistry(index, builder.filesParsed(), millis, idleFontBytes);
    }

    private static long idleFontBytes() {
        String megabytes = System.getProperty("inkpool.fontMemoryMB");
        try {
            return megabytes == null ? DEFAULT_IDLE_FONT_BYTES : Long.parseLong(megabytes.strip()) << 20;
        } catch (NumberFormatException e) {
            return DEFAULT_IDLE_FONT_BYTES;
        }
    }

    /** One cache file per set of folders, so a test's folders never evict the machine's index. */
    static String cacheFileName(List<Path> fontDirectories) {
        CRC32 crc = new CRC32();
        for (Path dir : fontDirectories) {
            crc.update(dir.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            crc.update(0);
        }
        return String.format("font-index-%08x.tsv", crc.getValue());
    }

    /** How many font files building the index parsed (0 when the disk cache was current). */
    public int filesParsed() {
        return filesParsed;
    }

    /** How long building the index took, in milliseconds. */
    public long indexMillis() {
        return indexMillis;
    }

    /** How many installed faces with TrueType outlines the index holds. */
    public int faceCount() {
        return index.faces().size();
    }

    public boolean isInstalled(String family) {
        return index.hasFamily(family);
    }

    /** How many faces have been loaded for measuring and drawing so far. */
    int loadedFaceCount() {
        return loaded.size();
    }

    FontIndex index() {
        return index;
    }

    /** The installed face of {@code family} nearest the style, loaded; empty when not installed or unreadable. */
    Optional<Loaded> find(String family, boolean bold, boolean italic) {
        return index.find(family, bold, italic).flatMap(face -> load(face).map(font -> new Loaded(face, font)));
    }

    /**
     * The installed face of {@code family} nearest the style, loaded, when it has a glyph for
     * {@code codePoint}. The index's code points answer first, so a face without the glyph is never loaded
     * just to be asked (Droid Sans Fallback, 12 MB parsed, was loaded for every Chinese character that a
     * document's serif CJK font lacked, then not used).
     */
    Optional<LoadedFont> findWithGlyph(String family, boolean bold, boolean italic, int codePoint) {
        return index.find(family, bold, italic).filter(face -> face.codePoints().contains(codePoint))
                .flatMap(this::load).filter(font -> font.hasGlyph(codePoint));
    }

    /**
     * Applies the idle-font budget now, sparing {@code inUse} (the faces a document is about to paint with):
     * a face the previous document left parsed, 45 MB for a CJK face after a Chinese letter, is closed
     * before this document's pages are painted, when the heap is fullest, rather than after them.
     */
    public void spareOnly(Collection<LoadedFont> inUse) {
        List<LoadedFont> ours = new ArrayList<>();
        for (LoadedFont font : inUse) {
            if (font.budget() == budget) {
                ours.add(font);
            }
        }
        budget.released(ours);
    }

    /** An installed face and its loaded font. */
    record Loaded(IndexedFace face, LoadedFont font) {
    }

    Optional<LoadedFont> load(IndexedFace face) {
        return loaded.computeIfAbsent(face.key(), k -> new Slot<>()).get(() -> {
            try {
                FontSource source = FontSource.file(face.file(), face.index());
                GlyphSource glyphs = glyphSourceOf(face);
                return Optional.of(glyphs == null
                        ? LoadedFont.load(face.family(), face.bold(), face.italic(), source, budget)
                        : LoadedFont.loadInstalled(face.family(), face.bold(), face.italic(), source, budget, glyphs));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    /** Where documents read an installed face's glyphs from; null when its file cannot be read that way. */
    private static GlyphSource glyphSourceOf(IndexedFace face) {
        try {
            return GlyphSource.open(face.file(), face.index());
        } catch (IOException | RuntimeException e) {
            return null; // embedded from a parsed instance, as bundled and document fonts are
        }
    }

    /** The bundled Latin/Cyrillic/Greek face (DejaVu Sans), regular or bold. */
    public LoadedFont bundledLatin(boolean bold) {
        return bundled(bundledLatinResource(bold), "DejaVu Sans", bold);
    }

    private static String bundledLatinResource(boolean bold) {
        return bold ? "fonts/DejaVuSans-Bold.ttf" : "fonts/DejaVuSans.ttf";
    }

    /** The bundled CJK face (Droid Sans Fallback). */
    LoadedFont bundledCjk() {
        return bundled(BUNDLED_CJK, "Droid Sans Fallback", false);
    }

    /**
     * Whether a bundled face has a glyph for {@code codePoint}, answered from its code points without keeping
     * it parsed: a search that gets this far mostly ends empty-handed (a private-use symbol no font has), and
     * loading Droid Sans Fallback only to learn that left ~12 MB parsed in the worker.
     */
    private boolean bundledHas(String resource, int codePoint) {
        return bundledCoverage.computeIfAbsent(resource, k -> new Slot<>()).get(() -> {
            try (TrueTypeFont font = FontSource.resource(resource).open()) {
                CmapLookup cmap = font.getUnicodeCmapLookup(false);
                return cmap == null ? CodePointSet.EMPTY : CodePointSet.of(cmap, font.getNumberOfGlyphs());
            } catch (IOException e) {
                throw new IllegalStateException("bundled font unreadable: " + resource, e);
            }
        }).contains(codePoint);
    }

    private LoadedFont bundled(String resource, String family, boolean bold) {
        return loaded.computeIfAbsent("bundled:" + resource, k -> new Slot<>()).get(() -> {
            try {
                return Optional.of(LoadedFont.load(family, bold, false, FontSource.resource(resource), budget));
            } catch (IOException e) {
                throw new IllegalStateException("bundled font unreadable: " + resource, e);
            }
        }).orElseThrow();
    }

    /**
     * The face that draws {@code codePoint} when the font asked for lacks it: CJK faces first for CJK
     * characters, then the usual broad faces, then any installed face that has it (same style preferred),
     * then the bundled faces. Empty when nothing has a glyph. Remembered per character and style.
     */
    public Optional<LoadedFont> fallbackFor(int codePoint, boolean bold, boolean italic) {
        long key = ((long) codePoint << 2) | (bold ? 2 : 0) | (italic ? 1 : 0);
        return fallbacks.computeIfAbsent(key, k -> new Slot<>()).get(() -> searchFallback(codePoint, bold, italic));
    }

    private Optional<LoadedFont> searchFallback(int codePoint, boolean bold, boolean italic) {
        boolean cjk = Coverage.isEastAsian(Coverage.bitFor(codePoint));
        // The index knows every face's code points, so the search parses only the face it picks.
        List<String> preferred = new ArrayList<>();
        if (cjk) {
            preferred.addAll(FontSubstitutes.Kind.CJK_SANS.generic());
            preferred.addAll(FontSubstitutes.Kind.CJK_SERIF.generic());
        }
        preferred.addAll(PREFERRED_FALLBACKS);
        List<IndexedFace> candidates = new ArrayList<>(index.faces());
        candidates.removeIf(face -> !face.codePoints().contains(codePoint));
        // A face made for the character's script beats one with a few stray glyphs of it.
        int script = Coverage.bitFor(codePoint);
        candidates.sort(Comparator.comparingInt((IndexedFace face) -> preferenceRank(face, preferred))
                .thenComparingInt(face -> script != 0 && face.covers(script) ? 0 : 1)
                .thenComparingInt(face -> FontIndex.distance(face, bold, italic)));
        for (IndexedFace face : candidates) {
            Optional<LoadedFont> font = load(face);
            if (font.isPresent() && font.get().hasGlyph(codePoint)) {
                return font;
            }
        }
        if (bundledHas(bundledLatinResource(bold), codePoint)) {
            return Optional.of(bundledLatin(bold));
        }
        if (bundledHas(BUNDLED_CJK, codePoint)) {
            return Optional.of(bundledCjk());
        }
        return Optional.empty();
    }

    private static int preferenceRank(IndexedFace face, List<String> preferred) {
        int best = preferred.size();
        for (String family : face.families()) {
            for (int i = 0; i < best; i++) {
                if (preferred.get(i).equalsIgnoreCase(family)) {
                    best = i;
                }
            }
        }
        return best;
    }

    static String faceName(String family, boolean bold, boolean italic) {
        if (!bold && !italic) {
            return family;
        }
        return family + (bold ? " Bold" : "") + (italic ? " Italic" : "");
    }
}
