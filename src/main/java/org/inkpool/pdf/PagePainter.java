package org.inkpool.pdf;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;
import org.inkpool.layout.FilledRect;
import org.inkpool.layout.FontFace;
import org.inkpool.layout.GlyphRun;
import org.inkpool.layout.PageItem;
import org.inkpool.layout.PlacedImage;
import org.inkpool.layout.Rule;
import org.inkpool.model.Rgb;

import java.io.IOException;
import java.util.Map;

/**
 * Paints one page's items, in order, into a content stream. Layout works from the top-left corner with y
 * down; PDF from the bottom-left with y up, so every y becomes {@code pageHeight - y}.
 */
final class PagePainter {

    private final PDPageContentStream content;
    private final double pageHeight;
    private final DocumentPdfFonts fonts;
    private final ImageEmbedder images;
    private final FaceResolver faces;
    private final Map<String, Integer> fallbackCharacters;

    /**
     * Finds the font that draws a character for faces that did not come from {@link DocumentFonts}, or whose
     * font lacks the character.
     */
    interface FaceResolver {
        PdfFontFace resolve(FontFace face, int codePoint);
    }

    PagePainter(PDPageContentStream content, double pageHeight, DocumentPdfFonts fonts, ImageEmbedder images,
                FaceResolver faces, Map<String, Integer> fallbackCharacters) {
        this.content = content;
        this.pageHeight = pageHeight;
        this.fonts = fonts;
        this.images = images;
        this.faces = faces;
        this.fallbackCharacters = fallbackCharacters;
    }

    void paint(PageItem item) throws IOException {
        if (item instanceof GlyphRun run) {
            paintText(run);
        } else if (item instanceof Rule rule) {
            paintRule(rule);
        } else if (item instanceof FilledRect rect) {
            paintRect(rect);
        } else if (item instanceof PlacedImage image) {
            paintImage(image);
        }
    }

    /**
     * Draws the run in segments of characters one font can draw, each placed where layout measured it, so a
     * character no font has (left out) or one drawn by another font does not shift the rest.
     */
    private void paintText(GlyphRun run) throws IOException {
        String text = run.text();
        double x = run.x();
        float y = (float) (pageHeight - run.baseline());
        content.beginText();
        content.setCharacterSpacing((float) run.charSpacing());
        fill(run.color());
        StringBuilder segment = new StringBuilder();
        DocumentPdfFonts.PdfFont segmentFont = null;
        double segmentX = x;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            PdfFontFace face = faceOf(run.face(), cp);
            DocumentPdfFonts.PdfFont font = face.font().hasGlyph(cp) ? fonts.fontFor(face.font()) : null;
            boolean drawable = font != null && font.face().hasGlyph(cp);
            if (segmentFont != null && (!drawable || font != segmentFont)) {
                show(segment, segmentFont, run.size(), segmentX, y);
                segmentFont = null;
            }
            if (drawable) {
                if (segmentFont == null) {
                    segmentFont = font;
                    segmentX = x;
                }
                segment.appendCodePoint(cp);
                if (face.isFallback()) {
                    fallbackCharacters.merge(face.font().family(), 1, Integer::sum);
                }
            }
            x += face.advance(cp, run.size()) + run.charSpacing();
        }
        if (segmentFont != null) {
            show(segment, segmentFont, run.size(), segmentX, y);
        }
        content.endText();
    }

    /** The run's face, unless it cannot draw the character (layout should have split the run there). */
    private PdfFontFace faceOf(FontFace face, int cp) {
        if (face instanceof PdfFontFace own && own.font().hasGlyph(cp)) {
            return own;
        }
        return faces.resolve(face, cp);
    }

    private void show(StringBuilder segment, DocumentPdfFonts.PdfFont font, double size, double x, float y)
            throws IOException {
        content.setFont(font.font(), (float) size);
        content.setTextMatrix(Matrix.getTranslateInstance((float) x, y));
        content.showText(segment.toString());
        segment.setLength(0);
    }

    private void paintRule(Rule rule) throws IOException {
        float width = (float) Math.max(rule.thickness(), 0.1);
        content.saveGraphicsState();
        content.setLineWidth(width);
        stroke(rule.color());
        switch (rule.style()) {
            case SOLID -> content.setLineDashPattern(new float[0], 0);
            case DOTTED -> content.setLineDashPattern(new float[] {width, width}, 0);
            case DASHED -> content.setLineDashPattern(new float[] {3 * width, 2 * width}, 0);
        }
        content.moveTo((float) rule.x1(), (float) (pageHeight - rule.y1()));
        content.lineTo((float) rule.x2(), (float) (pageHeight - rule.y2()));
        content.stroke();
        content.restoreGraphicsState();
    }

    private void paintRect(FilledRect rect) throws IOException {
        content.saveGraphicsState();
        fill(rect.color());
        content.addRect((float) rect.x(), (float) (pageHeight - rect.y() - rect.height()), (float) rect.width(),
                (float) rect.height());
        content.fill();
        content.restoreGraphicsState();
    }

    private void paintImage(PlacedImage placed) throws IOException {
        var image = images.imageFor(placed.image());
        if (image.isPresent()) {
            content.drawImage(image.get(), (float) placed.x(), (float) (pageHeight - placed.y() - placed.height()),
                    (float) placed.width(), (float) placed.height());
        }
    }

    private void fill(Rgb color) throws IOException {
        Rgb c = color == null ? Rgb.BLACK : color;
        content.setNonStrokingColor(c.red(), c.green(), c.blue());
    }

    private void stroke(Rgb color) throws IOException {
        Rgb c = color == null ? Rgb.BLACK : color;
        content.setStrokingColor(c.red(), c.green(), c.blue());
    }
}
