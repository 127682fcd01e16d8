package org.inkpool.docx.drawing;

import org.inkpool.docx.opc.Ooxml;
import org.inkpool.model.Table;
import org.inkpool.model.drawing.Anchor;
import org.inkpool.model.drawing.TextBox;
import org.w3c.dom.Element;

import java.util.List;

import static org.inkpool.docx.drawing.FrameAnchor.attr;
import static org.inkpool.docx.drawing.FrameAnchor.twips;

/**
 * A floating table (w:tblPr/w:tblpPr): positioned like a frame against the paragraph after it, text
 * wrapping around it (always square) at its from-text distances.
 */
public final class TableAnchor {

    private TableAnchor() {
    }

    /**
     * The table's floating properties, or null for a table in the flow. Word (MS-OI29500 2.1.162) ignores a
     * tblpPr with no attributes, and one at X and Y 0 against the text horizontally and not vertically.
     */
    public static Element tblpPr(Element tbl) {
        Element tblpPr = Ooxml.wChild(Ooxml.wChild(tbl, "tblPr"), "tblpPr");
        if (tblpPr == null || !tblpPr.hasAttributes()) {
            return null;
        }
        boolean atOrigin = twips(attr(tblpPr, "tblpX")) == 0 && twips(attr(tblpPr, "tblpY")) == 0
                && attr(tblpPr, "tblpXSpec").isEmpty() && attr(tblpPr, "tblpYSpec").isEmpty();
        String horz = attr(tblpPr, "horzAnchor");
        boolean againstTextHorizontally = horz.isEmpty() || horz.equals("text");
        return atOrigin && againstTextHorizontally && !attr(tblpPr, "vertAnchor").equals("text") ? null : tblpPr;
    }

    /** The table as the one block of a text box that grows with it, without insets. */
    public static TextBox textBox(Table table) {
        return new TextBox(List.of(table), TextBox.Insets.NONE, TextBox.VerticalAnchor.TOP,
                TextBox.Direction.HORIZONTAL, true, null, 0);
    }

    public static Anchor anchor(Element tblpPr) {
        Anchor.RelativeFrom h = switch (attr(tblpPr, "horzAnchor")) {
            case "page" -> Anchor.RelativeFrom.PAGE;
            case "margin" -> Anchor.RelativeFrom.MARGIN;
            default -> Anchor.RelativeFrom.COLUMN;
        };
        Anchor.RelativeFrom v = switch (attr(tblpPr, "vertAnchor")) {
            case "page" -> Anchor.RelativeFrom.PAGE;
            case "text" -> Anchor.RelativeFrom.PARAGRAPH;
            default -> Anchor.RelativeFrom.MARGIN; // Word's default (MS-OI29500 2.1.162 c), not the standard's "page"
        };
        Anchor.Position horizontal = switch (attr(tblpPr, "tblpXSpec")) {
            case "left" -> Anchor.Position.aligned(h, Anchor.Align.LEFT);
            case "center" -> Anchor.Position.aligned(h, Anchor.Align.CENTER);
            case "right" -> Anchor.Position.aligned(h, Anchor.Align.RIGHT);
            case "inside" -> Anchor.Position.aligned(h, Anchor.Align.INSIDE);
            case "outside" -> Anchor.Position.aligned(h, Anchor.Align.OUTSIDE);
            default -> Anchor.Position.offset(h, twips(attr(tblpPr, "tblpX")));
        };
        Anchor.Position vertical = switch (v == Anchor.RelativeFrom.PARAGRAPH ? "" : attr(tblpPr, "tblpYSpec")) {
            case "top" -> Anchor.Position.aligned(v, Anchor.Align.TOP);
            case "center" -> Anchor.Position.aligned(v, Anchor.Align.CENTER);
            case "bottom" -> Anchor.Position.aligned(v, Anchor.Align.BOTTOM);
            case "inside" -> Anchor.Position.aligned(v, Anchor.Align.INSIDE);
            case "outside" -> Anchor.Position.aligned(v, Anchor.Align.OUTSIDE);
            default -> Anchor.Position.offset(v, twips(attr(tblpPr, "tblpY")));
        };
        Anchor.Wrap wrap = new Anchor.Wrap(Anchor.WrapType.SQUARE, Anchor.WrapText.BOTH_SIDES,
                twips(attr(tblpPr, "topFromText")), twips(attr(tblpPr, "bottomFromText")),
                twips(attr(tblpPr, "leftFromText")), twips(attr(tblpPr, "rightFromText")), List.of());
        return new Anchor(horizontal, vertical, wrap, false, 0, true, true, false, null);
    }
}
