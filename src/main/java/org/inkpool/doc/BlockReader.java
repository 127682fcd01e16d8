package org.inkpool.doc;

import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.inkpool.model.Block;
import org.inkpool.model.style.ListLabel;
import org.inkpool.model.style.ParagraphProps;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** Reads the paragraphs and tables of one range (a section, a cell, a header, a note) as model blocks. */
final class BlockReader {
    private final DocContext ctx;
    private final InlineBuilder inlines;
    private final TableBuilder tables;
    private int depth;

    BlockReader(DocContext ctx, Story story) {
        this.ctx = ctx;
        this.inlines = new InlineBuilder(ctx, story);
        this.tables = new TableBuilder(this, ctx.paragraphs);
    }

    /**
     * The blocks of a range whose paragraphs sit at table level {@code level} (0 outside tables).
     *
     * @param sectionEnd the range's last paragraph ends a section (its 0x0C is no page break)
     * @param progress   told each paragraph index read, for the main text's progress
     */
    List<Block> read(Range range, int level, boolean sectionEnd, IntConsumer progress) {
        List<Block> blocks = new ArrayList<>();
        int count = range.numParagraphs();
        for (int i = 0; i < count; i++) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable() && tableLevel(p) > level) {
                Table table;
                try {
                    table = range.getTable(p);
                } catch (RuntimeException e) {
                    table = null; // a table structure HWPF cannot follow: its paragraphs are read as text
                }
                if (table != null && table.numParagraphs() > 0) {
                    if (depth < DocContext.MAX_DEPTH) {
                        depth++;
                        try {
                            blocks.add(tables.read(table, tableLevel(p)));
                        } finally {
                            depth--;
                        }
                    }
                    i += Math.max(0, table.numParagraphs() - 1);
                    progress.accept(i);
                    continue;
                }
            }
            if (p.isInTable() && level > 0 && p.isTableRowEnd()) {
                continue; // the row-end mark carries the row's properties, no text
            }
            blocks.add(paragraph(p, sectionEnd && i == count - 1));
            progress.accept(i);
        }
        return blocks;
    }

    /** Word 97 files mark cell paragraphs fInTable without a nesting depth (itap 0): that is level 1. */
    static int tableLevel(Paragraph p) {
        return p.isInTable() ? Math.max(1, p.getTableLevel()) : 0;
    }

    org.inkpool.model.Paragraph paragraph(Paragraph p, boolean sectionEnd) {
        ParagraphProps props = ctx.paragraphs.read(p);
        InlineBuilder.Built built = inlines.build(p, sectionEnd);
        ListLabel label = ctx.lists.label(p, built.markProps());
        return new org.inkpool.model.Paragraph(props, built.inlines(), label, built.markProps());
    }
}
