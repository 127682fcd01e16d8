package org.inkpool.layout.flow;

import org.inkpool.layout.paginate.Column;
import org.inkpool.model.Block;

import java.util.function.Consumer;

/**
 * Lays out one kind of block into flow items for the paginator: paragraphs into composed
 * paragraphs, tables into laid-out tables whose rows the paginator splits across pages.
 */
public interface BlockLayouter<B extends Block> {

    /** Composes {@code block} in {@code column} and hands each resulting item to {@code flow}, in order. */
    void layout(B block, Column column, Context context, Consumer<? super FlowItem> flow);

    /** Where a block sits: in the body, or inside a table cell (where page breaks are ignored). */
    /**
     * @param placesFloats anchored objects are positioned where this block is placed (body, header,
     *                     footer); elsewhere (cells, notes) their picture stays in the line and their
     *                     text follows the paragraph
     */
    public record Context(boolean inTableCell, boolean honourPageBreakBefore, boolean placesFloats) {
        static final Context BODY = new Context(false, true, true);

        public Context(boolean inTableCell, boolean honourPageBreakBefore) {
            this(inTableCell, honourPageBreakBefore, !inTableCell);
        }
    }
}
