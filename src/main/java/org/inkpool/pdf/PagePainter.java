package org.inkpool.pdf;

import org.inkpool.pdf.font.DocumentPdfFonts;
import org.inkpool.pdf.font.GlyphReport;
import org.inkpool.pdf.font.LoadedFont;
import org.inkpool.pdf.font.PdfFontFace;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.inkpool.layout.page.FilledRect;
import org.inkpool.layout.font.FontFace;
import org.inkpool.layout.page.GlyphRun;
import org.inkpool.layout.page.PageItem;
import org.inkpool.layout.page.PathItem;
import org.inkpool.layout.page.TurnedImage;
import org.inkpool.layout.page.TurnedText;
import org.inkpool.layout.page.PlacedImage;
import org.inkpool.layout.page.Rule;
import org.inkpool.layout.page.StretchedGlyph;
import org.inkpool.layout.page.ActualText;
import org.inkpool.layout.page.Tag;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Paints one page's items, in order, into a content stream. Layout works from the top-left corner with y
 * down; PDF from the bottom-left with y up, so every y becomes {@code pageHeight - y}.
 */
final class PagePainter {

    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;

    /** Points a glyph may stray from its measured place before a TJ adjustment puts it back (1/7200 in). */
    private static final double MAX_DRIFT = 0.01;
    /** Outline stroke for synthetic bold, as a fraction of the font size. */
    private static final double EMBOLDEN_STROKE = 0.03;
    /** tan 12°: the shear of synthetic italics. */
    private static final float SLANT = 0.2126f;

    private final PDPageContentStream content;
    private final double pageHeight;
    private final DocumentPdfFonts fonts;
    private final ImageEmbedder images;
    private final FaceResolver faces;
    private final GlyphReport glyphs;
    private final PageState state;
    private boolean openSpan;
    private final PathPainter paths;
    /** The style of the face asked last: a run asks for it once per character, nearly always the same face. */
    private PdfFontFace lastFace;
    private Style lastStyle;
    /** Where the current text object's line starts, as the last Td put it; NaN before the first. */
    private double lineX = Double.NaN;
    private double lineY = Double.NaN;
    /** A slanted segment's Tm (with its shear) set the line matrix of the current text object. */
    private boolean lineSheared;
    private final ShapedRunPainter shaped;
    /** Tags the content as it is painted; null for an untagged PDF. */
    private MarkedContent marks;

    /**
     * Finds the font that draws a character for faces that did not come from {@link DocumentFonts}, or whose
     * font lacks the character.
     */
    interface FaceResolver {
        PdfFontFace resolve(FontFace face, int codePoint);
    }

    PagePainter(PDPageContentStream content, double pageHeight, DocumentPdfFonts fonts, ImageEmbedder images,
                FaceResolver faces, GlyphReport glyphs) {
        this.content = content;
        this.pageHeight = pageHeight;
        this.fonts = fonts;
        this.images = images;
        this.faces = faces;
        this.glyphs = glyphs;
        this.state = new PageState(content);
        this.paths = new PathPainter(content, pageHeight);
        this.shaped = new ShapedRunPainter(content, state, pageHeight);
    }

    /** Tags what is painted from now on with {@code marks}. */
    PagePainter tagged(MarkedContent marks) {
        this.marks = marks;
        return this;
    }

    void paint(PageItem item) throws IOException {
        if (marks != null) {
            if (item instanceof Tag tag) {
                marks.tag(tag);
                return;
            }
            marks.before(item, openSpan);
        }
        if (item instanceof GlyphRun run && run.glyphs() != null) {
            paintShaped(run);
        } else if (item instanceof GlyphRun run) {
            paintText(run);
        } else if (item instanceof Rule rule) {
            paintRule(rule);
        } else if (item instanceof FilledRect rect) {
            paintRect(rect);
        } else if (item instanceof PlacedImage image) {
            paintImage(image);
        } else if (item instanceof StretchedGlyph stretched) {
            paintStretched(stretched);
        } else if (item instanceof ActualText span) {
            actualText(span);
        } else if (item instanceof PathItem path) {
            paths.paint(path);
        } else if (item instanceof TurnedImage turned) {
            paintTurnedImage(turned);
        } else if (item instanceof TurnedText turned) {
            paintTurnedText(turned);
        }
    }

    /** Ends the page's painting: closes an /ActualText span left open. */
    void finish() throws IOException {
        if (openSpan) {
            content.endMarkedContent();
            openSpan = false;
        }
        if (marks != null) {
            marks.finish();
        }
    }

    /** A glyph stretched vertically about its baseline (a tall parenthesis): the text drawn under a scaling. */
    private void paintStretched(StretchedGlyph stretched) throws IOException {
        float y = (float) (pageHeight - stretched.run().baseline());
        float scale = (float) stretched.yScale();
        content.saveGraphicsState();
        content.transform(new Matrix(1, 0, 0, scale, 0, y * (1 - scale)));
        paintText(stretched.run());
        content.restoreGraphicsState();
        state.forget();
    }

