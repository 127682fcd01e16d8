package org.inkpool.layout.table;

import org.inkpool.layout.flow.BlockLayouter;
import org.inkpool.layout.flow.BorderBoxes;
import org.inkpool.layout.flow.ComposedParagraph;
import org.inkpool.layout.flow.LaidOutTable;
import org.inkpool.layout.flow.ParagraphLayouter;
import org.inkpool.layout.flow.Slice;
import org.inkpool.layout.line.Atom;
import org.inkpool.layout.line.Line;
import org.inkpool.layout.line.LineBox;
import org.inkpool.layout.line.LineEmitter;
import org.inkpool.layout.page.FilledRect;
import org.inkpool.layout.paginate.Column;
import org.inkpool.layout.paginate.Paginator;
import org.inkpool.model.Block;
import org.inkpool.model.NoteReference;
import org.inkpool.model.Paragraph;
import org.inkpool.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Stacks a cell's blocks into slices at the cell's inner width (word-layout-facts §4): paragraph
 * gaps are max(after, before) as in the body; a paragraph's space before counts at the cell top and
 * its space after at the bottom, unless contextual or auto spacing drops them at the cell edge
 * (R§3.5); nested tables are laid out whole and contribute one slice per row; the empty paragraph
 * Word writes after a nested table at the end of a cell takes no height (R§3.5). Page breaks in
 * cells are ignored (the composer is told it is in a cell).
 */
final class CellStacker {

    /** The stacked content: slices with tops from the content's top, and its total height. */
    record Stack(List<Slice> slices, double height) {
    }

    private static final BlockLayouter.Context IN_CELL = new BlockLayouter.Context(true, false);

    private final ParagraphLayouter paragraphs;
    private final LineEmitter emitter;

    CellStacker(ParagraphLayouter paragraphs, LineEmitter emitter) {
        this.paragraphs = paragraphs;
        this.emitter = emitter;
    }

