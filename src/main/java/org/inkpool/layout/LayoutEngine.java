package org.inkpool.layout;

import org.inkpool.model.Block;
import org.inkpool.model.Document;
import org.inkpool.model.PageSetup;
import org.inkpool.model.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a document: model and font metrics in, pages of positioned items out.
 * Body text, lists, tabs and inline pictures follow Word's rules (see word-layout-facts.md);
 * tables on their grid with borders, split across pages between lines of their cells; headers, footers, footnotes,
 * floating objects and columns are not laid out yet.
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
        Paginator paginator = new Paginator(new LineEmitter(faces));
        ProgressMeter meter = new ProgressMeter(progress, doc.blockCount());
        for (Section section : doc.sections()) {
            paginator.startSection(section);
            Column column = columnOf(section.page() == null ? PageSetup.LETTER : section.page());
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
        List<Page> pages = paginator.finish();
        meter.finish();
        return new LaidOutDocument(pages);
    }

    private static Column columnOf(PageSetup setup) {
        return new Column(setup.marginLeft(), setup.bodyWidth(), PageBuilder.bodyHeight(setup));
    }
}
