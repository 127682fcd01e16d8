package org.inkpool.pdf;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.inkpool.layout.page.GlyphRun;
import org.inkpool.layout.page.PlacedGlyphs;
import org.inkpool.pdf.font.LoadedFont;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Draws a run of shaped glyphs by glyph id: one TJ whose adjustments put every glyph where shaping placed it,
 * a text rise for the glyphs GPOS lifts or lowers (marks), and the glyph ids added to the font's subset. The
 * run's text is given to readers through an /ActualText span, as its glyphs (a conjunct, a ligature, a joining
 * form) need not map back to characters one by one.
 */
final class ShapedRunPainter {

    /** Outline stroke for synthetic bold, as a fraction of the font size (as {@link PagePainter}). */
    private static final double EMBOLDEN_STROKE = 0.03;
    private static final float SLANT = 0.2126f;
    /** Gaps below this (thousandths of an em) are left out of the TJ array. */
    private static final double NEGLIGIBLE = 0.05;

    private final PDPageContentStream content;
    private final PageState state;
    private final double pageHeight;

    ShapedRunPainter(PDPageContentStream content, PageState state, double pageHeight) {
        this.content = content;
        this.state = state;
        this.pageHeight = pageHeight;
    }

    void paint(GlyphRun run, PDType0Font font, LoadedFont drawing, boolean emboldened, boolean slanted,
               boolean actualText) throws IOException {
        PlacedGlyphs glyphs = run.glyphs();
        Set<Integer> ids = new HashSet<>();
        for (int id : glyphs.ids()) {
            ids.add(id);
        }
        font.addGlyphsToSubset(ids);
        // Readers put right-to-left glyphs back in logical order themselves, glyph by glyph: such a run names
        // each cluster's text in a span of its own; a left-to-right run names its whole text once.
        actualText &= !glyphs.plain(); // kerned glyphs the font maps from their characters name themselves
        boolean perCluster = actualText && glyphs.rightToLeft();
        if (actualText && !perCluster) {
            content.appendRawCommands("/Span <</ActualText " + utf16Hex(run.text()) + ">> BDC\n");
        }
        double size = run.size();
        double scale = run.scale();
        content.beginText();
        state.horizontalScaling((float) (scale * 100));
        state.charSpacing(0);
        state.fill(run.color());
        state.stroke(run.color());
        state.font(font, (float) size);
        state.renderingMode(emboldened ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
        if (emboldened) {
            state.lineWidth((float) (size * EMBOLDEN_STROKE));
        }
        content.setTextMatrix(new Matrix(1, 0, slanted ? SLANT : 0, 1, (float) run.x(),
                (float) (pageHeight - run.baseline())));
        StringBuilder ops = new StringBuilder("[");
        double unit = size * scale / 1000; // points per thousandth of an em, as TJ counts
        double pen = 0;
        double rise = 0;
        int cluster = 0;
        for (int i = 0; i < glyphs.size(); i++) {
            if (perCluster && cluster < glyphs.clusterStarts().length && glyphs.clusterStarts()[cluster] == i) {
                ops.append("] TJ\n");
                if (cluster > 0) {
                    ops.append("EMC\n");
                }
                ops.append("/Span <</ActualText ").append(utf16Hex(glyphs.clusterTexts()[cluster]))
                        .append(">> BDC\n[");
                cluster++;
            }
            if (glyphs.y()[i] != rise) {
                rise = glyphs.y()[i];
                ops.append("] TJ\n").append(number(rise)).append(" Ts\n[");
            }
            double gap = unit == 0 ? 0 : (glyphs.x()[i] - pen) / unit;
            if (Math.abs(gap) >= NEGLIGIBLE) {
                ops.append(number(-gap)).append(' ');
            }
            appendHex4(ops.append('<'), glyphs.ids()[i]).append('>');
            pen = glyphs.x()[i] + drawing.pdfGlyphWidth(glyphs.ids()[i]) * unit;
        }
        ops.append("] TJ\n");
        if (perCluster && cluster > 0) {
            ops.append("EMC\n");
        }
        if (rise != 0) {
            ops.append("0 Ts\n");
        }
        content.appendRawCommands(ops.toString());
        content.endText();
        if (actualText && !perCluster) {
            content.endMarkedContent();
        }
    }

    /** A number with at most three decimals, as PDF content writes it (no exponent, no locale). */
    static String number(double v) {
        long thousandths = Math.round(v * 1000);
        if (thousandths == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        if (thousandths < 0) {
            sb.append('-');
            thousandths = -thousandths;
        }
        sb.append(thousandths / 1000);
        long fraction = thousandths % 1000;
        if (fraction != 0) {
            sb.append('.');
            String digits = Long.toString(1000 + fraction).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            sb.append(digits, 0, end);
        }
        return sb.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static StringBuilder appendHex4(StringBuilder sb, int value) {
        return sb.append(HEX[(value >> 12) & 0xF]).append(HEX[(value >> 8) & 0xF]).append(HEX[(value >> 4) & 0xF])
                .append(HEX[value & 0xF]);
    }

    /** A PDF text string in UTF-16BE with its byte-order mark, as hex. */
    static String utf16Hex(String text) {
        StringBuilder hex = new StringBuilder(6 + 4 * text.length()).append("<FEFF");
        for (int i = 0; i < text.length(); i++) {
            appendHex4(hex, text.charAt(i));
        }
        return hex.append('>').toString();
    }
}
