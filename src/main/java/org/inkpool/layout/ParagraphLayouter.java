package org.inkpool.layout;

import org.inkpool.model.Paragraph;

import java.util.function.Consumer;

/** A paragraph in the flow: composed into lines as it stands; a wholly hidden one is left out. */
final class ParagraphLayouter implements BlockLayouter<Paragraph> {

    private final ParagraphComposer composer;

    ParagraphLayouter(ParagraphComposer composer) {
        this.composer = composer;
    }

    @Override
    public void layout(Paragraph paragraph, Column column, Context context, Consumer<? super FlowItem> flow) {
        ComposedParagraph composed = composer.compose(paragraph, column, context.inTableCell(),
                context.honourPageBreakBefore());
        if (!composed.lines().isEmpty()) {
            flow.accept(composed);
        }
    }
}
