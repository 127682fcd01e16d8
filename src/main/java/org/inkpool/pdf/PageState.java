package org.inkpool.pdf;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.inkpool.model.style.Rgb;

import java.io.IOException;
import java.util.Objects;

/**
 * The page's graphics state as text painting left it, so an operator is written only when its value
 * changes. Colours, line width and the text state (font, character spacing, rendering mode) outlive a text
 * object, and runs mostly repeat their neighbours' settings: writing them for every run made a third of
 * each content stream, all of it formatted and deflated again. Only painting outside any {@code q … Q}
 * may go through here; what is set inside a saved state is undone by its restore and must not be recorded.
 */
final class PageState {
    private final PDPageContentStream content;
    private Rgb fill;
    private Rgb stroke;
    private PDFont font;
    private float fontSize = Float.NaN;
    private float charSpacing = Float.NaN;
    private float horizontalScaling = 100;
    private RenderingMode renderingMode;
    private float lineWidth = Float.NaN;

    PageState(PDPageContentStream content) {
        this.content = content;
    }

    void fill(Rgb color) throws IOException {
        Rgb c = orBlack(color);
        if (!c.equals(fill)) {
            writeFill(content, c);
            fill = c;
        }
    }

    void stroke(Rgb color) throws IOException {
        Rgb c = orBlack(color);
        if (!c.equals(stroke)) {
            writeStroke(content, c);
            stroke = c;
        }
    }

    /** Sets the fill colour unconditionally (no colour is black), for painting inside a saved state. */
    static void writeFill(PDPageContentStream content, Rgb color) throws IOException {
        Rgb c = orBlack(color);
        content.setNonStrokingColor(c.red(), c.green(), c.blue());
    }

    /** Sets the stroke colour unconditionally (no colour is black), for painting inside a saved state. */
    static void writeStroke(PDPageContentStream content, Rgb color) throws IOException {
        Rgb c = orBlack(color);
        content.setStrokingColor(c.red(), c.green(), c.blue());
    }

    private static Rgb orBlack(Rgb color) {
        return color == null ? Rgb.BLACK : color;
    }

    void font(PDFont newFont, float size) throws IOException {
        if (!Objects.equals(newFont, font) || size != fontSize) {
            content.setFont(newFont, size);
            font = newFont;
            fontSize = size;
        }
    }

    /** Horizontal scaling (Tz) in percent. */
    void horizontalScaling(float percent) throws IOException {
        if (percent != horizontalScaling) {
            content.setHorizontalScaling(percent);
            horizontalScaling = percent;
        }
    }

    void charSpacing(float spacing) throws IOException {
        if (spacing != charSpacing) {
            content.setCharacterSpacing(spacing);
            charSpacing = spacing;
        }
    }

    void renderingMode(RenderingMode mode) throws IOException {
        if (mode != renderingMode) {
            content.setRenderingMode(mode);
            renderingMode = mode;
        }
    }

    void lineWidth(float width) throws IOException {
        if (width != lineWidth) {
            content.setLineWidth(width);
            lineWidth = width;
        }
    }

    /** After a {@code Q}: what was set inside the saved state is undone, so nothing is known any more. */
    void forget() {
        fill = null;
        stroke = null;
        font = null;
        fontSize = Float.NaN;
        charSpacing = Float.NaN;
        renderingMode = null;
        lineWidth = Float.NaN;
    }
}
