package org.inkpool.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
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
    /** Where supplementary-plane coverage is still worth probing (CJK extensions B–G live in planes 1–2). */
    private static final int COVERAGE_LIMIT = 0x30000;

    private static final class SharedHolder {
        static final FontRegistry INSTANCE = create(FontLocations.fontDirectories(), FontLocations.cacheDirectory());
    }

    private final FontIndex index;
    private final int filesParsed;
    private final long indexMillis;
    private final ConcurrentMap<String, Slot<Optional<LoadedFont>>> loaded = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Slot<BitSet>> coverage = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, Slot<Optional<LoadedFont>>> fallbacks = new ConcurrentHashMap<>();

    private FontRegistry(FontIndex index, int filesParsed, long indexMillis) {
        this.index = index;
        this.filesParsed = filesParsed;
        this.indexMillis = indexMillis;
    }

    /** The registry of this process, over the default font folders (or {@code inkpool.fontDirs}). */
    public static FontRegistry shared() {
        return SharedHolder.INSTANCE;
    }

    /** A registry over the given folders, with its index cached in {@code cacheDirectory}. */
    public static FontRegistry create(List<Path> fontDirectories, Path cacheDirectory) {
        long start = System.nanoTime();
        FontIndexBuilder builder = new FontIndexBuilder();
        FontIndex index = builder.build(fontDirectories, cacheDirectory.resolve(cacheFileName(fontDirectories)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new FontRegistry(index, builder.filesParsed(), millis);
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

    FontIndex index() {
        return index;
    }

    /** The installed face of {@code family} nearest the style, loaded; empty when not installed or unreadable. */
    Optional<Loaded> find(String family, boolean bold, boolean italic) {
        return index.find(family, bold, italic).flatMap(face -> load(face).map(font -> new Loaded(face, font)));
    }

    /** An installed face and its loaded font. */
    record Loaded(IndexedFace face, LoadedFont font) {
    }

    Optional<LoadedFont> load(IndexedFace face) {
        return loaded.computeIfAbsent(face.key(), k -> new Slot<>()).get(() -> {
            try {
                return Optional.of(LoadedFont.load(face.family(), faceName(face.family(), face.bold(), face.italic()),
                        FontSource.file(face.file(), face.index())));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    /** The bundled Latin/Cyrillic/Greek face (DejaVu Sans), regular or bold. */
    LoadedFont bundledLatin(boolean bold) {
        String file = bold ? "fonts/DejaVuSans-Bold.ttf" : "fonts/DejaVuSans.ttf";
        return bundled(file, "DejaVu Sans", faceName("DejaVu Sans", bold, false));
    }

    /** The bundled CJK face (Droid Sans Fallback). */
    LoadedFont bundledCjk() {
        return bundled("fonts/DroidSansFallbackFull.ttf", "Droid Sans Fallback", "Droid Sans Fallback");
    }

    private LoadedFont bundled(String resource, String family, String faceName) {
        return loaded.computeIfAbsent("bundled:" + resource, k -> new Slot<>()).get(() -> {
            try {
                return Optional.of(LoadedFont.load(family, faceName, FontSource.resource(resource)));
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
    Optional<LoadedFont> fallbackFor(int codePoint, boolean bold, boolean italic) {
        long key = ((long) codePoint << 2) | (bold ? 2 : 0) | (italic ? 1 : 0);
        return fallbacks.computeIfAbsent(key, k -> new Slot<>()).get(() -> searchFallback(codePoint, bold, italic));
    }

    private Optional<LoadedFont> searchFallback(int codePoint, boolean bold, boolean italic) {
        boolean cjk = Coverage.bitFor(codePoint) == Coverage.CJK;
        List<String> preferred = new ArrayList<>();
        if (cjk) {
            preferred.addAll(FontSubstitutes.Kind.CJK_SANS.generic());
            preferred.addAll(FontSubstitutes.Kind.CJK_SERIF.generic());
        }
        preferred.addAll(PREFERRED_FALLBACKS);
        int scriptBit = Coverage.bitFor(codePoint);
        List<IndexedFace> candidates = new ArrayList<>(index.faces());
        candidates.removeIf(face -> scriptBit != 0 && !face.covers(scriptBit));
        candidates.sort(Comparator.comparingInt((IndexedFace face) -> preferenceRank(face, preferred))
                .thenComparingInt(face -> FontIndex.distance(face, bold, italic)));
        for (IndexedFace face : candidates) {
            if (coverageOf(face).get(codePoint) || (codePoint >= COVERAGE_LIMIT && hasGlyphSlow(face, codePoint))) {
                Optional<LoadedFont> font = load(face);
                if (font.isPresent() && font.get().hasGlyph(codePoint)) {
                    return font;
                }
            }
        }
        for (LoadedFont font : List.of(bundledLatin(bold), bundledCjk())) {
            if (font.hasGlyph(codePoint)) {
                return Optional.of(font);
            }
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

    /**
     * The code points (below {@link #COVERAGE_LIMIT}) a face has glyphs for, worked out once per face.
     * A face not loaded yet is parsed, probed and closed again, so searching many faces keeps none of
     * their data.
     */
    private BitSet coverageOf(IndexedFace face) {
        return coverage.computeIfAbsent(face.key(), k -> new Slot<>()).get(() -> {
            Optional<LoadedFont> already = loadedIfPresent(face);
            if (already.isPresent()) {
                return probe(already.get()::hasGlyph);
            }
            try (var font = FontSource.file(face.file(), face.index()).open()) {
                var cmap = font.getUnicodeCmapLookup(false);
                return cmap == null ? new BitSet() : probe(cp -> cmap.getGlyphId(cp) > 0);
            } catch (IOException | RuntimeException e) {
                return new BitSet();
            }
        });
    }

    private boolean hasGlyphSlow(IndexedFace face, int codePoint) {
        return load(face).map(font -> font.hasGlyph(codePoint)).orElse(false);
    }

    private Optional<LoadedFont> loadedIfPresent(IndexedFace face) {
        Slot<Optional<LoadedFont>> slot = loaded.get(face.key());
        return slot == null ? Optional.empty() : slot.getIfDone().flatMap(o -> o);
    }

    private static BitSet probe(Coverage.GlyphTest test) {
        BitSet bits = new BitSet(COVERAGE_LIMIT);
        for (int cp = 0x20; cp < COVERAGE_LIMIT; cp++) {
            if (test.hasGlyph(cp)) {
                bits.set(cp);
            }
        }
        return bits;
    }

    static String faceName(String family, boolean bold, boolean italic) {
        if (!bold && !italic) {
            return family;
        }
        return family + (bold ? " Bold" : "") + (italic ? " Italic" : "");
    }
}
