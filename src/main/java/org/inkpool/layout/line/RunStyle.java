package org.inkpool.layout.line;

import org.inkpool.model.LinkTarget;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.style.RunProps;

/**
 * What a run needs at drawing time besides its glyphs: colour, letter spacing and decorations.
 * One instance is shared by all pieces of a run.
 *
 * @param props the run's properties (fonts for tab leaders, decoration flags)
 * @param color     never null: automatic colour is drawn black
 * @param link      where a click on the run leads, or null
 * @param gridExtra points a document grid with characters adds after each character ({@link LineGrid})
 */
public record RunStyle(RunProps props, Rgb color, LinkTarget link, double gridExtra) {

    public RunStyle(RunProps props, Rgb color) {
        this(props, color, null, 0);
    }

    public static RunStyle of(RunProps props, LinkTarget link, double gridExtra) {
        return new RunStyle(props, props.color() == null ? Rgb.BLACK : props.color(), link, gridExtra);
    }

    public static RunStyle of(RunProps props) {
        return of(props, 0);
    }

    public static RunStyle of(RunProps props, double gridExtra) {
        return of(props, null, gridExtra);
    }

    /** Points after every character: w:spacing and the grid's share. */
    public double charSpacing() {
        return props.spacing() + gridExtra;
    }

    /** Horizontal scale of the glyphs (w:w), 1 = 100 %. */
    public double scale() {
        return props.scale();
    }

    /** The run's own size: decorations are sized from it, not from a superscript's reduced size. */
    public double size() {
        return props.size();
    }

    public RunProps.Underline underline() {
        return props.underline() == null ? RunProps.Underline.NONE : props.underline();
    }

    public Rgb highlight() {
        return props.highlight();
    }
}
