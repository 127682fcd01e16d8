package org.inkpool.layout.math;

import org.inkpool.model.MathNode;
import org.inkpool.model.MathNode.Row;

import java.util.ArrayList;
import java.util.List;

/**
 * Matrices (m:m) and equation arrays (m:eqArr): rows stacked with their baselines a row gap apart,
 * the whole centred on the math axis. Matrix columns are aligned by m:mcJc; the rows of an equation
 * array are aligned at their '&amp;' alignment points (pieces right-, then left-aligned in turn, as
 * Word aligns "a &amp;= b"), or centred when they have none.
 */
final class Tables {

    private Tables() {
    }

    static MathBox matrix(MathLayout layout, MathNode.Matrix m, MathStyle style) {
        List<List<MathBox>> cells = new ArrayList<>();
        for (List<Row> row : m.rows()) {
            List<MathBox> boxes = new ArrayList<>();
            for (Row cell : row) {
                boxes.add(layout.row(cell, style));
            }
            cells.add(boxes);
        }
        List<MathNode.Justification> align = new ArrayList<>();
        int columns = cells.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < columns; i++) {
            align.add(i < m.columns().size() ? m.columns().get(i) : MathNode.Justification.CENTER);
        }
        return grid(layout, cells, align, layout.constants().matrixColumnGap() * layout.em(style), style);
    }

    static MathBox equationArray(MathLayout layout, MathNode.EquationArray a, MathStyle style) {
        List<List<MathBox>> cells = new ArrayList<>();
        int columns = 0;
        for (Row row : a.rows()) {
            List<MathBox> pieces = new ArrayList<>();
            for (Row piece : splitAtAmpersands(row)) {
                pieces.add(layout.row(piece, style));
            }
            columns = Math.max(columns, pieces.size());
            cells.add(pieces);
        }
        List<MathNode.Justification> align = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            align.add(columns == 1 ? MathNode.Justification.CENTER
                    : i % 2 == 0 ? MathNode.Justification.RIGHT : MathNode.Justification.LEFT);
        }
        return grid(layout, cells, align, 0, style);
    }

    /** A row cut at each '&amp;' of its top-level runs (the '&amp;' themselves are not drawn). */
    static List<Row> splitAtAmpersands(Row row) {
        List<Row> pieces = new ArrayList<>();
        List<MathNode> current = new ArrayList<>();
        for (MathNode n : row.items()) {
            if (n instanceof MathNode.Run r && r.style() != MathNode.Style.NORMAL_TEXT && r.text().indexOf('&') >= 0) {
                String[] parts = r.text().split("&", -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        pieces.add(new Row(current));
                        current = new ArrayList<>();
                    }
                    if (!parts[i].isEmpty()) {
                        current.add(new MathNode.Run(parts[i], r.props(), r.style(), r.alphabet()));
                    }
                }
            } else {
                current.add(n);
            }
        }
        pieces.add(new Row(current));
        return pieces;
    }

    private static MathBox grid(MathLayout layout, List<List<MathBox>> cells, List<MathNode.Justification> align,
                                double columnGap, MathStyle style) {
        double em = layout.em(style);
        int columns = align.size();
        double[] widths = new double[columns];
        for (List<MathBox> row : cells) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).width());
            }
        }
        double[] ascents = new double[cells.size()];
        double[] descents = new double[cells.size()];
        for (int r = 0; r < cells.size(); r++) {
            ascents[r] = 0.69 * em;
            descents[r] = 0.2 * em;
            for (MathBox cell : cells.get(r)) {
                ascents[r] = Math.max(ascents[r], cell.ascent());
                descents[r] = Math.max(descents[r], cell.descent());
            }
        }
        double gap = layout.constants().matrixRowGap() * em;
        double[] baselines = new double[cells.size()];
        double y = 0;
        for (int r = 0; r < cells.size(); r++) {
            if (r > 0) {
                y += descents[r - 1] + gap + ascents[r];
            }
            baselines[r] = y;
        }
        double total = cells.isEmpty() ? 0 : ascents[0] + y + descents[cells.size() - 1];
        // centre the stack on the axis: the first baseline sits this far above the box's baseline
        double axis = layout.constants().axisHeight() * em;
        double firstBaseline = -(axis + total / 2) + (cells.isEmpty() ? 0 : ascents[0]);
        MathBox.Builder b = new MathBox.Builder();
        double width = 0;
        for (int i = 0; i < columns; i++) {
            width += widths[i] + (i > 0 ? columnGap : 0);
        }
        for (int r = 0; r < cells.size(); r++) {
            double x = 0;
            List<MathBox> row = cells.get(r);
            for (int i = 0; i < columns; i++) {
                if (i > 0) {
                    x += columnGap;
                }
                if (i < row.size()) {
                    MathBox cell = row.get(i);
                    double slack = widths[i] - cell.width();
                    double dx = switch (align.get(i)) {
                        case LEFT -> 0;
                        case RIGHT -> slack;
                        default -> slack / 2;
                    };
                    b.place(cell, x + dx, firstBaseline + baselines[r]);
                }
                x += widths[i];
            }
        }
        return b.build(width, axis + total / 2, total / 2 - axis);
    }
}
