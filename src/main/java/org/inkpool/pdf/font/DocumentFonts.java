package org.inkpool.pdf.font;

import org.inkpool.layout.font.FontFace;
import org.inkpool.layout.font.FontMetrics;
import org.inkpool.model.EmbeddedFont;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The fonts of one document: maps the font names the document uses to faces (its own embedded fonts
 * first, then installed fonts, then substitutes, then the bundled faces), falls back per character, and
 * reports every substitution once.
 */
public final class DocumentFonts implements FontMetrics {

    /** Word's font when a document names none (no theme part): word-layout-facts §2. */
    static final String DEFAULT_FAMILY = "Times New Roman";

    private final FontRegistry registry;
    private final Consumer<String> warnings;
    private final List<Embedded> embedded = new ArrayList<>();
    private final Set<String> warned = ConcurrentHashMap.newKeySet();
    /** Per family name as the document spells it: the four styles, each resolved once on first use. */
    private final Map<String, List<Slot<Resolved>>> resolved = new ConcurrentHashMap<>();
    private final Map<FallbackKey, PdfFontFace> fallbackFaces = new ConcurrentHashMap<>();

    /** {@code sameFamily}: the installed face of the run's own family, standing in for a subset embedded font. */
    private record FallbackKey(LoadedFont font, boolean bold, boolean italic, boolean sameFamily) {
    }

    private record Embedded(EmbeddedFont declared, LoadedFont font) {
    }

    /** What a (family, bold, italic) request resolved to, with its per-character fallbacks. */
    private record Resolved(String family, PdfFontFace primary, boolean bold, boolean italic,
                            Map<Integer, PdfFontFace> byChar) {
    }

    /** A document's fonts over the process's {@link FontRegistry#shared() shared registry}. */
    public DocumentFonts(List<EmbeddedFont> embeddedFonts, Consumer<String> warnings) {
        this(FontRegistry.shared(), embeddedFonts, warnings);
    }

    public DocumentFonts(FontRegistry registry, List<EmbeddedFont> embeddedFonts, Consumer<String> warnings) {
        this.registry = Objects.requireNonNull(registry);
        this.warnings = Objects.requireNonNull(warnings);
        for (EmbeddedFont font : embeddedFonts) {
            try {
                embedded.add(new Embedded(font, LoadedFont.load(font.family(), font.bold(), font.italic(),
                        FontSource.bytes(font.data()))));
            } catch (IOException | RuntimeException e) {
                warnOnce("embedded font '" + font.family() + "' could not be used (" + e.getMessage()
                        + "); using an installed font instead");
            }
        }
    }

    @Override
    public FontFace faceFor(String family, boolean bold, boolean italic, int codePoint) {
        String name = family == null || family.isBlank() ? DEFAULT_FAMILY : family;
        // Layout asks per character: no key objects are built on this path.
        Resolved r = resolved.computeIfAbsent(name, k -> List.of(new Slot<>(), new Slot<>(), new Slot<>(), new Slot<>()))
                .get((bold ? 2 : 0) | (italic ? 1 : 0))
                .get(() -> resolve(name.strip(), bold, italic));
        if (r.primary().font().hasGlyph(codePoint) || isInvisible(codePoint)) {
            return r.primary();
        }
        return r.byChar().computeIfAbsent(codePoint, cp -> fallback(cp, r));
    }

