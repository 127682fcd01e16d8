package org.inkpool.pdf.font;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TrueTypeFont;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A font ready for measuring and painting, shared by every document of the process.
 *
 * <p>Measuring needs no lock: glyph advances and the cmap are copied out of the font once, when it is
 * loaded, so closing an idle instance frees all of it. An installed face paints from its file
 * ({@link #glyphSource()}). Any other needs a parsed {@link TrueTypeFont} per PDF being written, because
 * FontBox instances read lazily and are not thread-safe; they come from a small pool ({@link #borrow()} /
 * {@link #release}), so a worker holds one copy of a font per document being written at the same moment,
 * not one per document.
 */
public final class LoadedFont {

    private static final int PAGE_BITS = 8;
    private static final int UNKNOWN = -1;

    private final String family;
    private final boolean bold;
    private final boolean italic;
    private final String faceName;
    private final FontSource source;
    private final VerticalMetrics metrics;
    private final int[] advances;
    private final GlyphMap glyphs;
    /** Advance in font units per code point, filled lazily in pages of 256. */
    private final AtomicReferenceArray<int[]> advanceCache = new AtomicReferenceArray<>(0x110000 >> PAGE_BITS);
    private final Deque<TrueTypeFont> idle = new ArrayDeque<>();
    private final AtomicInteger instancesOpened = new AtomicInteger();
    private final FontInstanceBudget budget;
    /** Rough heap cost of one parsed instance: FontBox holds the data plus parsed tables (measured ≈ 3×). */
    private final long instanceBytes;
    /** For an installed face: where documents take the glyphs they draw from, instead of a parsed instance. */
    private final GlyphSource glyphSource;
    private final GlyphInk ink = new GlyphInk(this::readInk);
    /** The MATH table's constants, read on first use (an empty array: the font has none). */
    private volatile double[] mathConstants;
    /** Whether the font has OpenType substitutions (GSUB): without them shaping can only position. */
    private final boolean hasGsub;
    /** Made on first use ({@link #shaper()}); NONE when the JDK cannot open the font. */
    private volatile Object shaper;
    private static final Object NONE = new Object();

    private LoadedFont(String family, boolean bold, boolean italic, FontSource source, VerticalMetrics metrics,
                       int[] advances, GlyphMap glyphs, FontInstanceBudget budget, long instanceBytes,
                       GlyphSource glyphSource, boolean hasGsub) {
        this.hasGsub = hasGsub;
        this.budget = budget;
        this.instanceBytes = instanceBytes;
        this.family = family;
        this.bold = bold;
        this.italic = italic;
        this.faceName = FontRegistry.faceName(family, bold, italic);
        this.source = source;
        this.metrics = metrics;
        this.advances = advances;
        this.glyphs = glyphs;
        this.glyphSource = glyphSource;
    }

    /** Parses the font once, copies out what measuring needs, and keeps the instance for painting. */
    public static LoadedFont load(String family, boolean bold, boolean italic, FontSource source) throws IOException {
        return load(family, bold, italic, source, FontInstanceBudget.UNLIMITED);
    }

    /**
     * An installed face: measuring keeps what it copied out, and documents embed the glyphs they draw read
     * from the file ({@link SmallFace}), so no parsed instance is kept (a CJK face holds 45 MB parsed).
     */
    static LoadedFont loadInstalled(String family, boolean bold, boolean italic, FontSource source,
                                    FontInstanceBudget budget, GlyphSource glyphSource) throws IOException {
        return load(family, bold, italic, source, budget, glyphSource);
    }

    /** As {@link #load(String, boolean, boolean, FontSource)}, with idle instances kept within {@code budget}. */
    public static LoadedFont load(String family, boolean bold, boolean italic, FontSource source, FontInstanceBudget budget)
            throws IOException {
        return load(family, bold, italic, source, budget, null);
    }

    private static LoadedFont load(String family, boolean bold, boolean italic, FontSource source,
                                   FontInstanceBudget budget, GlyphSource glyphSource) throws IOException {
        String faceName = FontRegistry.faceName(family, bold, italic);
        TrueTypeFont font = source.open();
        try {
            if (font.getTableMap().containsKey("CFF ") || font.getGlyph() == null) {
                throw new IOException(faceName + " has no TrueType outlines");
            }
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            if (cmap == null) {
                throw new IOException(faceName + " has no usable cmap");
            }
            HorizontalMetricsTable hmtx = font.getHorizontalMetrics();
            int[] advances = new int[Math.max(1, font.getNumberOfGlyphs())];
            for (int gid = 0; gid < advances.length; gid++) {
                advances[gid] = hmtx.getAdvanceWidth(gid);
            }
            font.setEnableGsub(false);
            long instanceBytes = 3 * font.getOriginalDataSize() + (1 << 20);
            GlyphMap glyphs = GlyphMap.of(cmap, font.getNumberOfGlyphs());
            boolean hasGsub = font.getTableMap().containsKey("GSUB");
            LoadedFont loaded = new LoadedFont(family, bold, italic, source, verticalMetrics(font), advances, glyphs,
                    budget, instanceBytes, glyphSource, hasGsub);
            loaded.instancesOpened.incrementAndGet();
            if (glyphSource == null) {
                loaded.returnInstance(font);
                budget.loaded(loaded);
            } else {
                font.close(); // painting reads the file, never this instance
            }
            return loaded;
        } catch (IOException | RuntimeException e) {
            font.close();
            throw e;
        }
    }

    private static VerticalMetrics verticalMetrics(TrueTypeFont font) throws IOException {
        int unitsPerEm = font.getUnitsPerEm();
        HorizontalHeaderTable hhea = font.getHorizontalHeader();
        OS2WindowsMetricsTable os2 = font.getOS2Windows();
        int hheaAscender = hhea.getAscender();
        int hheaDescender = hhea.getDescender();
        // Without an OS/2 table GDI derives the win box from hhea.
        int winAscent = os2 == null ? hheaAscender : os2.getWinAscent();
        int winDescent = os2 == null ? -hheaDescender : os2.getWinDescent();
        return new VerticalMetrics(unitsPerEm, winAscent, winDescent, hheaAscender, hheaDescender,
                hhea.getLineGap());
    }

    /** The family name, for warnings ("Carlito"). */
    public String family() {
        return family;
    }

    /** Whether this is a real bold face (not one that would need emboldening). */
    public boolean bold() {
        return bold;
    }

    public boolean italic() {
        return italic;
    }

    /** The family and style ("Carlito Bold"). */
    public String faceName() {
        return faceName;
    }

    /** The font's own vertical metrics. */
    public VerticalMetrics metrics() {
        return metrics;
    }

    int glyphId(int codePoint) {
        return glyphs.glyphId(codePoint);
    }

    public boolean hasGlyph(int codePoint) {
        return glyphId(codePoint) > 0;
    }

    /** How far the code point's glyph reaches above and below the baseline, in points; null without a glyph. */
    public double[] ink(int codePoint, double size) {
        int gid = glyphId(codePoint);
        if (gid <= 0) {
            return null;
        }
        int[] b = ink.bounds(gid);
        double scale = size / metrics.unitsPerEm();
        return new double[] {b[1] * scale, -b[0] * scale};
    }

    /** The font's OpenType MATH constants ({@link MathTable}), or null when it has no MATH table. */
    public double[] mathConstants() {
        double[] constants = mathConstants;
        if (constants == null) {
            try {
                constants = MathTable.constants(readTable("MATH"), metrics.unitsPerEm());
            } catch (IOException | RuntimeException e) {
                constants = null; // an unreadable table: math falls back to its own constants
            }
            mathConstants = constants = constants == null ? new double[0] : constants;
        }
        return constants.length == 0 ? null : constants.clone();
    }

    private byte[] readTable(String tag) throws IOException {
        if (glyphSource != null) {
            return glyphSource.tables(List.of(tag)).get(tag);
        }
        TrueTypeFont font = borrow();
        try {
            org.apache.fontbox.ttf.TTFTable table = font.getTableMap().get(tag);
            return table == null ? null : font.getTableBytes(table);
        } finally {
            release(font);
        }
    }

    private int[] readInk(int gid) throws IOException {
        if (glyphSource != null) {
            return GlyphInk.fromRecord(glyphSource.glyphs(new int[] {gid})[0]);
        }
        TrueTypeFont font = borrow();
        try {
            org.apache.fontbox.ttf.GlyphData glyph = font.getGlyph().getGlyph(gid);
            return glyph == null ? null : new int[] {glyph.getYMinimum(), glyph.getYMaximum()};
        } finally {
            release(font);
        }
    }

    /** Exact advance in points (font units scaled, no rounding to 1/1000 em). */
    public double advance(int codePoint, double size) {
        return advanceUnits(codePoint) * size / metrics.unitsPerEm();
    }

    /**
     * The glyph's width as the PDF records it: PDFBox writes whole thousandths of an em,
     * {@code round(units × 1000 / unitsPerEm)} in float arithmetic, so the painter can correct the difference
     * to the exact advance with TJ adjustments.
     */
    public int pdfWidth(int codePoint) {
        float scaling = 1000f / metrics.unitsPerEm();
        return Math.round(advanceUnits(codePoint) * scaling);
    }

    /** The PDF width (thousandths of an em, as PDFBox writes it) of a glyph by id. */
    public int pdfGlyphWidth(int glyphId) {
        float scaling = 1000f / metrics.unitsPerEm();
        return Math.round(advances[Math.min(Math.max(glyphId, 0), advances.length - 1)] * scaling);
    }

    /** Whether the font has OpenType glyph substitutions (joining forms, conjuncts, ligatures). */
    public boolean hasGsub() {
        return hasGsub;
    }

    /**
     * The JDK's OpenType shaper over this font, made on first use, or null when the JDK cannot open the font
     * (then text is drawn character by character, as before shaping existed).
     */
    public org.inkpool.layout.font.GlyphShaper shaper() {
        Object known = shaper;
        if (known == null) {
            synchronized (this) {
                known = shaper;
                if (known == null) {
                    known = makeShaper();
                    shaper = known;
                }
            }
        }
        return known == NONE ? null : (AwtGlyphShaper) known;
    }

    private Object makeShaper() {
        try {
            java.awt.Font font = source.awtFont();
            return font == null ? NONE : new AwtGlyphShaper(font, advances.length, this::glyphId);
        } catch (IOException | java.awt.FontFormatException | RuntimeException | LinkageError e) {
            return NONE; // e.g. no font support in this JRE: shaping is an improvement, never a requirement
        }
    }

    private int advanceUnits(int codePoint) {
        if (codePoint < 0 || codePoint > 0x10FFFF) {
            return advances[0];
        }
        int pageIndex = codePoint >> PAGE_BITS;
        int[] page = advanceCache.get(pageIndex);
        if (page == null) {
            int[] fresh = new int[1 << PAGE_BITS];
            java.util.Arrays.fill(fresh, UNKNOWN);
            // A lost race only costs a recomputation: the other page wins and ours is dropped.
            advanceCache.compareAndSet(pageIndex, null, fresh);
            page = advanceCache.get(pageIndex);
        }
        int slot = codePoint & ((1 << PAGE_BITS) - 1);
        int units = page[slot];
        if (units == UNKNOWN) {
            int gid = glyphId(codePoint);
            units = advances[Math.min(Math.max(gid, 0), advances.length - 1)];
            page[slot] = units;
        }
        return units;
    }

    /** A parsed instance for the one thread writing one PDF; give it back with {@link #release}. */
    TrueTypeFont borrow() throws IOException {
        synchronized (idle) {
            TrueTypeFont font = idle.pollFirst();
            if (font != null) {
                return font;
            }
        }
        TrueTypeFont font = source.open();
        instancesOpened.incrementAndGet();
        // Word draws no standard ligatures (facts §2), and layout measured plain advances.
        font.setEnableGsub(false);
        return font;
    }

    void release(TrueTypeFont font) {
        returnInstance(font);
        budget.released(List.of(this));
    }

    /**
     * Puts an instance back without applying the budget: a document returns all its fonts first, then
     * the budget is applied once to them together ({@link FontInstanceBudget#released}).
     */
    void returnInstance(TrueTypeFont font) {
        synchronized (idle) {
            idle.addFirst(font);
        }
    }

    /** The file an installed face's glyphs are read from, or null: then documents embed a parsed instance. */
    GlyphSource glyphSource() {
        return glyphSource;
    }

    FontInstanceBudget budget() {
        return budget;
    }

    /** Heap held by instances nobody is using. */
    public long idleBytes() {
        synchronized (idle) {
            return idle.size() * instanceBytes;
        }
    }

    /**
     * Closes the instances nobody is using, freeing their copy of the font data; measuring keeps working
     * (advances and the cmap were copied out), and painting parses a fresh instance when it needs one.
     *
     * @return the heap estimated freed
     */
    long closeIdle() {
        List<TrueTypeFont> closing;
        synchronized (idle) {
            closing = new ArrayList<>(idle);
            idle.clear();
        }
        for (TrueTypeFont font : closing) {
            try {
                font.close();
            } catch (IOException e) {
                // closing an in-memory copy cannot fail in a way that matters
            }
        }
        return closing.size() * instanceBytes;
    }

    /** How many parsed instances exist (one per PDF written concurrently at the peak). */
    public int instancesOpened() {
        return instancesOpened.get();
    }

    @Override
    public String toString() {
        return faceName;
    }
}
