package org.inkpool.model.section;

/**
 * What a section adds to its pages besides size and margins.
 *
 * @param grid        the East Asian document grid (w:docGrid)
 * @param borders     page borders (w:pgBorders)
 * @param lineNumbers line numbering, or null when the section has none
 */
public record PageLook(DocGrid grid, PageBorders borders, LineNumbering lineNumbers) {

    public static final PageLook PLAIN = new PageLook(DocGrid.NONE, PageBorders.NONE, null);

    public PageLook {
        grid = grid == null ? DocGrid.NONE : grid;
        borders = borders == null ? PageBorders.NONE : borders;
    }
}
