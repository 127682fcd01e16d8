package org.inkpool.layout;

import org.inkpool.model.Alignment;
import org.inkpool.model.DrawingItem;
import org.inkpool.model.InlineDrawing;
import org.inkpool.model.Rgb;
import org.inkpool.model.RunProps;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an {@link InlineDrawing}'s items into page items: measured once, scaled with the drawing,
 * relative to its top-left corner; then moved onto the page when the line holding it is placed.
 */
final class DrawingItems {

    private DrawingItems() {
    }

    static List<PageItem> resolve(InlineDrawing drawing, double scale, FaceCache faces) {
        List<PageItem> out = new ArrayList<>();
        for (DrawingItem item : drawing.items()) {
            if (item instanceof DrawingItem.DrawnText t) {
                text(t, scale, faces, out);
            } else if (item instanceof DrawingItem.DrawnLine l) {
                out.add(new Rule(l.x1() * scale, l.y1() * scale, l.x2() * scale, l.y2() * scale,
                        l.thickness() * scale, colour(l.color()), Rule.Style.SOLID));
            } else if (item instanceof DrawingItem.DrawnRect r) {
                rect(r, scale, out);
            }
        }
        return out;
    }

    private static void text(DrawingItem.DrawnText t, double scale, FaceCache faces, List<PageItem> out) {
        if (t.text() == null || t.text().isBlank() || t.props() == null || t.props().hidden()) {
            return;
        }
        RunProps props = t.props();
        String text = printable(t.text());
        int first = text.codePointAt(0);
        // one face for the whole label: chart labels are short and in one script
        FontFace face = faces.faceFor(props.fontFor(first), props.bold(), props.italic(), first);
        double size = props.size() * scale;
        double spacing = props.spacing() * scale;
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            width += face.advance(cp, size) + spacing;
        }
        double x = t.x() * scale;
        if (t.alignment() == Alignment.CENTER) {
            x -= width / 2;
        } else if (t.alignment() == Alignment.RIGHT) {
            x -= width;
        }
        out.add(new GlyphRun(x, t.baseline() * scale, face, size, text, colour(props.color()), spacing));
    }

    /** Control characters (a label's line feed) have no glyph: they show as spaces. */
    private static String printable(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> sb.appendCodePoint(cp < 0x20 || cp == 0x7F ? ' ' : cp));
        return sb.toString();
    }

    private static void rect(DrawingItem.DrawnRect r, double scale, List<PageItem> out) {
        double x = r.x() * scale;
        double y = r.y() * scale;
        double w = r.width() * scale;
        double h = r.height() * scale;
        if (r.fill() != null && w > 0 && h > 0) {
            out.add(new FilledRect(x, y, w, h, r.fill()));
        }
        if (r.stroke() != null) {
            double t = Math.max(0.25, 0.75 * scale);
            out.add(new Rule(x, y, x + w, y, t, r.stroke(), Rule.Style.SOLID));
            out.add(new Rule(x + w, y, x + w, y + h, t, r.stroke(), Rule.Style.SOLID));
            out.add(new Rule(x + w, y + h, x, y + h, t, r.stroke(), Rule.Style.SOLID));
            out.add(new Rule(x, y + h, x, y, t, r.stroke(), Rule.Style.SOLID));
        }
    }

    private static Rgb colour(Rgb c) {
        return c == null ? Rgb.BLACK : c;
    }

    /** The items moved by (dx, dy) onto the page. */
    static void translate(List<PageItem> items, double dx, double dy, List<PageItem> out) {
        for (PageItem item : items) {
            if (item instanceof GlyphRun g) {
                out.add(new GlyphRun(g.x() + dx, g.baseline() + dy, g.face(), g.size(), g.text(), g.color(),
                        g.charSpacing()));
            } else if (item instanceof Rule r) {
                out.add(new Rule(r.x1() + dx, r.y1() + dy, r.x2() + dx, r.y2() + dy, r.thickness(), r.color(),
                        r.style()));
            } else if (item instanceof FilledRect f) {
                out.add(new FilledRect(f.x() + dx, f.y() + dy, f.width(), f.height(), f.color()));
            } else if (item instanceof PlacedImage p) {
                out.add(new PlacedImage(p.x() + dx, p.y() + dy, p.width(), p.height(), p.image()));
            }
        }
    }
}
