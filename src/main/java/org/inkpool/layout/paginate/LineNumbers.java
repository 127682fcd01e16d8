package org.inkpool.layout.paginate;

import org.inkpool.layout.flow.ComposedParagraph;
import org.inkpool.layout.font.FaceCache;
import org.inkpool.layout.font.FontFace;
import org.inkpool.layout.line.Atom;
import org.inkpool.layout.line.Line;
import org.inkpool.layout.page.GlyphRun;
import org.inkpool.layout.page.PageItem;
import org.inkpool.model.section.LineNumbering;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.style.RunProps;

import java.util.List;

/**
 * Line numbers (w:lnNumType) beside the body's lines: every line of a body paragraph counts
 * (table rows, headers, footers and notes do not); every {@code countBy}-th shows its number,
 * right-aligned {@code distance} left of the text column, on the line's baseline, in the line's
 * first font (Word's "Line Number" style follows the Normal font). The count restarts on each page,
 * each section, or never, as the section says.
 */
final class LineNumbers {

    private final FaceCache faces;
    private LineNumbering numbering;
    private int next = 1;

    LineNumbers(FaceCache faces) {
        this.faces = faces;
    }

    /** A section begins: its numbering (null for none) applies from here on. */
    void startSection(LineNumbering sectionNumbering) {
        if (sectionNumbering != null
                && (numbering == null || sectionNumbering.restart() != LineNumbering.Restart.CONTINUOUS)) {
            next = sectionNumbering.start();
        }
        numbering = sectionNumbering;
    }

    /** A new page begins. */
    void newPage() {
        if (numbering != null && numbering.restart() == LineNumbering.Restart.NEW_PAGE) {
            next = numbering.start();
        }
    }

    /** Counts a body line placed with its top at {@code top}, numbering it when its turn has come. */
    void line(ComposedParagraph p, Line line, double top, double columnLeft, List<PageItem> out) {
        if (numbering == null) {
            return;
        }
        int n = next++;
        if (n % numbering.countBy() != 0) {
            return;
        }
        RunProps props = fontOf(p, line);
        String text = Integer.toString(n);
        FontFace face = faces.faceFor(props.fontAscii(), false, false, '0');
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += face.advance(text.charAt(i), props.size());
        }
        out.add(new GlyphRun(columnLeft - numbering.distance() - width, top + line.box().baseline(), face,
                props.size(), text, Rgb.BLACK, 0));
    }

    /** The first text on the line, else the paragraph's first text, else Word's default font. */
    private static RunProps fontOf(ComposedParagraph p, Line line) {
        List<Atom> atoms = p.atoms();
        for (int i = line.from(); i < line.to(); i++) {
            if (atoms.get(i).style != null && atoms.get(i).kind == Atom.Kind.GLYPH) {
                return atoms.get(i).style.props();
            }
        }
        for (Atom a : atoms) {
            if (a.style != null && a.kind == Atom.Kind.GLYPH) {
                return a.style.props();
            }
        }
        return RunProps.DEFAULT;
    }
}
