package org.inkpool.layout.line;

import org.inkpool.layout.font.FaceCache;
import org.inkpool.layout.font.FontFace;
import org.inkpool.layout.page.FilledRect;
import org.inkpool.layout.page.GlyphRun;
import org.inkpool.layout.page.PageItem;
import org.inkpool.layout.page.PathItem;
import org.inkpool.layout.page.PlacedImage;
import org.inkpool.layout.page.Rule;
import org.inkpool.layout.page.TurnedImage;
import org.inkpool.layout.page.TurnedText;
import org.inkpool.model.style.Alignment;
import org.inkpool.model.drawing.DrawingItem;
import org.inkpool.model.InlineDrawing;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.style.RunProps;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an {@link InlineDrawing}'s items into page items: measured once, scaled with the drawing,
 * relative to its top-left corner; then moved onto the page when the line holding it is placed.
 */
public final class DrawingItems {

    private DrawingItems() {
    }

    public static List<PageItem> resolve(InlineDrawing drawing, double scale, FaceCache faces) {
        List<PageItem> out = new ArrayList<>();
        for (DrawingItem item : drawing.items()) {
            if (item instanceof DrawingItem.DrawnText t) {
                text(t, scale, faces, out);
            } else if (item instanceof DrawingItem.DrawnLine l) {
                out.add(new Rule(l.x1() * scale, l.y1() * scale, l.x2() * scale, l.y2() * scale,
                        l.thickness() * scale, colour(l.color()), Rule.Style.SOLID));
            } else if (item instanceof DrawingItem.DrawnRect r) {
                rect(r, scale, out);
            } else if (item instanceof DrawingItem.DrawnPath p) {
                if (!p.segments().isEmpty() && (p.fill() != null || p.stroke() != null)) {
                    out.add(new PathItem(p.segments(), p.fill(), p.stroke()).moved(scale, 0, 0));
                }
            } else if (item instanceof DrawingItem.DrawnPicture p) {
                picture(p, scale, out);
            } else if (item instanceof DrawingItem.DrawnTextArt a) {
                textArt(a, scale, faces, out);
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

    /**
     * WordArt: the text at the size that makes it as wide as its box (or as tall, when that is smaller),
     * measured with the face's real advances, centred in the box and turned about the box's centre.
     */
    private static void textArt(DrawingItem.DrawnTextArt a, double scale, FaceCache faces, List<PageItem> out) {
        String text = printable(a.text());
        if (text.isBlank() || a.width() <= 0 || a.height() <= 0) {
            return;
        }
        int first = text.codePointAt(0);
        FontFace face = faces.faceFor(a.font(), a.bold(), a.italic(), first);
        double unitWidth = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            unitWidth += face.advance(cp, 1);
        }
        double unitHeight = face.ascent(1) + face.descent(1);
        if (unitWidth <= 0 || unitHeight <= 0) {
            return;
        }
        double w = a.width() * scale;
        double h = a.height() * scale;
        double size = Math.min(w / unitWidth, h / unitHeight);
        double cx = a.x() * scale + w / 2;
        double cy = a.y() * scale + h / 2;
        double baseline = cy + (face.ascent(size) - face.descent(size)) / 2;
        GlyphRun run = new GlyphRun(cx - unitWidth * size / 2, baseline, face, size, text, a.fill().color(), 0);
        out.add(new TurnedText(run, cx, cy, a.rotation(), a.fill().alpha()));
    }

    private static void picture(DrawingItem.DrawnPicture p, double scale, List<PageItem> out) {
        double x = p.x() * scale;
        double y = p.y() * scale;
        double w = p.width() * scale;
        double h = p.height() * scale;
        if (w <= 0 || h <= 0) {
            return;
        }
        if (p.rotation() % 360 == 0 && !p.flipH() && !p.flipV()) {
            out.add(new PlacedImage(x, y, w, h, p.image()));
        } else {
            out.add(new TurnedImage(x, y, w, h, p.rotation(), p.flipH(), p.flipV(), p.image()));
        }
    }

    private static Rgb colour(Rgb c) {
        return c == null ? Rgb.BLACK : c;
    }

    /** The items moved by (dx, dy) onto the page. */
    public static void translate(List<PageItem> items, double dx, double dy, List<PageItem> out) {
        for (PageItem item : items) {
            if (item instanceof GlyphRun g) {
                out.add(g.at(g.x() + dx, g.baseline() + dy));
            } else if (item instanceof Rule r) {
                out.add(new Rule(r.x1() + dx, r.y1() + dy, r.x2() + dx, r.y2() + dy, r.thickness(), r.color(),
                        r.style()));
            } else if (item instanceof FilledRect f) {
                out.add(new FilledRect(f.x() + dx, f.y() + dy, f.width(), f.height(), f.color()));
            } else if (item instanceof PathItem p) {
                out.add(p.moved(1, dx, dy));
            } else if (item instanceof PlacedImage p) {
                out.add(new PlacedImage(p.x() + dx, p.y() + dy, p.width(), p.height(), p.image()));
            } else if (item instanceof TurnedText t) {
                GlyphRun g = t.run();
                out.add(new TurnedText(new GlyphRun(g.x() + dx, g.baseline() + dy, g.face(), g.size(), g.text(),
                        g.color(), g.charSpacing()), t.cx() + dx, t.cy() + dy, t.rotation(), t.alpha()));
            } else if (item instanceof TurnedImage t) {
                out.add(new TurnedImage(t.x() + dx, t.y() + dy, t.width(), t.height(), t.rotation(), t.flipH(),
                        t.flipV(), t.image()));
            } else if (item instanceof org.inkpool.layout.page.Tag
                    || item instanceof org.inkpool.layout.page.ActualText) {
                out.add(item); // structure and reading text have no place to move
            }
        }
    }
}
