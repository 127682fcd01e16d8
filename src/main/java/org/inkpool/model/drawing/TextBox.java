package org.inkpool.model.drawing;

import org.inkpool.model.Block;
import java.util.List;

/**
 * The text of a text box (wps:txbx, v:textbox) or a frame: blocks laid out inside the shape's text
 * rectangle (the shape minus its insets).
 *
 * @param blocks   the content
 * @param insets   space between the shape's edge and its text (bodyPr lIns/tIns/rIns/bIns; VML inset)
 * @param anchor   where the text sits vertically when the box is taller than it (bodyPr anchor t/ctr/b)
 * @param direction horizontal, or vertical (bodyPr vert, VML layout-flow / tbRl)
 * @param autoFit  the shape grows to fit its text (spAutoFit, mso-fit-shape-to-text)
 * @param linkId   text boxes with the same id continue one story box to box (wps:linkedTxbx), or null
 * @param sequence this box's place in that chain (0 = the box holding the story)
 * @param floatingTable the box is a floating table (w:tblpPr), its table the one block: Word breaks such a
 *                 table across pages, where a text box is never split
 */
public record TextBox(List<Block> blocks, Insets insets, VerticalAnchor anchor, Direction direction,
                      boolean autoFit, String linkId, int sequence, boolean floatingTable) {

    public TextBox {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        insets = insets == null ? Insets.DEFAULT : insets;
        anchor = anchor == null ? VerticalAnchor.TOP : anchor;
        direction = direction == null ? Direction.HORIZONTAL : direction;
    }

    /** A text box (not a floating table). */
    public TextBox(List<Block> blocks, Insets insets, VerticalAnchor anchor, Direction direction,
                   boolean autoFit, String linkId, int sequence) {
        this(blocks, insets, anchor, direction, autoFit, linkId, sequence, false);
    }

    /** A plain text box: default insets, text at the top, horizontal, fixed size. */
    public TextBox(List<Block> blocks) {
        this(blocks, Insets.DEFAULT, VerticalAnchor.TOP, Direction.HORIZONTAL, false, null, 0);
    }

    /** Points; DrawingML's defaults are 0.1 in left/right and 0.05 in top/bottom. */
    public record Insets(double left, double top, double right, double bottom) {
        public static final Insets DEFAULT = new Insets(7.2, 3.6, 7.2, 3.6);
        public static final Insets NONE = new Insets(0, 0, 0, 0);
    }

    public enum VerticalAnchor { TOP, CENTER, BOTTOM }

    /**
     * HORIZONTAL; VERTICAL turns the text 90° clockwise (vert, tbRl); VERTICAL_270 turns it 90°
     * counter-clockwise (vert270, btLr); EAST_ASIAN stacks CJK upright in columns right to left (eaVert).
     */
    public enum Direction { HORIZONTAL, VERTICAL, VERTICAL_270, EAST_ASIAN }
}
