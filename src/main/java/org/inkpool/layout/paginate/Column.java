package org.inkpool.layout.paginate;

import org.inkpool.model.section.DocGrid;

/**
 * The horizontal room text is laid out in.
 *
 * @param originX    page x of the column's left edge (margin, plus a table's indent); tab stops
 *                   and indents count from here
 * @param width      width of the column
 * @param bodyHeight height of the page body (pictures taller than it are scaled down)
 * @param grid       the section's East Asian grid its paragraphs snap to; NONE in table cells,
 *                   headers and notes
 */
public record Column(double originX, double width, double bodyHeight, DocGrid grid) {

    public Column {
        grid = grid == null ? DocGrid.NONE : grid;
    }

    /** A column without a line grid. */
    public Column(double originX, double width, double bodyHeight) {
        this(originX, width, bodyHeight, DocGrid.NONE);
    }

    /** The same column with its left edge moved right by {@code indent} (a table's indent). */
    public Column indented(double indent) {
        return new Column(originX + indent, Math.max(0, width - indent), bodyHeight, grid);
    }
}
