package org.inkpool.model.section;

/**
 * A section's East Asian document grid (w:docGrid, ECMA-376 §17.6.5; word-layout-facts §10).
 *
 * @param type       DEFAULT lays text out without a grid; LINES snaps line heights to the pitch;
 *                   LINES_AND_CHARS also spreads characters to a character pitch; SNAP_TO_CHARS
 *                   puts each East Asian character into one cell of that pitch
 * @param linePitch  points between grid lines (w:linePitch is in twips)
 * @param charSpace  points added to the document's Normal font size to give the character pitch
 *                   (w:charSpace is in 1/4096 pt)
 * @param inTables   table cells follow the grid too (w:adjustLineHeightInTable in the settings)
 */
public record DocGrid(Type type, double linePitch, double charSpace, boolean inTables) {

    public enum Type { DEFAULT, LINES, LINES_AND_CHARS, SNAP_TO_CHARS }

    /** No grid: Word's layout without East Asian snapping. */
    public static final DocGrid NONE = new DocGrid(Type.DEFAULT, 0, 0, false);

    public DocGrid {
        type = type == null ? Type.DEFAULT : type;
    }

    /** A grid that table cells do not follow. */
    public DocGrid(Type type, double linePitch, double charSpace) {
        this(type, linePitch, charSpace, false);
    }

    /** Whether line heights snap to whole multiples of the pitch. */
    public boolean snapsLines() {
        return type != Type.DEFAULT && linePitch > 0;
    }

    /** Whether characters are spread to the character pitch. */
    public boolean spacesChars() {
        return type == Type.LINES_AND_CHARS || type == Type.SNAP_TO_CHARS;
    }
}
