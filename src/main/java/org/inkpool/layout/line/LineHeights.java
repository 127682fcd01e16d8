package org.inkpool.layout.line;

import org.inkpool.model.style.LineSpacing;

import java.util.List;

/**
 * Applies Word's line rules (word-layout-facts §2) to the atoms of one line. The natural height is
 * the largest extent above the baseline plus the largest below, over everything on the line
 * (raised and lowered runs count where they are drawn; a picture stands on the baseline).
 */
public final class LineHeights {

    private LineHeights() {
    }

    /**
     * @param markExtents  above/below of the paragraph-mark font, used when the line has no atoms
     * @param markSingle   the paragraph-mark font's single line height (the AUTO extra of picture lines)
     */
    public static LineBox measure(List<Atom> atoms, int from, int to, LineSpacing spacing, double[] markExtents,
                           double markSingle) {
        return measure(atoms, from, to, from, spacing, markExtents, markSingle);
    }

    /**
     * @param labelEnd atoms [from, labelEnd) are a list label and its suffix: a label taller than the
     *                 text raises the line by the difference of their ascents, after the line rule
     *                 and ignoring the label's descent (R§2.8)
     */
    public static LineBox measure(List<Atom> atoms, int from, int to, int labelEnd, LineSpacing spacing,
                           double[] markExtents, double markSingle) {
        int textFrom = Math.max(from, Math.min(labelEnd, to));
        double above = 0;
        double below = 0;
        double ascent = 0;
        boolean picture = false;
        if (textFrom >= to) {
            above = markExtents[0];
            below = markExtents[1];
            ascent = markExtents[2];
        }
        for (int i = textFrom; i < to; i++) {
            Atom a = atoms.get(i);
            above = Math.max(above, a.above);
            below = Math.max(below, a.below);
            ascent = Math.max(ascent, a.ascent);
            picture |= a.kind == Atom.Kind.IMAGE;
        }
        LineBox box = apply(above, below, ascent, picture, spacing, markSingle);
        double labelAbove = 0;
        for (int i = from; i < textFrom; i++) {
            labelAbove = Math.max(labelAbove, atoms.get(i).above);
        }
        double raise = labelAbove - above;
        if (raise <= 0) {
            return box;
        }
        return new LineBox(box.height() + raise, box.fitHeight() + raise, box.baseline() + raise,
                box.above() + raise, box.below());
    }

    /**
     * @param above  largest extent above the baseline (ascent, external leading, raise)
     * @param below  largest extent below it
     * @param ascent largest ascent without the external leading
     */
    public static LineBox apply(double above, double below, double ascent, boolean picture, LineSpacing spacing,
                         double markSingle) {
        double natural = above + below;
        LineSpacing rule = spacing == null ? LineSpacing.SINGLE : spacing;
        switch (rule.rule()) {
            case EXACT -> {
                // exactly the value; the baseline at ascent / (ascent + descent) of the box (R§2.3)
                double h = Math.max(0, rule.value());
                double share = ascent + below > 0 ? ascent / (ascent + below) : 0.8;
                return new LineBox(h, h, h * share, above, below);
            }
            case AT_LEAST -> {
                // the shortfall is added above the text (R§2.3)
                double h = Math.max(natural, rule.value());
                return new LineBox(h, h, h - natural + above, above, below);
            }
            default -> {
                double m = rule.value() > 0 ? rule.value() : 1;
                if (m >= 1) {
                    // the extra goes below the text; on a picture line only (m−1) × the paragraph font (R§2.4)
                    double extra = (m - 1) * (picture ? markSingle : natural);
                    return new LineBox(natural + extra, natural, above, above, below);
                }
                // a multiple below 1 shrinks the line from the top
                double h = natural * m;
                return new LineBox(h, h, above - (natural - h), above, below);
            }
        }
    }
}