    /**
     * Opens or closes a marked-content span with /ActualText (ISO 32000-1 §14.9.4), written inline so every
     * reader finds it: text extraction gives the span's text (an equation's linear form) instead of its glyphs.
     */
    private void actualText(ActualText span) throws IOException {
        // spans are kept balanced whatever order the page's items come in: an end without its begin is
        // dropped, a begin inside an open span closes it first, and finish() closes the last one
        if (openSpan) {
            content.endMarkedContent();
            openSpan = false;
        }
        if (!span.begin()) {
            return;
        }
        openSpan = true;
        beginActualText(span.text());
    }

    private void beginActualText(String text) throws IOException {
        StringBuilder hex = new StringBuilder("FEFF");
        for (char ch : text.toCharArray()) {
            hex.append(String.format("%04X", (int) ch));
        }
        content.appendRawCommands("/Span <</ActualText <" + hex + ">>> BDC\n");
    }

    /**
     * Shows a segment; tagged, a drawn segment of private-use characters (a symbol font's) says what it is
     * in an /ActualText (PDF/A-2a 6.2.11.7.3), unless a span is open around it already.
     */
    private void showReadable(StringBuilder segment, Style style, GlyphRun run, double x, float y)
            throws IOException {
        boolean span = marks != null && !openSpan && PrivateUseText.has(segment);
        if (span) {
            beginActualText(PrivateUseText.readable(segment.toString(), run.face().name()));
        }
        show(segment, style, run, x, y);
        if (span) {
            content.appendRawCommands("EMC\n");
        }
    }

