package org.inkpool.layout;

import org.inkpool.model.Block;

import java.util.function.Consumer;

/**
 * Lays out one kind of block into paragraphs for the paginator. Paragraphs and tables each have
 * their own; a real table layouter (grid, borders, rows split across pages) slots in here.
 */
interface BlockLayouter<B extends Block> {

    /** Composes {@code block} in {@code column} and hands each resulting paragraph to {@code flow}, in order. */
    void layout(B block, Column column, Context context, Consumer<ComposedParagraph> flow);

    /** Where a block sits: in the body, or inside a table cell (where page breaks are ignored). */
    record Context(boolean inTableCell, boolean honourPageBreakBefore) {
        static final Context BODY = new Context(false, true);
    }
}
