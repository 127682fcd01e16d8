package org.inkpool.layout.flow;

import org.inkpool.layout.paginate.Column;
import org.inkpool.model.AnchoredObject;
import org.inkpool.model.Block;
import org.inkpool.model.Inline;

import org.inkpool.model.Paragraph;

import java.util.function.Consumer;

/** A paragraph in the flow: composed into lines as it stands; a wholly hidden one is left out. */
public final class ParagraphLayouter implements BlockLayouter<Paragraph> {

    private final ParagraphComposer composer;

    public ParagraphLayouter(ParagraphComposer composer) {
        this.composer = composer;
    }

    @Override
    public void layout(Paragraph paragraph, Column column, Context context, Consumer<? super FlowItem> flow) {
        ComposedParagraph composed = composer.compose(paragraph, column, context.inTableCell(),
                context.honourPageBreakBefore(), context.placesFloats());
        if (!composed.lines().isEmpty()) {
            flow.accept(composed);
        }
        if (!context.placesFloats()) {
            // where nothing floats, a text box's paragraphs follow the one holding it
            for (Inline inline : paragraph.inlines()) {
                if (inline instanceof AnchoredObject object && object.textBox() != null) {
                    for (Block block : object.textBox().blocks()) {
                        if (block instanceof Paragraph p) {
                            layout(p, column, context, flow);
                        }
                    }
                }
            }
        }
    }
}
