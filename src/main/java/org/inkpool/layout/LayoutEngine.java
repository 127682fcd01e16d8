package org.inkpool.layout;

import org.inkpool.layout.flow.BlockLayouters;
import org.inkpool.layout.flow.FlowItem;
import org.inkpool.layout.font.FaceCache;
import org.inkpool.layout.font.FontMetrics;
import org.inkpool.layout.line.LineEmitter;
import org.inkpool.layout.page.LaidOutDocument;
import org.inkpool.layout.page.Page;
import org.inkpool.layout.paginate.Column;
import org.inkpool.layout.paginate.Columns;
import org.inkpool.layout.paginate.PageBuilder;
import org.inkpool.layout.paginate.PageFurniture;
import org.inkpool.layout.paginate.Paginator;
import org.inkpool.model.Block;
import org.inkpool.model.section.DocGrid;
import org.inkpool.model.Document;
import org.inkpool.model.section.PageSetup;
import org.inkpool.model.section.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a document: model and font metrics in, pages of positioned items out.
 * Body text, lists, tabs and inline pictures follow Word's rules (see word-layout-facts.md);
 * tables on their grid with borders, split across pages between lines of their cells; headers, footers,
 * footnotes and endnotes frame the body (facts §8). Floating objects and columns are not laid out yet.
 *
 * <p>Each call works on its own caches, so one engine may lay out several documents at once as long
 * as its FontMetrics may be called from several threads.
 */
public final class LayoutEngine {

    private final FontMetrics metrics;

    public LayoutEngine(FontMetrics metrics) {
        this.metrics = metrics;
    }

    public LaidOutDocument layout(Document doc, LayoutProgress progress) {
        FaceCache faces = new FaceCache(metrics);
        BlockLayouters layouters = BlockLayouters.standard(faces);
        LineEmitter emitter = new LineEmitter(faces);
        PageFurniture furniture = new PageFurniture(doc, faces, emitter);
        Paginator paginator = new Paginator(emitter, furniture);
        Column lastColumn = columnOf(PageSetup.LETTER);
        ProgressMeter meter = new ProgressMeter(progress, doc.blockCount());
        paginator.onStillWorking(meter::stillWorking);
        for (Section section : doc.sections()) {
            paginator.startSection(section);
            Column column = columnOf(section.page() == null ? PageSetup.LETTER : section.page(),
                    section.look().grid());
            lastColumn = column;
            List<FlowItem> pending = new ArrayList<>();
            for (Block block : section.blocks()) {
                layouters.layout(block, column, composed -> {
                    pending.add(composed);
                    // a paragraph without keepNext ends every keep chain before it: all of them can be
                    // placed now, so only a chain's worth of composed paragraphs is ever held in memory
                    if (!composed.keepNext()) {
                        paginator.place(pending);
                        pending.clear();
                    }
                });
                meter.blockDone();
            }
            paginator.place(pending);
        }
        paginator.placeEndnotes(furniture.endnotes(lastColumn));
        List<Page> pages = paginator.finish();
        meter.finish();
        return new LaidOutDocument(pages);
    }

    /** The first text column of the section: paragraphs are composed at a column's width. */
    private static Column columnOf(PageSetup setup) {
        return columnOf(setup, DocGrid.NONE);
    }

    /** The section's first text column; its paragraphs (not its table cells) follow the line grid. */
    private static Column columnOf(PageSetup setup, DocGrid grid) {
        return new Column(setup.marginLeft(), Columns.widthOf(setup), PageBuilder.bodyHeight(setup), grid);
    }
}
