package org.inkpool.model.table;

/**
 * A row's layout (w:trPr).
 *
 * @param height    trHeight in points (0: none)
 * @param rule      how {@code height} applies
 * @param cantSplit  the row is never split across pages
 * @param gridBefore grid columns left empty before the row's first cell (w:gridBefore)
 */
public record RowProps(double height, HeightRule rule, boolean cantSplit, int gridBefore) {

    /** AT_LEAST grows with the content; EXACT is the whole row, content clipped (word-layout-facts §7). */
    public enum HeightRule { AUTO, AT_LEAST, EXACT }

    public static final RowProps DEFAULT = new RowProps(0, HeightRule.AUTO, false, 0);

    public RowProps {
        rule = rule == null ? HeightRule.AUTO : rule;
        gridBefore = Math.max(0, gridBefore);
    }

    /** A row starting at the first grid column. */
    public RowProps(double height, HeightRule rule, boolean cantSplit) {
        this(height, rule, cantSplit, 0);
    }
}
