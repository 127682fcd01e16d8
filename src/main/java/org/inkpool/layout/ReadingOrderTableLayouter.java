package org.inkpool.layout;

import org.inkpool.model.Block;
import org.inkpool.model.Paragraph;
import org.inkpool.model.Table;
import org.inkpool.model.TableCell;
import org.inkpool.model.TableRow;

import java.util.List;
import java.util.function.Consumer;

/**
 * Until tables get a real grid layout: each row's cells' blocks one after another, in reading
 * order, as ordinary paragraphs indented by the table's indent (nested tables recursively), so no
 * text is lost. A cell continuing a vertical merge holds only Word's empty placeholder paragraph,
 * which is skipped so it does not add blank lines; so is the empty paragraph OOXML forces after a
 * nested table at the end of a cell, to which Word gives no line (R§3.5).
 */
final class ReadingOrderTableLayouter implements BlockLayouter<Table> {

    private final ParagraphLayouter paragraphs;

    ReadingOrderTableLayouter(ParagraphLayouter paragraphs) {
        this.paragraphs = paragraphs;
    }

    @Override
    public void layout(Table table, Column column, Context context, Consumer<ComposedParagraph> flow) {
        Column cellColumn = column.indented(table.indent());
        boolean first = context.honourPageBreakBefore();
        for (TableRow row : table.rows()) {
            for (TableCell cell : row.cells()) {
                if (cell.mergedFromAbove() && onlyEmptyParagraphs(cell)) {
                    continue;
                }
                List<Block> blocks = cell.blocks();
                for (int b = 0; b < blocks.size(); b++) {
                    Block block = blocks.get(b);
                    if (closesCellAfterNestedTable(blocks, b)) {
                        continue;
                    }
                    // page breaks inside cells are ignored; pageBreakBefore counts only on the paragraph
                    // that opens the outermost table (a nested table cannot carry one, R§3.3)
                    if (block instanceof Paragraph paragraph) {
                        paragraphs.layout(paragraph, cellColumn, new Context(true, first), flow);
                    } else if (block instanceof Table nested) {
                        layout(nested, cellColumn, new Context(true, false), flow);
                    }
                    first = false;
                }
            }
        }
    }

    private static boolean closesCellAfterNestedTable(List<Block> blocks, int index) {
        return index == blocks.size() - 1 && index > 0 && blocks.get(index - 1) instanceof Table
                && blocks.get(index) instanceof Paragraph closing && closing.isEmpty();
    }

    private static boolean onlyEmptyParagraphs(TableCell cell) {
        return cell.blocks().stream().allMatch(b -> b instanceof Paragraph p && p.isEmpty());
    }
}
