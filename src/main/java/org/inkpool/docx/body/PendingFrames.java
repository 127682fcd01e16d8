package org.inkpool.docx.body;

import org.inkpool.docx.drawing.FrameAnchor;
import org.inkpool.docx.drawing.TableAnchor;
import org.inkpool.model.AnchoredObject;
import org.inkpool.model.Block;
import org.inkpool.model.Inline;
import org.inkpool.model.Paragraph;
import org.inkpool.model.drawing.Anchor;
import org.inkpool.model.Table;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Frames (w:framePr paragraphs) and floating tables (w:tblpPr) read but not yet placed: each becomes a floating text box at the
 * start of the next paragraph that is not in a frame, which its position counts from. Where no such
 * paragraph comes (a table, a section's end), the frames' paragraphs stay in the flow where they stood.
 */
final class PendingFrames {

    /** A frame's paragraphs (framePr set), or a floating table alone (framePr null, key null). */
    private record Frame(Element framePr, String key, List<Block> blocks, AnchoredObject table) {
        AnchoredObject object() {
            return table != null ? table : new AnchoredObject(FrameAnchor.anchor(framePr), FrameAnchor.width(framePr),
                    FrameAnchor.height(framePr), null, FrameAnchor.textBox(framePr, blocks), "");
        }
    }

    private final List<Frame> frames = new ArrayList<>();

    /** Adds a frame paragraph: it joins the frame before it when their attributes are the same. */
    void add(Element framePr, List<Block> blocks) {
        String key = FrameAnchor.key(framePr);
        Frame last = frames.isEmpty() ? null : frames.get(frames.size() - 1);
        if (last != null && key.equals(last.key())) {
            last.blocks().addAll(blocks);
        } else {
            frames.add(new Frame(framePr, key, new ArrayList<>(blocks), null));
        }
    }

    /** Adds a floating table (w:tblpPr): a frame of its own, its table the text box's one block. */
    void addTable(Table table, Element tblpPr) {
        double width = 0;
        for (double column : table.grid()) {
            width += column;
        }
        AnchoredObject object = new AnchoredObject(TableAnchor.anchor(tblpPr), width, 0, null,
                TableAnchor.textBox(table), "");
        frames.add(new Frame(null, null, new ArrayList<>(List.of(table)), object));
    }

    /** Anchors the waiting frames in the first paragraph added to {@code out} from {@code from} on. */
    void attach(List<Block> out, int from) {
        if (frames.isEmpty()) {
            return;
        }
        for (int i = from; i < out.size(); i++) {
            if (out.get(i) instanceof Paragraph p) {
                List<Inline> inlines = new ArrayList<>();
                for (Frame f : frames) {
                    inlines.add(f.object());
                }
                inlines.addAll(p.inlines());
                out.set(i, new Paragraph(p.props(), inlines, p.label(), p.markProps(), p.navigation()));
                frames.clear();
                return;
            }
        }
        List<Block> framed = new ArrayList<>();
        flushInline(framed);
        out.addAll(from, framed);
    }

    /**
     * Where no paragraph follows to anchor them (a table, a section's end): a frame placed against the
     * page or margin floats from the paragraph before it (its position does not depend on which);
     * one placed against the text stays in the flow, its paragraphs where they stood.
     */
    void flushInline(List<Block> out) {
        for (Frame f : frames) {
            AnchoredObject object = f.object();
            int last = out.size() - 1;
            if (object.anchor().vertical().from() != Anchor.RelativeFrom.PARAGRAPH && last >= 0
                    && out.get(last) instanceof Paragraph p) {
                List<Inline> inlines = new ArrayList<>(p.inlines());
                inlines.add(object);
                out.set(last, new Paragraph(p.props(), inlines, p.label(), p.markProps(), p.navigation()));
            } else {
                out.addAll(f.blocks());
            }
        }
        frames.clear();
    }
}
