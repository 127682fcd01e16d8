package org.inkpool.layout.flow;

import org.inkpool.layout.paginate.Column;
import org.inkpool.model.AnchoredObject;
import org.inkpool.model.Inline;
import org.inkpool.model.Paragraph;
import org.inkpool.model.Table;
import org.inkpool.model.drawing.Anchor;
import org.inkpool.model.style.Alignment;
import org.inkpool.model.table.TableProps;

import java.util.ArrayList;
import java.util.List;

/**
 * Floating tables (w:tblpPr) that leave no room for text beside them go into the flow, before the
 * paragraph they are anchored in. Text could not flow beside such a table anyway, and in the flow it
 * breaks across pages between and inside rows, headers repeated, as Word breaks a floating table
 * (a text box is never split). Only a table positioned against its paragraph goes: one placed
 * against the page or margin keeps its place there.
 */
final class FlowingTables {

    /** Less room than this beside a table holds no line of text (about two characters). */
    static final double MIN_ROOM_BESIDE = 18;

    private FlowingTables() {
    }

    /** A floating table going into the flow: the table placed at its horizontal position, and its distances. */
    record Flowing(Table table, LaidOutTable.Floated floated) {
    }

    /**
     * Sends the paragraph's floating tables that go into the flow to {@code tables} and returns the
     * paragraph without them (the same paragraph when none goes).
     */
    static Paragraph takeOut(Paragraph paragraph, Column column, java.util.function.Consumer<Flowing> tables) {
        List<Inline> kept = null;
        for (int i = 0; i < paragraph.inlines().size(); i++) {
            Inline inline = paragraph.inlines().get(i);
            Flowing flowing = inline instanceof AnchoredObject object ? inFlow(object, column) : null;
            if (flowing != null) {
                if (kept == null) {
                    kept = new ArrayList<>(paragraph.inlines().subList(0, i));
                }
                tables.accept(flowing);
            } else if (kept != null) {
                kept.add(inline);
            }
        }
        return kept == null ? paragraph : new Paragraph(paragraph.props(), kept, paragraph.label(),
                paragraph.markProps(), paragraph.navigation());
    }

    /** The object as a table in the flow of {@code column}, or null when it floats. */
    static Flowing inFlow(AnchoredObject object, Column column) {
        if (object.textBox() == null || !object.textBox().floatingTable()
                || !(object.textBox().blocks().get(0) instanceof Table table)) {
            return null;
        }
        Anchor anchor = object.anchor();
        Anchor.Position v = anchor.vertical();
        if (v.from() != Anchor.RelativeFrom.PARAGRAPH || v.align() != Anchor.Align.NONE || v.hasPercent()) {
            return null;
        }
        Anchor.Position h = anchor.horizontal();
        if ((h.from() != Anchor.RelativeFrom.COLUMN && h.from() != Anchor.RelativeFrom.MARGIN) || h.hasPercent()) {
            return null;
        }
        double w = object.width();
        double free = column.width() - w;
        double left = switch (h.align()) {
            case LEFT, INSIDE -> 0;
            case RIGHT, OUTSIDE -> free;
            case CENTER -> free / 2;
            default -> h.offset();
        };
        Anchor.Wrap wrap = anchor.wrap();
        if (left - wrap.distLeft() >= MIN_ROOM_BESIDE || free - left - wrap.distRight() >= MIN_ROOM_BESIDE) {
            return null;
        }
        TableProps p = table.props();
        Table placed = new Table(table.grid(), table.rows(), left, new TableProps(p.width(), p.fixedLayout(),
                Alignment.LEFT, p.cellMargins(), p.borders(), p.cellSpacing(), false));
        return new Flowing(placed, new LaidOutTable.Floated(Math.max(0, v.offset()), wrap.distBottom()));
    }
}
