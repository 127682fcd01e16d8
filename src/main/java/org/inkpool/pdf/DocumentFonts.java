package org.inkpool.pdf;

import org.inkpool.layout.FontFace;
import org.inkpool.layout.FontMetrics;
import org.inkpool.model.EmbeddedFont;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
    private final Map<String, Resolved> resolved = new ConcurrentHashMap<>();
    private final Map<LoadedFont, PdfFontFace> fallbackFaces = new ConcurrentHashMap<>();

    private record Embedded(EmbeddedFont declared, LoadedFont font) {
    }

    /** What a (family, bold, italic) request resolved to, with its per-character fallbacks. */
    private record Resolved(PdfFontFace primary, boolean bold, boolean italic, Map<Integer, PdfFontFace> byChar) {
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
                String name = FontRegistry.faceName(font.family(), font.bold(), font.italic());
                embedded.add(new Embedded(font, LoadedFont.load(font.family(), name, FontSource.bytes(font.data()))));
            } catch (IOException | RuntimeException e) {
                warnOnce("embedded font '" + font.family() + "' could not be used (" + e.getMessage()
                        + "); using an installed font instead");
            }
        }
    }

    @Override
    public FontFace faceFor(String family, boolean bold, boolean italic, int codePoint) {
        String name = family == null || family.isBlank() ? DEFAULT_FAMILY : family.strip();
        Resolved r = resolved.computeIfAbsent(name.toLowerCase(Locale.ROOT) + "|" + bold + "|" + italic,
                k -> resolve(name, bold, italic));
        if (r.primary().font().hasGlyph(codePoint)) {
            return r.primary();
        }
        return r.byChar().computeIfAbsent(codePoint, cp -> fallback(cp, r));
    }

    private PdfFontFace fallback(int codePoint, Resolved r) {
        Optional<LoadedFont> font = registry.fallbackFor(codePoint, r.bold(), r.italic());
        if (font.isPresent()) {
            return fallbackFaces.computeIfAbsent(font.get(), f -> new PdfFontFace(f, f.metrics(), true));
        }
        warnOnce(String.format("character U+%04X has no glyph in any installed font", codePoint));
        LoadedFont lastResort = registry.bundledLatin(r.bold());
        return fallbackFaces.computeIfAbsent(lastResort, f -> new PdfFontFace(f, f.metrics(), true));
    }

    private Resolved resolve(String family, boolean bold, boolean italic) {
        PdfFontFace face = fromEmbedded(family, bold, italic)
                .or(() -> installed(family, bold, italic))
                .or(() -> substitute(family, bold, italic))
                .orElseGet(() -> bundled(family, bold));
        return new Resolved(face, bold, italic, new ConcurrentHashMap<>());
    }

    private Optional<PdfFontFace> fromEmbedded(String family, boolean bold, boolean italic) {
        return embedded.stream()
                .filter(e -> e.declared().family().strip().equalsIgnoreCase(family))
                .min(Comparator.comparingInt(e -> (e.declared().bold() == bold ? 0 : 2)
                        + (e.declared().italic() == italic ? 0 : 1)))
                .map(e -> new PdfFontFace(e.font(), e.font().metrics(), false));
    }

    private Optional<PdfFontFace> installed(String family, boolean bold, boolean italic) {
        return registry.find(family, bold, italic).map(found -> {
            noteMissingStyle(family, found.face(), bold);
            return new PdfFontFace(found.font(), found.font().metrics(), false);
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
                return Optional.of(new PdfFontFace(font, lineMetrics(family, font), false));
            }
        }
        return Optional.empty();
    }

    private PdfFontFace bundled(String family, boolean bold) {
        boolean cjk = FontSubstitutes.kindOf(family).isCjk();
        LoadedFont font = cjk ? registry.bundledCjk() : registry.bundledLatin(bold);
        warnOnce("font '" + family + "' not installed, using bundled '" + font.family() + "'");
        return new PdfFontFace(font, lineMetrics(family, font), false);
    }

    /** Lines are as tall as the named font makes them when we know its metrics (facts §2). */
    private static VerticalMetrics lineMetrics(String family, LoadedFont drawnWith) {
        return OfficeFontMetrics.of(family).orElse(drawnWith.metrics());
    }

    private void noteMissingStyle(String family, IndexedFace face, boolean bold) {
        if (bold && !face.bold()) {
            warnOnce("font '" + family + "' has no bold face; bold text drawn with its regular face");
        }
    }

    private void warnOnce(String message) {
        if (warned.add(message)) {
            warnings.accept(message);
        }
    }
}
