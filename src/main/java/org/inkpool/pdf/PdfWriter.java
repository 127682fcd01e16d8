package org.inkpool.pdf;

import org.inkpool.pdf.font.DocumentFonts;
import org.inkpool.pdf.font.DocumentPdfFonts;
import org.inkpool.pdf.font.FontRegistry;
import org.inkpool.pdf.font.GlyphReport;
import org.inkpool.pdf.font.LoadedFont;
import org.inkpool.pdf.font.PdfFontFace;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.inkpool.layout.font.FontFace;
import org.inkpool.layout.page.GlyphRun;
import org.inkpool.layout.page.LaidOutDocument;
import org.inkpool.layout.page.Page;
import org.inkpool.layout.page.PageItem;
import org.inkpool.model.DocumentInfo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * Writes laid-out pages as a PDF with PDFBox: one PDF page per page, items painted in order, every font
 * embedded as a subset, pictures embedded once, document properties in the info dictionary. Safe to use
 * from several threads at once (each call builds its own PDDocument).
 */
public final class PdfWriter {

    /** Share of the progress given to painting; saving (cutting font subsets, compressing) is the rest. */
    private static final double PAINT_SHARE = 0.9;

    private final FontRegistry registry;
    private final Consumer<String> warnings;

    /** A writer over the process's shared font registry, reporting to {@code warnings}. */
    public PdfWriter(Consumer<String> warnings) {
        this(FontRegistry.shared(), warnings);
    }

    public PdfWriter(FontRegistry registry, Consumer<String> warnings) {
        this.registry = Objects.requireNonNull(registry);
        this.warnings = Objects.requireNonNull(warnings);
    }

    /** Writes to {@code target} (created or replaced). */
    public void write(LaidOutDocument document, DocumentInfo info, Path target, DoubleConsumer progress)
            throws IOException {
        write(document, info, target, progress, PdfOptions.DEFAULT);
    }

    /** Writes to {@code target} (created or replaced) as {@code options} ask. */
    public void write(LaidOutDocument document, DocumentInfo info, Path target, DoubleConsumer progress,
                      PdfOptions options) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
            write(document, info, out, progress, options);
        }
    }

    /** Writes an ordinary PDF to {@code out} (not closed). */
    public void write(LaidOutDocument document, DocumentInfo info, OutputStream out, DoubleConsumer progress)
            throws IOException {
        write(document, info, out, progress, PdfOptions.DEFAULT);
    }

    /**
     * Writes the PDF to {@code out} (not closed). {@code progress} hears the fraction done, 0..1, after each
     * page and once more when the file is complete.
     */
    public void write(LaidOutDocument document, DocumentInfo info, OutputStream out, DoubleConsumer progress,
                      PdfOptions options) throws IOException {
        GlyphReport glyphs = new GlyphReport();
        TextUse text = TextUse.of(document.pages());
        registry.spareOnly(text.faces());
        DocumentFonts foreignFaces = new DocumentFonts(registry, List.of(), warnings);
        try (PDDocument pdf = new PDDocument();
             DocumentPdfFonts fonts = new DocumentPdfFonts(pdf, registry, warnings, text.codePoints(),
                     text.shapedGlyphs())) {
            // tagged, PDF/A claims level A: the structure tree, /Lang and every glyph's Unicode are what it adds
            PdfMetadata.describe(pdf, info == null ? DocumentInfo.EMPTY : info, options.pdfa() ? 2 : 0,
                    options.tagged() ? "A" : "B",
                    java.time.Instant.now());
            if (options.pdfa()) {
                PdfArchive.addOutputIntent(pdf);
            }
            ImageEmbedder images = new ImageEmbedder(pdf, warnings);
            StructureTree structure = options.tagged() ? new StructureTree(pdf) : null;
            PagePainter.FaceResolver resolver = (face, cp) -> resolve(foreignFaces, face, cp);
            List<Page> pages = document.pages();
            for (int i = 0; i < pages.size(); i++) {
                Page page = pages.get(i);
                PDPage pdfPage = new PDPage(new PDRectangle((float) page.width(), (float) page.height()));
                pdf.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(pdf, pdfPage)) {
                    PagePainter painter = new PagePainter(content, page.height(), fonts, images, resolver,
                            glyphs);
                    if (structure != null) {
                        painter.tagged(new MarkedContent(structure, pdfPage, content));
                    }
                    for (PageItem item : page.items()) {
                        painter.paint(item);
                    }
                    painter.finish();
                }
                progress.accept(PAINT_SHARE * (i + 1) / pages.size());
            }
            new PdfNavigation(pdf, pages, structure, options.bookmarksOutline()).apply();
            if (structure != null) {
                structure.finish();
            }
            pdf.save(out);
        }
        glyphs.report(warnings);
        progress.accept(1.0);
    }

    /** The fonts the pages' text is drawn with (faces made elsewhere left out) and every character of it. */
    private record TextUse(Set<LoadedFont> faces, BitSet codePoints, java.util.Map<LoadedFont, BitSet> shapedGlyphs) {
        static TextUse of(List<Page> pages) {
            TextUse use = new TextUse(new HashSet<>(), new BitSet(), new java.util.HashMap<>());
            for (Page page : pages) {
                for (PageItem item : page.items()) {
                    GlyphRun run = item instanceof GlyphRun g ? g
                            : item instanceof org.inkpool.layout.page.StretchedGlyph s ? s.run()
                            : item instanceof org.inkpool.layout.page.TurnedText t ? t.run() : null;
                    if (run != null) {
                        run.text().codePoints().forEach(use.codePoints()::set);
                        if (run.face() instanceof PdfFontFace face) {
                            use.faces().add(face.font());
                            if (run.glyphs() != null) {
                                BitSet ids = use.shapedGlyphs().computeIfAbsent(face.font(), f -> new BitSet());
                                for (int id : run.glyphs().ids()) {
                                    ids.set(id);
                                }
                            }
                        }
                    }
                }
            }
            return use;
        }
    }

    /**
     * A face of ours that lacks the character hands it to the fallback search; a face made by someone
     * else's {@code FontMetrics} is looked up by its name.
     */
    private PdfFontFace resolve(DocumentFonts fonts, FontFace face, int cp) {
        if (face instanceof PdfFontFace own) {
            boolean bold = own.font().bold() || own.syntheticBold();
            boolean italic = own.font().italic() || own.syntheticItalic();
            LoadedFont font = registry.fallbackFor(cp, bold, italic).orElseGet(() -> registry.bundledLatin(bold));
            return new PdfFontFace(font, font.metrics(), true, bold, italic);
        }
        return (PdfFontFace) fonts.faceFor(face.name(), false, false, cp);
    }
}
