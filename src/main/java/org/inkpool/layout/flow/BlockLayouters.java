package org.inkpool.layout.flow;

import org.inkpool.layout.font.FaceCache;
import org.inkpool.layout.line.LineEmitter;
import org.inkpool.layout.paginate.Column;
import org.inkpool.layout.table.GridTableLayouter;
import org.inkpool.model.Block;
import org.inkpool.model.Paragraph;
import org.inkpool.model.Table;

import java.util.function.Consumer;

/** Sends each kind of block to its layouter. */
public final class BlockLayouters {

    private final BlockLayouter<Paragraph> paragraphs;
    private final BlockLayouter<Table> tables;

    public BlockLayouters(BlockLayouter<Paragraph> paragraphs, BlockLayouter<Table> tables) {
        this.paragraphs = paragraphs;
        this.tables = tables;
    }

    /** Paragraphs as composed, tables on their grid. */
    public static BlockLayouters standard(FaceCache faces) {
        return standard(faces, new FieldValues());
    }

    /** The standard layouters, with page fields showing {@code fields}' values (for headers and footers). */
    public static BlockLayouters standard(FaceCache faces, FieldValues fields) {
        ParagraphLayouter paragraphs = new ParagraphLayouter(new ParagraphComposer(faces, fields));
        return new BlockLayouters(paragraphs, new GridTableLayouter(paragraphs, new LineEmitter(faces)));
    }

    public void layout(Block block, Column column, Consumer<? super FlowItem> flow) {
        layout(block, column, BlockLayouter.Context.BODY, flow);
    }

    public void layout(Block block, Column column, BlockLayouter.Context context, Consumer<? super FlowItem> flow) {
        if (block instanceof Paragraph paragraph) {
            if (context.placesFloats() && !context.inTableCell()) {
                paragraph = FlowingTables.takeOut(paragraph, column, flowing -> tables.layout(flowing.table(),
                        column, context, item -> flow.accept(item instanceof LaidOutTable t ? t.floated(flowing.floated()) : item)));
            }
            paragraphs.layout(paragraph, column, context, flow);
        } else if (block instanceof Table table) {
            tables.layout(table, column, context, flow);
        }
    }
}