    Stack stack(List<Block> blocks, Column column, GridTableLayouter tables) {
        List<Slice> slices = new ArrayList<>();
        double y = 0;
        ComposedParagraph previous = null;
        boolean first = true;
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (closesCellAfterNestedTable(blocks, b)) {
                continue;
            }
            if (block instanceof Paragraph paragraph) {
                List<ComposedParagraph> composed = new ArrayList<>(1);
                paragraphs.layout(paragraph, column, IN_CELL, item -> composed.add((ComposedParagraph) item));
                for (ComposedParagraph p : composed) {
                    if (first) {
                        y += atCellEdge(p) || p.props().beforeAuto() ? 0 : p.spaceBefore();
                    } else {
                        y += previous == null ? p.spaceBefore() : Paginator.gapBetween(previous, p);
                    }
                    y = addLines(p, y, slices);
                    previous = p;
                    first = false;
                }
            } else if (block instanceof Table nested) {
                LaidOutTable table = tables.layOut(nested, column, false);
                if (previous != null) {
                    y += previous.spaceAfter();
                }
                List<RowBox> rows = table.rows();
                for (int r = 0; r < rows.size(); r++) {
                    RowBox row = rows.get(r);
                    RowPainter.BottomEdge edge = r == rows.size() - 1 ? RowPainter.BottomEdge.OUTER
                            : RowPainter.BottomEdge.NONE;
                    // a nested row is cut into bands between its lines, so that the outer row can split there
                    double[] cuts = row.exact() || row.cantSplit() ? new double[] {0, row.height()} : cuts(row);
                    List<Slice> noted = notedSlices(row);
                    for (int k = 0; k + 1 < cuts.length; k++) {
                        double from = cuts[k];
                        double to = cuts[k + 1];
                        slices.add(new Slice(y + from, to - from, to - from,
                                (top, out) -> {
                                    out.add(org.inkpool.layout.page.Tag.open(table.key(), org.inkpool.layout.page.StructRole.TABLE));
                                    RowPainter.paintBand(row, from, to, top, edge, out);
                                    out.add(org.inkpool.layout.page.Tag.close());
                                },
                                notesBetween(noted, from, to)));
                    }
                    y += row.height();
                }
                previous = null;
                first = false;
            }
        }
        if (previous != null && !atCellEdge(previous) && !previous.props().afterAuto()) {
            y += previous.spaceAfter();
        }
        return new Stack(slices, y);
    }

    private double addLines(ComposedParagraph p, double y, List<Slice> slices) {
        List<Line> lines = p.lines();
        y += BorderBoxes.topExtent(p); // a paragraph's own borders take their room around its text
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            LineBox box = line.box();
            boolean first = i == 0;
            boolean last = i == lines.size() - 1;
            slices.add(new Slice(y, box.height(), box.fitHeight(), (top, out) -> {
                if (p.shading() != null) {
                    double x = p.column().originX() + p.props().indentLeft();
                    double w = p.column().width() - p.props().indentLeft() - p.props().indentRight();
                    out.add(new FilledRect(x, top, w, box.height(), p.shading()));
                }
                BorderBoxes.paintLine(p, first, last, top, box.height(), out);
                emitter.emit(p, line, top, out);
            }, notesOf(p, line)));
            y += box.height();
        }
        return y + BorderBoxes.bottomExtent(p);
    }

    /** The note references on a line: the first atom of each reference mark carries it. */
    static List<NoteReference> notesOf(ComposedParagraph p, Line line) {
        List<NoteReference> notes = List.of();
        List<Atom> atoms = p.atoms();
        for (int i = line.from(); i < line.to(); i++) {
            if (atoms.get(i).note != null) {
                if (notes.isEmpty()) {
                    notes = new ArrayList<>();
                }
                notes.add(atoms.get(i).note);
            }
        }
        return notes;
    }

    /**
     * The slices of a nested row that carry note references, found once per row: scanning every slice for
     * every band was quadratic in the row's lines (fuzzing found a row of thousands of lines taking minutes).
     */
    private static List<Slice> notedSlices(RowBox row) {
        List<Slice> noted = new ArrayList<>();
        for (CellBox cell : row.cells()) {
            for (Slice s : cell.slices()) {
                if (!s.notes().isEmpty()) {
                    noted.add(s);
                }
            }
        }
        return noted;
    }

    /** The note references of the noted slices that start within the band [from, to). */
    private static List<NoteReference> notesBetween(List<Slice> noted, double from, double to) {
        List<NoteReference> notes = new ArrayList<>();
        for (Slice s : noted) {
            if (s.top() >= from - 1e-6 && s.top() < to - 1e-6) {
                notes.addAll(s.notes());
            }
        }
        return notes;
    }

    /**
     * Offsets (from the row top, 0 and the row height included) where the row may be cut: the tops
     * of its cells' slices that no slice of another cell straddles.
     */
    static double[] cuts(RowBox row) {
        List<double[]> spans = new ArrayList<>();
        for (CellBox cell : row.cells()) {
            for (Slice s : cell.slices()) {
                spans.add(new double[] {s.top(), s.top() + s.height()});
            }
        }
        spans.sort((a, b) -> Double.compare(a[0], b[0]));
        List<Double> cuts = new ArrayList<>();
        cuts.add(0.0);
        double reach = 0;
        for (double[] span : spans) {
            double at = span[0];
            if (at > cuts.get(cuts.size() - 1) + 1e-6 && at < row.height() - 1e-6 && reach <= at + 1e-6) {
                cuts.add(at);
            }
            reach = Math.max(reach, span[1]);
        }
        cuts.add(row.height());
        return cuts.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Contextual and auto spacing treat the cell edge as a boundary and drop the space there (R§3.5, §4). */
    private static boolean atCellEdge(ComposedParagraph p) {
        return p.props().contextualSpacing();
    }

    private static boolean closesCellAfterNestedTable(List<Block> blocks, int index) {
        return index == blocks.size() - 1 && index > 0 && blocks.get(index - 1) instanceof Table
                && blocks.get(index) instanceof Paragraph closing && closing.isEmpty();
    }
}
