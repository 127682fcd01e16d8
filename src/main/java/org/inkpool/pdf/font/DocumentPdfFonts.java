package org.inkpool.pdf.font;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The PDF fonts of one PDDocument: one embedded, subsetted {@link PDType0Font} per face used, created on
 * first use. An installed face is embedded from a small copy holding the glyphs of the document's characters,
 * read from its file ({@link SmallFace}); a bundled or document font borrows a parsed font from its
 * {@link LoadedFont} for as long as the document is being written (the subset is cut when the document is
 * saved) and gives it back in {@link #close()}.
 */
public final class DocumentPdfFonts implements AutoCloseable {

    private final PDDocument document;
    private final FontRegistry registry;
    private final Consumer<String> warnings;
    private final Map<LoadedFont, PdfFont> fonts = new HashMap<>();
    /** The parsed instances this document borrowed, to give back when it is saved. */
    private final List<Borrowed> borrowed = new ArrayList<>();
    /** Every character of the document's text: the glyphs an installed face's small copy must hold. */
    private final BitSet codePoints;
    /** The small copies of installed faces ({@link SmallFace}) made for this document, closed with it. */
    private final List<TrueTypeFont> smallFaces = new ArrayList<>();

    private record Borrowed(LoadedFont face, TrueTypeFont instance) {
    }

    /** A PDF font and the face whose glyphs it holds (the bundled face when the wanted one cannot be embedded). */
    public record PdfFont(PDType0Font font, LoadedFont face) {
    }

    /** Glyph ids shaping chose per font (joining forms, conjuncts…): an installed face's small copy holds them too. */
    private final Map<LoadedFont, BitSet> shapedGlyphs;
    /** Supplementary Private Use Area-A: characters no document text uses, for shaped glyphs in a small copy. */
    private static final int PRIVATE_USE_START = 0xF0000;
    private static final int PRIVATE_USE_END = 0xFFFFD;

    /** {@code codePoints}: every character the document's text runs hold. */
    public DocumentPdfFonts(PDDocument document, FontRegistry registry, Consumer<String> warnings, BitSet codePoints) {
        this(document, registry, warnings, codePoints, Map.of());
    }

    /** {@code shapedGlyphs}: the glyph ids the document's shaped runs draw, per font. */
    public DocumentPdfFonts(PDDocument document, FontRegistry registry, Consumer<String> warnings, BitSet codePoints,
                            Map<LoadedFont, BitSet> shapedGlyphs) {
        this.document = document;
        this.registry = registry;
        this.warnings = warnings;
        this.codePoints = codePoints;
        this.shapedGlyphs = shapedGlyphs;
    }

    public PdfFont fontFor(LoadedFont face) throws IOException {
        PdfFont known = fonts.get(face);
        if (known != null) {
            return known;
        }
        PdfFont created;
        try {
            created = new PdfFont(embed(face), face);
        } catch (IOException | RuntimeException e) {
            // e.g. a font whose licence bits forbid embedding: never write an unembedded font
            LoadedFont bundled = face.hasGlyph('中') ? registry.bundledCjk() : registry.bundledLatin(face.bold());
            warnings.accept("font '" + face.faceName() + "' cannot be embedded (" + e.getMessage()
                    + "); drawn with '" + bundled.faceName() + "'");
            created = bundled == face ? null : fontFor(bundled);
            if (created == null) {
                throw new IOException("bundled font cannot be embedded", e);
            }
        }
        fonts.put(face, created);
        return created;
    }

    private PDType0Font embed(LoadedFont face) throws IOException {
        if (face.glyphSource() != null) {
            return embedSmall(face, face.glyphSource());
        }
        TrueTypeFont ttf = face.borrow();
        try {
            PDType0Font font = PDType0Font.load(document, ttf, true);
            borrowed.add(new Borrowed(face, ttf));
            return font;
        } catch (IOException | RuntimeException e) {
            face.release(ttf);
            throw e;
        }
    }

    /**
     * An installed face embedded from a small copy holding the glyphs of every character of the document it
     * has: a superset of what the painter can draw with it, since it draws only the text runs' characters.
     */
    private PDType0Font embedSmall(LoadedFont face, GlyphSource source) throws IOException {
        Map<Integer, Integer> glyphs = new HashMap<>();
        for (int cp = codePoints.nextSetBit(0); cp >= 0; cp = codePoints.nextSetBit(cp + 1)) {
            int gid = face.glyphId(cp);
            if (gid > 0) {
                glyphs.put(cp, gid);
            }
        }
        BitSet shaped = shapedGlyphs.getOrDefault(face, new BitSet());
        // A shaped glyph no character maps to (a joining form, a conjunct) gets a private-use character of its
        // own in the copy's cmap, so the PDF's ToUnicode names every glyph: readers then take the run's text
        // from its /ActualText span instead of dropping glyphs they cannot name.
        java.util.Set<Integer> mapped = new java.util.HashSet<>(glyphs.values());
        int privateUse = PRIVATE_USE_START;
        for (int gid = shaped.nextSetBit(1); gid >= 0 && privateUse <= PRIVATE_USE_END;
             gid = shaped.nextSetBit(gid + 1)) {
            while (glyphs.containsKey(privateUse) && privateUse < PRIVATE_USE_END) {
                privateUse++; // a character the document itself uses keeps its glyph
            }
            if (!mapped.contains(gid) && !glyphs.containsKey(privateUse)) {
                glyphs.put(privateUse++, gid);
            }
        }
        TrueTypeFont small = new TTFParser().parse(new RandomAccessReadBuffer(SmallFace.build(source, glyphs, shaped)));
        try {
            small.setEnableGsub(false);
            PDType0Font font = PDType0Font.load(document, small, true);
            smallFaces.add(small);
            return font;
        } catch (IOException | RuntimeException e) {
            small.close();
            throw e;
        }
    }

    /**
     * Returns the borrowed fonts, all of them before any budget applies, so that none of this document's
     * fonts closes another's instance; call only after the document is saved (or abandoned).
     */
    @Override
    public void close() {
        Map<FontInstanceBudget, List<LoadedFont>> byBudget = new LinkedHashMap<>();
        for (Borrowed b : borrowed) {
            b.face().returnInstance(b.instance());
            byBudget.computeIfAbsent(b.face().budget(), k -> new ArrayList<>()).add(b.face());
        }
        byBudget.forEach(FontInstanceBudget::released);
        borrowed.clear();
        for (TrueTypeFont small : smallFaces) {
            try {
                small.close();
            } catch (IOException e) {
                // an in-memory copy: nothing to release that matters
            }
        }
        smallFaces.clear();
        fonts.clear();
    }
}