    /** Controls and format characters (soft hyphen, zero-width space, joiners) draw nothing: no search. */
    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT;
    }

    private PdfFontFace fallback(int codePoint, Resolved r) {
        // A document's embedded font is often a subset: the installed font of that family comes first.
        Optional<LoadedFont> sameFamily = registry.findWithGlyph(r.family(), r.bold(), r.italic(), codePoint)
                .filter(font -> font != r.primary().font());
        if (sameFamily.isPresent()) {
            LoadedFont font = sameFamily.get();
            return fallbackFaces.computeIfAbsent(new FallbackKey(font, r.bold(), r.italic(), true),
                    k -> new PdfFontFace(k.font(), r.primary().lineMetrics(), false, k.bold(), k.italic()));
        }
        // Private-use code points mean something only in the font that defines them: another font's glyph
        // there would be a wrong picture, so none is searched for.
        boolean privateUse = Character.getType(codePoint) == Character.PRIVATE_USE;
        // Next, a face of the same kind (Cambria's Cyrillic, which Caladea lacks, from a serif), then any face.
        Optional<LoadedFont> font = privateUse ? Optional.empty()
                : sameKind(codePoint, r).or(() -> registry.fallbackFor(codePoint, r.bold(), r.italic()));
        // Nothing has it: layout measures with the bundled face, and the writer reports what it left out.
        LoadedFont drawer = font.orElseGet(() -> registry.bundledLatin(r.bold()));
        return fallbackFaces.computeIfAbsent(new FallbackKey(drawer, r.bold(), r.italic(), false),
                k -> new PdfFontFace(k.font(), k.font().metrics(), true, k.bold(), k.italic()));
    }

    private Optional<LoadedFont> sameKind(int codePoint, Resolved r) {
        for (String candidate : FontSubstitutes.candidates(r.family())) {
            Optional<LoadedFont> font = registry.findWithGlyph(candidate, r.bold(), r.italic(), codePoint)
                    .filter(f -> f != r.primary().font());
            if (font.isPresent()) {
                return font;
            }
        }
        return Optional.empty();
    }

    private Resolved resolve(String family, boolean bold, boolean italic) {
        PdfFontFace face = fromEmbedded(family, bold, italic)
                .or(() -> installed(family, bold, italic))
                .or(() -> substitute(family, bold, italic))
                .orElseGet(() -> bundled(family, bold, italic));
        return new Resolved(family, face, bold, italic, new ConcurrentHashMap<>());
    }

    /**
     * The document's own font for the family: the embedded face of the wanted style, or, when the family is
     * not installed either, the nearest embedded style (emboldened or slanted as needed).
     */
    private Optional<PdfFontFace> fromEmbedded(String family, boolean bold, boolean italic) {
        Optional<Embedded> nearest = embedded.stream()
                .filter(e -> e.declared().family().strip().equalsIgnoreCase(family))
                .min(Comparator.comparingInt(e -> (e.declared().bold() == bold ? 0 : 2)
                        + (e.declared().italic() == italic ? 0 : 1)));
        boolean exact = nearest.map(e -> e.declared().bold() == bold && e.declared().italic() == italic)
                .orElse(false);
        if (!exact && registry.isInstalled(family)) {
            return Optional.empty();
        }
        return nearest.map(e -> new PdfFontFace(e.font(), e.font().metrics(), false, bold, italic));
    }

    private Optional<PdfFontFace> installed(String family, boolean bold, boolean italic) {
        return registry.find(family, bold, italic).map(found -> {
            noteMissingStyle(family, found.face(), bold);
            return new PdfFontFace(found.font(), found.font().metrics(), false, bold, italic);
        });
    }

    private Optional<PdfFontFace> substitute(String family, boolean bold, boolean italic) {
        for (String candidate : FontSubstitutes.candidates(family)) {
            Optional<FontRegistry.Loaded> found = registry.find(candidate, bold, italic);
            if (found.isPresent()) {
                LoadedFont font = found.get().font();
                if (FontSubstitutes.isKnown(family)) {
                    warnOnce("font '" + family + "' replaced by '" + font.family() + "'");
                } else {
                    warnOnce("font '" + family + "' not installed, using '" + font.family() + "'");
                }
                noteMissingStyle(font.family(), found.get().face(), bold);
                return Optional.of(new PdfFontFace(font, lineMetrics(family, font), false, bold, italic));
            }
        }
        return Optional.empty();
    }

    private PdfFontFace bundled(String family, boolean bold, boolean italic) {
        boolean cjk = FontSubstitutes.kindOf(family).isCjk();
        LoadedFont font = cjk ? registry.bundledCjk() : registry.bundledLatin(bold);
        warnOnce("font '" + family + "' not installed, using bundled '" + font.family() + "'");
        return new PdfFontFace(font, lineMetrics(family, font), false, bold, italic);
    }

    /** Lines are as tall as the named font makes them when we know its metrics (facts §2). */
    private static VerticalMetrics lineMetrics(String family, LoadedFont drawnWith) {
        return OfficeFontMetrics.of(family).orElse(drawnWith.metrics());
    }

    private void noteMissingStyle(String family, IndexedFace face, boolean bold) {
        if (bold && !face.bold()) {
            warnOnce("font '" + family + "' has no bold face; bold text is emboldened from its regular face");
        }
    }

    private void warnOnce(String message) {
        if (warned.add(message)) {
            warnings.accept(message);
        }
    }
}
