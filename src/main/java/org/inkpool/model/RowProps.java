package org.inkpool.model;

/**
 * A row's layout (w:trPr).
 *
 * @param height    trHeight in points (0: none)
 * @param rule      how {@code height} applies
 * @param cantSplit the row is never split across pages
 */
public record RowProps(double height, HeightRule rule, boolean cantSplit) {

    /** AT_LEAST grows with the content; EXACT is the whole row, content clipped (word-layout-facts §7). */
    public enum HeightRule { AUTO, AT_LEAST, EXACT }

    public static final RowProps DEFAULT = new RowProps(0, HeightRule.AUTO, false);

    public RowProps {
        rule = rule == null ? HeightRule.AUTO : rule;
    }
}