    /**
     * Draws the run in segments of characters one font (and one synthetic style) can draw. Every glyph goes
     * where layout measured it, with the run's face: a character no font has is left out without shifting
     * the rest, and one drawn by another font keeps its measured place.
     */
    private void paintText(GlyphRun run) throws IOException {
        String text = run.text();
        double x = run.x();
        float y = (float) (pageHeight - run.baseline());
        content.beginText();
        lineX = Double.NaN; // a new text object starts at the origin
        lineY = Double.NaN;
        lineSheared = false;
        // Tz scales the character spacing too: give it unscaled, so each glyph lands where layout put it
        state.horizontalScaling((float) (run.scale() * 100));
        state.charSpacing((float) (run.charSpacing() / run.scale()));
        state.fill(run.color());
        state.stroke(run.color());
        StringBuilder segment = new StringBuilder();
        Style segmentStyle = null;
        double segmentX = x;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            PdfFontFace face = isInvisible(cp) ? null : faceOf(run.face(), cp);
            Style style = face != null && face.font().hasGlyph(cp) ? styleOf(face) : null;
            boolean drawable = style != null && style.font().face().hasGlyph(cp);
            if (segmentStyle != null && (!drawable || style != segmentStyle && !style.equals(segmentStyle))) {
                showReadable(segment, segmentStyle, run, segmentX, y);
                segmentStyle = null;
            }
            if (drawable) {
                if (segmentStyle == null) {
                    segmentStyle = style;
                    segmentX = x;
                }
                segment.appendCodePoint(cp);
                if (face.isFallback()) {
                    glyphs.drawnWithFallback(face.font().family());
                }
            } else if (face != null) {
                glyphs.notDrawable(cp);
            }
            x += run.face().advance(cp, run.size()) * run.scale() + run.charSpacing();
        }
        if (segmentStyle != null) {
            showReadable(segment, segmentStyle, run, segmentX, y);
        }
        content.endText();
    }

    /**
     * A run of shaped glyphs, drawn by glyph id with its text in an /ActualText span (unless one is open
     * already: spans do not nest). Should its font have been swapped for a bundled one that could be embedded,
     * the glyph ids would not fit it: the run is then drawn character by character.
     */
    private void paintShaped(GlyphRun run) throws IOException {
        if (run.face() instanceof PdfFontFace face) {
            Style style = styleOf(face);
            if (style.font().face() == face.font()) {
                shaped.paint(run, style.font().font(), face.font(), style.emboldened(), style.slanted(), !openSpan);
                return;
            }
        }
        paintText(new GlyphRun(run.x(), run.baseline(), run.face(), run.size(), run.text(), run.color(),
                run.charSpacing(), run.scale()));
    }

    /**
     * Controls and format characters (tab, soft hyphen, zero-width space) are never drawn. The
     * zero-width joiner and non-joiner are, where a font has them: they are part of words (Persian
     * writes "می‌خواهند" with a non-joiner), so the page's text must keep them.
     */
    private static boolean isInvisible(int cp) {
        if (cp == ZWNJ || cp == ZWJ) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT;
    }

    /** The PDF font and the synthetic styling a segment is drawn with. */
    private record Style(DocumentPdfFonts.PdfFont font, boolean emboldened, boolean slanted) {
    }

    private Style styleOf(PdfFontFace face) throws IOException {
        if (face == lastFace) {
            return lastStyle;
        }
        DocumentPdfFonts.PdfFont font = fonts.fontFor(face.font());
        // A font swapped for the bundled bold face because it could not be embedded is bold already.
        boolean emboldened = face.syntheticBold() && !font.face().bold();
        lastStyle = new Style(font, emboldened, face.syntheticItalic() && !font.face().italic());
        lastFace = face;
        return lastStyle;
    }

    /**
     * Puts the text position at (x, y): upright text by {@code Td}, relative to where the text object's line
     * starts (at its beginning the origin) — two numbers instead of Tm's six, for every word of justified
     * text; slanted text by {@code Tm} with the shear.
     */
    private void moveTo(double x, float y, boolean slanted) throws IOException {
        if (slanted || lineSheared) {
            content.setTextMatrix(new Matrix(1, 0, slanted ? SLANT : 0, 1, (float) x, y));
            lineSheared = slanted;
        } else if (Double.isNaN(lineX)) {
            content.newLineAtOffset((float) x, y); // from the origin: the text object's first position
        } else {
            content.newLineAtOffset((float) (x - lineX), (float) (y - lineY));
        }
        lineX = x;
        lineY = y;
    }

    /** The run's face, unless it cannot draw the character (layout should have split the run there). */
    private PdfFontFace faceOf(FontFace face, int cp) {
        if (face instanceof PdfFontFace own && own.font().hasGlyph(cp)) {
            return own;
        }
        return faces.resolve(face, cp);
    }

    /**
     * Shows a segment with a TJ adjustment after every glyph whose PDF width (whole thousandths of an em, of
     * the font that draws it) differs from the advance layout measured with the run's face, so glyphs land
     * exactly where layout placed them instead of drifting.
     */
    private void show(StringBuilder segment, Style style, GlyphRun run, double x, float y) throws IOException {
        double size = run.size();
        state.font(style.font().font(), (float) size);
        // Emboldening strokes the outlines as well as filling them; slanting shears by 12° like Word's italics.
        state.renderingMode(style.emboldened() ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
        if (style.emboldened()) {
            state.lineWidth((float) (size * EMBOLDEN_STROKE));
        }
        moveTo(x, y, style.slanted());
        LoadedFont drawing = style.font().face();
        // Corrections are gathered until they would move a glyph by MAX_DRIFT: almost every glyph's PDF width
        // differs from its exact advance by a fraction of a thousandth, and a correction after each one cost
        // a third of the time spent showing text (a string and a number per glyph).
        double tolerance = size == 0 ? Double.MAX_VALUE : MAX_DRIFT * 1000 / size;
        List<Object> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        String text = segment.toString();
        double drift = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            piece.appendCodePoint(cp);
            double measured = size == 0 ? 0 : run.face().advance(cp, size) * 1000 / size;
            drift += drawing.pdfWidth(cp) - measured;
            if (i < text.length() && Math.abs(drift) >= tolerance) {
                pieces.add(piece.toString());
                pieces.add((float) drift);
                piece.setLength(0);
                drift = 0;
            }
        }
        if (piece.length() > 0) {
            pieces.add(piece.toString());
        }
        if (pieces.size() == 1) {
            content.showText(text);
        } else {
            content.showTextWithPositioning(pieces.toArray());
        }
        segment.setLength(0);
    }

    private void paintRule(Rule rule) throws IOException {
        float width = (float) Math.max(rule.thickness(), 0.1);
        content.saveGraphicsState();
        content.setLineWidth(width);
        PageState.writeStroke(content, rule.color());
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
        PageState.writeFill(content, rect.color());
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

    /** A picture turned about its box's centre (and mirrored first when flipped), through the matrix. */
    private void paintTurnedImage(TurnedImage t) throws IOException {
        var image = images.imageFor(t.image());
        if (image.isEmpty()) {
            return;
        }
        double cx = t.x() + t.width() / 2;
        double cy = pageHeight - (t.y() + t.height() / 2);
        content.saveGraphicsState();
        // clockwise on the page (y down) is clockwise to the eye: a negative angle in PDF's y-up space
        Matrix m = Matrix.getTranslateInstance((float) cx, (float) cy);
        m.concatenate(Matrix.getRotateInstance(-Math.toRadians(t.rotation()), 0, 0));
        m.concatenate(Matrix.getScaleInstance(t.flipH() ? -1 : 1, t.flipV() ? -1 : 1));
        content.transform(m);
        content.drawImage(image.get(), (float) (-t.width() / 2), (float) (-t.height() / 2), (float) t.width(),
                (float) t.height());
        content.restoreGraphicsState();
    }

    /** Text turned about a point and painted translucent: inside a saved state, which the cache then forgets. */
    private void paintTurnedText(TurnedText t) throws IOException {
        content.saveGraphicsState();
        try {
            if (t.alpha() < 1) {
                var gs = new org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState();
                gs.setNonStrokingAlphaConstant((float) t.alpha());
                gs.setStrokingAlphaConstant((float) t.alpha());
                content.setGraphicsStateParameters(gs);
            }
            float cx = (float) t.cx();
            float cy = (float) (pageHeight - t.cy());
            Matrix m = Matrix.getTranslateInstance(cx, cy);
            m.concatenate(Matrix.getRotateInstance(-Math.toRadians(t.rotation()), 0, 0));
            m.concatenate(Matrix.getTranslateInstance(-cx, -cy));
            content.transform(m);
            paintText(t.run());
        } finally {
            content.restoreGraphicsState();
            state.forget();
        }
    }
}
