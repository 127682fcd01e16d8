package org.inkpool.layout;

import org.inkpool.model.Block;
import org.inkpool.model.Paragraph;

import java.util.ArrayList;
import java.util.List;

/**
 * Blocks stacked without pagination (a header, a footer, a footnote): composed paragraphs with their
 * spacing, the first space before and the last space after included (facts §8). Page breaks inside
 * are ignored, as in table cells.
 */
final class BlockStack {
    private final List<ComposedParagraph> paragraphs;

    private BlockStack(List<ComposedParagraph> paragraphs) {
        this.paragraphs = paragraphs;
    }

    static BlockStack compose(List<Block> blocks, Column column, BlockLayouters layouters) {
        List<ComposedParagraph> out = new ArrayList<>();
        for (Block block : blocks) {
            layouters.layout(block, column, new BlockLayouter.Context(true, false), out::add);
        }
        return new BlockStack(out);
    }

    List<ComposedParagraph> paragraphs() {
        return paragraphs;
    }

    /** A part holding a single empty paragraph reserves nothing (facts §8); several empty ones do. */
    static boolean reservesNothing(List<Block> blocks) {
        return blocks == null || blocks.isEmpty()
                || blocks.size() == 1 && blocks.get(0) instanceof Paragraph p && p.isEmpty();
    }

    double height() {
        double h = 0;
        ComposedParagraph previous = null;
        for (ComposedParagraph p : paragraphs) {
            h += gap(previous, p);
            for (Line line : p.lines()) {
                h += line.box().height();
            }
            previous = p;
        }
        return previous == null ? h : h + previous.spaceAfter();
    }

    /** Paints the stack with its top at {@code top}. */
    void emit(double top, LineEmitter emitter, List<PageItem> out) {
        double y = top;
        ComposedParagraph previous = null;
        for (ComposedParagraph p : paragraphs) {
            y += gap(previous, p);
            for (Line line : p.lines()) {
                emitter.emit(p, line, y, out);
                y += line.box().height();
            }
            previous = p;
        }
    }

    private static double gap(ComposedParagraph previous, ComposedParagraph p) {
        return previous == null ? p.spaceBefore() : Math.max(previous.spaceAfter(), p.spaceBefore());
    }
}
