package org.inkpool.layout;

/**
 * The horizontal room text is laid out in.
 *
 * @param originX    page x of the column's left edge (margin, plus a table's indent); tab stops
 *                   and indents count from here
 * @param width      width of the column
 * @param bodyHeight height of the page body (pictures taller than it are scaled down)
 */
record Column(double originX, double width, double bodyHeight) {

    /** The same column with its left edge moved right by {@code indent} (a table's indent). */
    Column indented(double indent) {
        return new Column(originX + indent, Math.max(0, width - indent), bodyHeight);
    }
}
