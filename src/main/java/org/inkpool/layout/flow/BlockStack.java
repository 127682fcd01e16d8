package org.inkpool.layout.flow;

import org.inkpool.layout.line.Line;
import org.inkpool.layout.line.LineEmitter;
import org.inkpool.layout.page.PageItem;
import org.inkpool.layout.paginate.Column;
import org.inkpool.layout.paginate.Paginator;
import org.inkpool.layout.table.RowBox;
import org.inkpool.layout.table.RowPainter;
import org.inkpool.model.Block;
import org.inkpool.model.Paragraph;

import java.util.ArrayList;
import java.util.List;

/**
 * Blocks stacked without pagination (a header, a footer, a footnote): composed paragraphs with their
 * spacing, the first space before and the last space after included (facts §8), and tables laid out
 * on their grid, row under row. Page breaks inside are ignored, as in table cells.
 */
public final class BlockStack {
    private final List<FlowItem> items;

    private BlockStack(List<FlowItem> items) {
        this.items = items;
    }

    public static BlockStack compose(List<Block> blocks, Column column, BlockLayouters layouters) {
        return compose(blocks, column, layouters, false);
    }

    /** @param placesFloats its paragraphs' floating objects are kept aside to be positioned (headers, footers) */
    public static BlockStack compose(List<Block> blocks, Column column, BlockLayouters layouters, boolean placesFloats) {
        List<FlowItem> out = new ArrayList<>();
        BlockLayouter.Context context = new BlockLayouter.Context(true, false, placesFloats);
        for (Block block : blocks) {
            layouters.layout(block, column, context, out::add);
        }
        return new BlockStack(out);
    }

    /**
     * Calls {@code sink} with each paragraph that anchors floating objects and its top (above its space
     * before, where a paragraph-relative position is measured from).
     */
    public void floats(double top, java.util.function.BiConsumer<ComposedParagraph, Double> sink) {
        double y = top;
        for (StackedLine line : lines(null)) {
            if (line.paragraph() != null && !line.paragraph().floats().isEmpty()
                    && line.line() == line.paragraph().lines().get(0)) {
                sink.accept(line.paragraph(), y);
            }
            y += line.gapBefore();
            y += line.contentHeight() + line.gapAfter();
        }
    }

    /** A part holding a single empty paragraph reserves nothing (facts §8); several empty ones do. */
    public static boolean reservesNothing(List<Block> blocks) {
        return blocks == null || blocks.isEmpty()
                || blocks.size() == 1 && blocks.get(0) instanceof Paragraph p && p.isEmpty();
    }

    /**
     * The width the stack's widest line takes with its paragraph's indents: what a frame sized to its
     * content is as wide as. A table takes {@code columnWidth} (it is not shrunk to its content).
     */
    public double widestLine(double columnWidth) {
        double widest = 0;
        for (FlowItem item : items) {
            if (item instanceof ComposedParagraph p) {
                for (int i = 0; i < p.lines().size(); i++) {
                    double indent = p.props().indentLeft() + (i == 0 ? p.props().firstLine() : 0);
                    widest = Math.max(widest, Math.max(0, indent) + p.props().indentRight()
                            + p.lines().get(i).naturalWidth(p.atoms()));
                }
            } else if (item instanceof LaidOutTable) {
                widest = Math.max(widest, columnWidth);
            }
        }
        return widest;
    }

    public double height() {
        double h = 0;
        for (StackedLine line : lines(null)) {
            h += line.height();
        }
        return h;
    }

    /** Paints the stack with its top at {@code top}. */
    public void emit(double top, LineEmitter emitter, List<PageItem> out) {
        double y = top;
        for (StackedLine line : lines(emitter)) {
            y += line.gapBefore();
            line.painter().paint(y, out);
            y += line.contentHeight() + line.gapAfter();
        }
    }

    /** The stack as lines (paragraph lines and table rows) with the spacing that goes with each. */
    public List<StackedLine> lines(LineEmitter emitter) {
        List<StackedLine> out = new ArrayList<>();
        ComposedParagraph previous = null;
        boolean afterTable = false;
        for (FlowItem item : items) {
            if (item instanceof ComposedParagraph p) {
                List<Line> ls = p.lines();
                double gap = previous == null ? p.spaceBefore() : Paginator.gapBetween(previous, p);
                for (int i = 0; i < ls.size(); i++) {
                    Line line = ls.get(i);
                    boolean first = i == 0;
                    boolean last = i == ls.size() - 1;
                    // a paragraph's own borders take their room around its text (BorderBoxes)
                    out.add(new StackedLine(first ? gap + BorderBoxes.topExtent(p) : 0, line.box().height(),
                            last ? BorderBoxes.bottomExtent(p) : 0, p, line, (top, items) -> {
                                BorderBoxes.paintLine(p, first, last, top, line.box().height(), items);
                                emitter.emit(p, line, top, items);
                            }));
                }
                previous = p;
                afterTable = false;
            } else if (item instanceof LaidOutTable table) {
                // as in the body: the paragraph before keeps its space after, the one after its space before
                double gap = previous == null || afterTable ? 0 : previous.spaceAfter();
                List<RowBox> rows = table.rows();
                for (int r = 0; r < rows.size(); r++) {
                    RowBox row = rows.get(r);
                    RowPainter.BottomEdge edge = r == rows.size() - 1 ? RowPainter.BottomEdge.OUTER
                            : RowPainter.BottomEdge.NONE;
                    int[] from = new int[row.cells().size()];
                    int[] to = new int[row.cells().size()];
                    for (int c = 0; c < to.length; c++) {
                        to[c] = row.cells().get(c).slices().size();
                    }
                    out.add(new StackedLine(r == 0 ? gap : 0, row.height(), 0, null, null,
                            (top, items) -> {
                                items.add(org.inkpool.layout.page.Tag.open(table.key(), org.inkpool.layout.page.StructRole.TABLE));
                                RowPainter.paint(row, from, to, top, row.height(), edge, items);
                                items.add(org.inkpool.layout.page.Tag.close());
                            }));
                }
                previous = null;
                afterTable = true;
            }
        }
        if (previous != null && !out.isEmpty()) {
            StackedLine last = out.remove(out.size() - 1);
            out.add(new StackedLine(last.gapBefore(), last.contentHeight(), last.gapAfter() + previous.spaceAfter(),
                    last.paragraph(),
                    last.line(), last.painter()));
        }
        return out;
    }

    /**
     * One line of a stack: the gaps around it, its height, and how to paint it. A table row has no
     * paragraph and line; a paragraph line keeps them so that its footnote references can be found.
     */
    public record StackedLine(double gapBefore, double contentHeight, double gapAfter, ComposedParagraph paragraph,
                       Line line, Slice.Painter painter) {
        public double height() {
            return gapBefore + contentHeight + gapAfter;
        }
    }
}
