package org.inkpool.layout;

import org.inkpool.model.Block;
import org.inkpool.model.Paragraph;
import org.inkpool.model.Table;
import org.inkpool.model.TableCell;
import org.inkpool.model.TableRow;

import java.util.function.Consumer;

/**
 * Until tables get a real grid layout: each row's cells' blocks one after another, in reading
 * order, as ordinary paragraphs indented by the table's indent (nested tables recursively), so no
 * text is lost. A cell continuing a vertical merge holds only Word's empty placeholder paragraph,
 * which is skipped so it does not add blank lines.
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
                for (Block block : cell.blocks()) {
                    // page breaks inside cells are ignored; pageBreakBefore counts on the table's first paragraph
                    Context inCell = new Context(true, first);
                    first = false;
                    if (block instanceof Paragraph paragraph) {
                        paragraphs.layout(paragraph, cellColumn, inCell, flow);
                    } else if (block instanceof Table nested) {
                        layout(nested, cellColumn, inCell, flow);
                    }
                }
            }
        }
    }

    private static boolean onlyEmptyParagraphs(TableCell cell) {
        return cell.blocks().stream().allMatch(b -> b instanceof Paragraph p && p.isEmpty());
    }
}
