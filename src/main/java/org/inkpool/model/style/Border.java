package org.inkpool.model.style;

/**
 * One border edge of a table or cell (w:top, w:insideH… of tblBorders / tcBorders).
 *
 * @param kind  NIL suppresses the edge whatever else asks for it; NONE draws nothing but yields to
 *              any other border on the same edge (word-layout-facts §7)
 * @param width line width in points (w:sz is eighths of a point)
 * @param color null for "auto" (black)
 */
public record Border(Kind kind, double width, Rgb color) {

    public enum Kind { NIL, NONE, SINGLE, DOUBLE, DOTTED, DASHED }

    public static final Border NIL = new Border(Kind.NIL, 0, null);
    public static final Border NONE = new Border(Kind.NONE, 0, null);

    /** Whether this edge draws a line. */
    public boolean visible() {
        return kind != Kind.NIL && kind != Kind.NONE && width > 0;
    }
}
