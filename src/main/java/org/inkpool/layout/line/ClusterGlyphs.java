package org.inkpool.layout.line;

/**
 * The glyphs one shaped cluster draws (a letter in its joining form, a conjunct, a ligature, a base with its
 * marks), placed from the left edge of the character that begins the cluster.
 *
 * @param ids  glyph ids of the atom's face, left to right
 * @param dx   each glyph's x in points from the atom's left edge
 * @param dy   each glyph's raise in points (marks placed by GPOS)
 * @param text the characters the cluster draws, in logical order: what a reader copies
 * @param plain the glyph is the one the font maps from the character (shaping only moved it)
 */
record ClusterGlyphs(int[] ids, double[] dx, double[] dy, String text, boolean plain) {

    ClusterGlyphs(int[] ids, double[] dx, double[] dy, String text) {
        this(ids, dx, dy, text, false);
    }

    /** A character taken into the cluster before it: it draws nothing of its own. */
    static final ClusterGlyphs ABSORBED = new ClusterGlyphs(new int[0], new double[0], new double[0], "");

    boolean isAbsorbed() {
        return ids.length == 0;
    }
}
