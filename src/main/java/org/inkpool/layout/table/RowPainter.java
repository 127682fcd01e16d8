package org.inkpool.layout.table;

import org.inkpool.layout.flow.Slice;
import org.inkpool.layout.page.FilledRect;
import org.inkpool.layout.page.PageItem;
import org.inkpool.layout.page.Rule;
import org.inkpool.layout.page.StructRole;
import org.inkpool.layout.page.Tag;
import org.inkpool.model.style.Border;

import java.util.List;

/**
 * Paints one part of a table row: cell shading behind, then the slices of content the part holds,
 * then the borders. Each edge is drawn once: a cell draws its top and left edges, the last cell of
 * a row its right edge, and the bottom edge only where no row follows on the same page.
 */
public final class RowPainter {

    private RowPainter() {
    }

    /**
     * @param from   per cell, the first slice of this part
     * @param to     per cell, the end (exclusive) of this part's slices
     * @param top    page y of the part's top edge
     * @param height the part's height
     * @param bottom the border to draw under the part: inside (page break), outer (last row) or none
     */
    public static void paint(RowBox row, int[] from, int[] to, double top, double height, BottomEdge bottom,
                      List<PageItem> out) {
        List<CellBox> cells = row.cells();
        for (CellBox cell : cells) {
            if (cell.shading() != null) {
                out.add(new FilledRect(cell.x(), top, cell.width(), height, cell.shading()));
            }
        }
        out.add(Tag.open(row.key(), StructRole.TR));
        for (int c = 0; c < cells.size(); c++) {
            CellBox cell = cells.get(c);
            double dy = top - cell.shiftFrom(from[c]);
            out.add(Tag.open(cell.key(), row.header() ? StructRole.TH : StructRole.TD));
            for (int s = from[c]; s < to[c]; s++) {
                Slice slice = cell.slices().get(s);
                slice.painter().paint(dy + slice.top(), out);
            }
            out.add(Tag.close());
        }
        out.add(Tag.close());
        double bottomY = top + height;
        for (int c = 0; c < cells.size(); c++) {
            CellBox cell = cells.get(c);
            double x1 = cell.x();
            double x2 = cell.x() + cell.width();
            horizontal(cell.top(), x1, x2, top, out);
            vertical(cell.left(), x1, top, bottomY, out);
            if (c == cells.size() - 1) {
                vertical(cell.right(), x2, top, bottomY, out);
            }
            Border under = switch (bottom) {
                case INSIDE -> cell.bottomInside();
                case OUTER -> cell.bottomOuter();
                case NONE -> null;
            };
            horizontal(under, x1, x2, bottomY, out);
        }
    }

    public enum BottomEdge { NONE, INSIDE, OUTER }

    /**
     * Paints the horizontal band [from, to) of a whole row (offsets from its top edge) with the
     * band's top at page y {@code top}: the slices whose tops lie in the band, the shading and side
     * borders of the band, the row's top edge in its first band and its bottom edge in its last.
     */
    static void paintBand(RowBox row, double from, double to, double top, BottomEdge bottom, List<PageItem> out) {
        List<CellBox> cells = row.cells();
        double height = to - from;
        boolean firstBand = from <= 1e-9;
        boolean lastBand = to >= row.height() - 1e-9;
        for (CellBox cell : cells) {
            if (cell.shading() != null) {
                out.add(new FilledRect(cell.x(), top, cell.width(), height, cell.shading()));
            }
        }
        out.add(Tag.open(row.key(), StructRole.TR));
        for (CellBox cell : cells) {
            out.add(Tag.open(cell.key(), row.header() ? StructRole.TH : StructRole.TD));
            for (Slice slice : cell.slices()) {
                if (slice.top() >= from - 1e-6 && (slice.top() < to - 1e-6 || (lastBand && slice.top() >= to - 1e-6))) {
                    slice.painter().paint(top + slice.top() - from, out);
                }
            }
            out.add(Tag.close());
        }
        out.add(Tag.close());
        for (int c = 0; c < cells.size(); c++) {
            CellBox cell = cells.get(c);
            double x1 = cell.x();
            double x2 = cell.x() + cell.width();
            if (firstBand) {
                horizontal(cell.top(), x1, x2, top, out);
            }
            vertical(cell.left(), x1, top, top + height, out);
            if (c == cells.size() - 1) {
                vertical(cell.right(), x2, top, top + height, out);
            }
            if (lastBand) {
                horizontal(bottom == BottomEdge.OUTER ? cell.bottomOuter()
                        : bottom == BottomEdge.INSIDE ? cell.bottomInside() : null, x1, x2, top + height, out);
            }
        }
    }

    private static void horizontal(Border b, double x1, double x2, double y, List<PageItem> out) {
        if (b == null || !b.visible()) {
            return;
        }
        if (b.kind() == Border.Kind.DOUBLE) {
            double gap = b.width();
            out.add(rule(b, x1, y - gap, x2, y - gap));
            out.add(rule(b, x1, y + gap, x2, y + gap));
        } else {
            out.add(rule(b, x1, y, x2, y));
        }
    }

    private static void vertical(Border b, double x, double y1, double y2, List<PageItem> out) {
        if (b == null || !b.visible()) {
            return;
        }
        if (b.kind() == Border.Kind.DOUBLE) {
            double gap = b.width();
            out.add(rule(b, x - gap, y1, x - gap, y2));
            out.add(rule(b, x + gap, y1, x + gap, y2));
        } else {
            out.add(rule(b, x, y1, x, y2));
        }
    }

    private static Rule rule(Border b, double x1, double y1, double x2, double y2) {
        Rule.Style style = switch (b.kind()) {
            case DOTTED -> Rule.Style.DOTTED;
            case DASHED -> Rule.Style.DASHED;
            default -> Rule.Style.SOLID;
        };
        return new Rule(x1, y1, x2, y2, b.width(), b.color() == null ? org.inkpool.model.style.Rgb.BLACK : b.color(),
                style);
    }
}
