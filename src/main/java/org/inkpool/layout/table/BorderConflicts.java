package org.inkpool.layout.table;

import org.inkpool.model.style.Border;

/**
 * Which border a shared edge gets in the collapsed border model (word-layout-facts §7): a cell's
 * border beats the table's; between two cells the heavier wins, then the darker; {@code nil}
 * suppresses the edge, {@code none} yields to any other border.
 */
final class BorderConflicts {

    private BorderConflicts() {
    }

    /**
     * @param mine       this cell's side (null: not set)
     * @param neighbour  the adjacent cell's side on the same edge (null: none or not set)
     * @param table      the table's border for this edge (outer side or insideH/insideV)
     * @return the border to draw, or null for none
     */
    static Border resolve(Border mine, Border neighbour, Border table) {
        Border cells = heavier(mine, neighbour);
        if (cells != null && cells.visible()) {
            return cells;
        }
        if (isNil(mine) || isNil(neighbour)) {
            return null;
        }
        return table != null && table.visible() ? table : null;
    }

    private static boolean isNil(Border b) {
        return b != null && b.kind() == Border.Kind.NIL;
    }

    private static Border heavier(Border a, Border b) {
        if (a == null || !a.visible()) {
            return b != null && b.visible() ? b : a;
        }
        if (b == null || !b.visible()) {
            return a;
        }
        if (Math.abs(a.width() - b.width()) > 1e-9) {
            return a.width() > b.width() ? a : b;
        }
        return brightness(b) < brightness(a) ? b : a;
    }

    private static int brightness(Border b) {
        if (b.color() == null) {
            return 0; // auto is black
        }
        int v = b.color().value();
        return ((v >> 16) & 0xff) + ((v >> 8) & 0xff) + (v & 0xff);
    }
}
