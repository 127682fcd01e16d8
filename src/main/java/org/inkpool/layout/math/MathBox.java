package org.inkpool.layout.math;

import org.inkpool.layout.page.ActualText;
import org.inkpool.layout.page.FilledRect;
import org.inkpool.layout.page.GlyphRun;
import org.inkpool.layout.page.PageItem;
import org.inkpool.layout.page.PlacedImage;
import org.inkpool.layout.page.Rule;
import org.inkpool.layout.page.StretchedGlyph;

import java.util.ArrayList;
import java.util.List;

/**
 * A laid-out piece of math: its width, its extent above and below its baseline, and what it paints,
 * in points relative to its left edge on its baseline (y down, like a page).
 */
public final class MathBox {

    public static final MathBox EMPTY = new MathBox(0, 0, 0, List.of());

    private final double width;
    private final double ascent;
    private final double descent;
    private final List<PageItem> items;

    public MathBox(double width, double ascent, double descent, List<PageItem> items) {
        this.width = width;
        this.ascent = ascent;
        this.descent = descent;
        this.items = List.copyOf(items);
    }

    public double width() {
        return width;
    }

    /** Extent above the baseline (positive up). */
    public double ascent() {
        return ascent;
    }

    /** Extent below the baseline (positive down). */
    public double descent() {
        return descent;
    }

    public double height() {
        return ascent + descent;
    }

    public List<PageItem> items() {
        return items;
    }

    /** The same items in a box of other dimensions (a phantom's zeroed ones). */
    MathBox withDimensions(double newWidth, double newAscent, double newDescent) {
        return new MathBox(newWidth, newAscent, newDescent, items);
    }

    /** Paints this box's items with its baseline's left end at (x, baseline) into {@code out}. */
    public void paintAt(double x, double baseline, List<PageItem> out) {
        translate(items, x, baseline, out);
    }

    /** Builds a box from children placed at offsets. */
    static final class Builder {
        private final List<PageItem> items = new ArrayList<>();

        /** Places {@code box} with its baseline's left end at (dx, dy) of the box being built (dy down). */
        Builder place(MathBox box, double dx, double dy) {
            translate(box.items, dx, dy, items);
            return this;
        }

        Builder add(PageItem item) {
            items.add(item);
            return this;
        }

        MathBox build(double width, double ascent, double descent) {
            return new MathBox(width, ascent, descent, items);
        }
    }

    static void translate(List<PageItem> items, double dx, double dy, List<PageItem> out) {
        if (dx == 0 && dy == 0) {
            out.addAll(items);
            return;
        }
        for (PageItem item : items) {
            out.add(moved(item, dx, dy));
        }
    }

    private static PageItem moved(PageItem item, double dx, double dy) {
        if (item instanceof GlyphRun g) {
            return new GlyphRun(g.x() + dx, g.baseline() + dy, g.face(), g.size(), g.text(), g.color(),
                    g.charSpacing());
        } else if (item instanceof StretchedGlyph s) {
            return new StretchedGlyph((GlyphRun) moved(s.run(), dx, dy), s.yScale());
        } else if (item instanceof Rule r) {
            return new Rule(r.x1() + dx, r.y1() + dy, r.x2() + dx, r.y2() + dy, r.thickness(), r.color(), r.style());
        } else if (item instanceof FilledRect f) {
            return new FilledRect(f.x() + dx, f.y() + dy, f.width(), f.height(), f.color());
        } else if (item instanceof PlacedImage p) {
            return new PlacedImage(p.x() + dx, p.y() + dy, p.width(), p.height(), p.image());
        } else if (item instanceof ActualText) {
            return item;
        }
        throw new IllegalArgumentException("cannot move " + item);
    }
}
