package org.inkpool.model.drawing;

import java.util.List;

/**
 * Where a floating object stands and how text flows around it (wp:anchor, a VML shape's absolute
 * position, a w:framePr frame). Lengths are points; the layout resolves the position when the
 * paragraph holding the object is placed.
 *
 * @param horizontal     x: relative to what, by an offset, an alignment or a percentage
 * @param vertical       y, likewise
 * @param wrap           how text flows around the object
 * @param behindDoc      with no wrap: painted behind the text (else in front of it)
 * @param relativeHeight z-order among floating objects: higher is painted later
 * @param allowOverlap   may overlap other floating objects
 * @param layoutInCell   positioned inside the table cell holding its anchor
 * @param locked         the anchor stays with its paragraph
 * @param simplePos      when not null, the object's top-left on the page, ignoring both positions
 */
public record Anchor(Position horizontal, Position vertical, Wrap wrap, boolean behindDoc, long relativeHeight,
                     boolean allowOverlap, boolean layoutInCell, boolean locked, Point simplePos) {

    public Anchor {
        horizontal = horizontal == null ? Position.offset(RelativeFrom.COLUMN, 0) : horizontal;
        vertical = vertical == null ? Position.offset(RelativeFrom.PARAGRAPH, 0) : vertical;
        wrap = wrap == null ? Wrap.NONE : wrap;
    }

    /** What a position counts from (ST_RelFromH / ST_RelFromV, together). */
    public enum RelativeFrom {
        PAGE, MARGIN, COLUMN, CHARACTER, PARAGRAPH, LINE, INSIDE_MARGIN, OUTSIDE_MARGIN,
        LEFT_MARGIN, RIGHT_MARGIN, TOP_MARGIN, BOTTOM_MARGIN
    }

    /** An alignment inside the reference area instead of an offset; NONE means the offset counts. */
    public enum Align { NONE, LEFT, CENTER, RIGHT, INSIDE, OUTSIDE, TOP, BOTTOM }

    /**
     * One axis of the position.
     *
     * @param offset  points from the reference's start (posOffset), used when align is NONE and no percentage
     * @param percent fraction of the reference's size (wp14:pctPosHOffset / pctPosVOffset: 1.0 = 100 %), or NaN
     */
    public record Position(RelativeFrom from, double offset, Align align, double percent) {
        public Position {
            from = from == null ? RelativeFrom.COLUMN : from;
            align = align == null ? Align.NONE : align;
        }

        public static Position offset(RelativeFrom from, double offset) {
            return new Position(from, offset, Align.NONE, Double.NaN);
        }

        public static Position aligned(RelativeFrom from, Align align) {
            return new Position(from, 0, align, Double.NaN);
        }

        public boolean hasPercent() {
            return !Double.isNaN(percent);
        }
    }

    public enum WrapType { NONE, SQUARE, TIGHT, THROUGH, TOP_AND_BOTTOM }

    /** Which sides of the object text may take (wrapText). */
    public enum WrapText { BOTH_SIDES, LEFT, RIGHT, LARGEST }

    /**
     * Text flow around the object.
     *
     * @param polygon tight/through outline, points relative to the object's top-left (empty: its bounds)
     */
    public record Wrap(WrapType type, WrapText text, double distTop, double distBottom, double distLeft,
                       double distRight, List<Point> polygon) {
        public static final Wrap NONE = new Wrap(WrapType.NONE, WrapText.BOTH_SIDES, 0, 0, 0, 0, List.of());

        public Wrap {
            type = type == null ? WrapType.NONE : type;
            text = text == null ? WrapText.BOTH_SIDES : text;
            polygon = polygon == null ? List.of() : List.copyOf(polygon);
        }

        /** Whether text moves away from the object at all. */
        public boolean displacesText() {
            return type != WrapType.NONE;
        }
    }

    public record Point(double x, double y) {
    }
}
