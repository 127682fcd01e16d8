package org.inkpool.model.table;

import org.inkpool.model.style.Border;

/**
 * The borders of a table (tblBorders) or a cell (tcBorders). Each side is null when not set, so
 * that the next source in Word's order decides it (cell, table style, table).
 */
public record TableBorders(Border top, Border left, Border bottom, Border right, Border insideH, Border insideV) {

    public static final TableBorders NONE = new TableBorders(null, null, null, null, null, null);

    /** Each side set here, else the one of {@code fallback}. */
    public TableBorders over(TableBorders fallback) {
        if (fallback == null) {
            return this;
        }
        return new TableBorders(pick(top, fallback.top), pick(left, fallback.left), pick(bottom, fallback.bottom),
                pick(right, fallback.right), pick(insideH, fallback.insideH), pick(insideV, fallback.insideV));
    }

    private static Border pick(Border mine, Border theirs) {
        return mine != null ? mine : theirs;
    }
}
