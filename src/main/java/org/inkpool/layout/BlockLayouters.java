package org.inkpool.layout;

import org.inkpool.model.Block;
import org.inkpool.model.Paragraph;
import org.inkpool.model.Table;

import java.util.function.Consumer;

/** Sends each kind of block to its layouter. */
final class BlockLayouters {

    private final BlockLayouter<Paragraph> paragraphs;
    private final BlockLayouter<Table> tables;

    BlockLayouters(BlockLayouter<Paragraph> paragraphs, BlockLayouter<Table> tables) {
        this.paragraphs = paragraphs;
        this.tables = tables;
    }

    /** Paragraphs as composed, tables on their grid. */
    static BlockLayouters standard(FaceCache faces) {
        ParagraphLayouter paragraphs = new ParagraphLayouter(new ParagraphComposer(faces));
        return new BlockLayouters(paragraphs, new GridTableLayouter(paragraphs, new LineEmitter(faces)));
    }

    void layout(Block block, Column column, Consumer<? super FlowItem> flow) {
        if (block instanceof Paragraph paragraph) {
            paragraphs.layout(paragraph, column, BlockLayouter.Context.BODY, flow);
        } else if (block instanceof Table table) {
            tables.layout(table, column, BlockLayouter.Context.BODY, flow);
        }
    }
}
