package org.inkpool.layout;

import org.inkpool.model.Block;
import org.inkpool.model.Document;
import org.inkpool.model.PageSetup;
import org.inkpool.model.Paragraph;
import org.inkpool.model.Section;
import org.inkpool.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a document: model and font metrics in, pages of positioned items out.
 * Body text, lists, tabs and inline pictures follow Word's rules (see word-layout-facts.md);
 * tables are laid out as their cells' paragraphs in reading order; headers, footers, footnotes,
 * floating objects and columns are not laid out yet.
 *
 * <p>One engine may lay out many documents, one at a time (it is not thread-safe).
 */
public final class LayoutEngine {

    /** At most this many progress reports per document. */
    private static final int PROGRESS_STEPS = 100;

    private final FaceCache faces;
    private final ParagraphLayouter paragraphs;
    private final ReadingOrderTableLayouter tables;

    public LayoutEngine(FontMetrics metrics) {
        this.faces = new FaceCache(metrics);
        this.paragraphs = new ParagraphLayouter(new ParagraphComposer(faces));
        this.tables = new ReadingOrderTableLayouter(paragraphs);
    }

    public LaidOutDocument layout(Document doc, LayoutProgress progress) {
        LayoutProgress report = progress == null ? LayoutProgress.NONE : progress;
        Paginator paginator = new Paginator(new LineEmitter(faces));
        int total = Math.max(1, doc.blockCount());
        int done = 0;
        int lastStep = 0;
        for (Section section : doc.sections()) {
            PageSetup setup = section.page() == null ? PageSetup.LETTER : section.page();
            Column column = new Column(setup.marginLeft(), setup.bodyWidth(), setup.bodyHeight());
            paginator.startSection(section);
            List<ComposedParagraph> flow = new ArrayList<>();
            for (Block block : section.blocks()) {
                layoutBlock(block, column, flow);
                done++;
                int step = (int) ((long) done * PROGRESS_STEPS / total);
                if (step > lastStep) {
                    lastStep = step;
                    report.advanced((double) done / total);
                }
            }
            paginator.place(flow);
        }
        List<Page> pages = paginator.finish();
        if (lastStep < PROGRESS_STEPS) {
            report.advanced(1.0);
        }
        return new LaidOutDocument(pages);
    }

    private void layoutBlock(Block block, Column column, List<ComposedParagraph> flow) {
        if (block instanceof Paragraph paragraph) {
            paragraphs.layout(paragraph, column, BlockLayouter.Context.BODY, flow::add);
        } else if (block instanceof Table table) {
            tables.layout(table, column, BlockLayouter.Context.BODY, flow::add);
        }
    }
}
