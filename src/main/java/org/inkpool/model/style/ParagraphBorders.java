package org.inkpool.model.style;

/**
 * A paragraph's borders (w:pBdr). Adjacent paragraphs with equal borders share one box: its top
 * edge over the first, its bottom under the last and the {@code between} edge separating them.
 *
 * @param between drawn between paragraphs of one box (w:between), or NONE
 * @param bar     a vertical line left of the text on facing pages (w:bar), or NONE
 */
public record ParagraphBorders(Edge top, Edge left, Edge bottom, Edge right, Edge between, Edge bar) {

    /**
     * One border edge with its distance from the text.
     *
     * @param space points between the text and the line (w:space is in whole points)
     */
    public record Edge(Border line, double space) {
        public static final Edge NONE = new Edge(Border.NONE, 0);

        public Edge {
            line = line == null ? Border.NONE : line;
            space = Math.max(0, space);
        }

        public boolean visible() {
            return line.visible();
        }

        /** What the edge adds between text and the box outside: its space and its line. */
        public double extent() {
            return visible() ? space + line.width() : 0;
        }
    }

    public static final ParagraphBorders NONE = new ParagraphBorders(Edge.NONE, Edge.NONE, Edge.NONE, Edge.NONE,
            Edge.NONE, Edge.NONE);

    public ParagraphBorders {
        top = top == null ? Edge.NONE : top;
        left = left == null ? Edge.NONE : left;
        bottom = bottom == null ? Edge.NONE : bottom;
        right = right == null ? Edge.NONE : right;
        between = between == null ? Edge.NONE : between;
        bar = bar == null ? Edge.NONE : bar;
    }

    public boolean any() {
        return top.visible() || left.visible() || bottom.visible() || right.visible() || between.visible()
                || bar.visible();
    }
}
