package org.inkpool.layout.paginate;

import org.inkpool.layout.line.Atom;
import org.inkpool.layout.page.LinkArea;
import org.inkpool.layout.page.PageItem;
import org.inkpool.model.LinkTarget;

import java.util.List;

/**
 * The clickable boxes of a placed line: one per stretch of atoms (in drawing order) that lead to the same
 * target, from the first atom's left edge to the last one's right edge, as high as their glyphs. A tab
 * between two atoms of one link belongs to it (a table of contents entry is one box up to its page number).
 */
public final class LinkAreas {

    private LinkAreas() {
    }

    public static void emit(List<Atom> atoms, int from, int to, double originX, double baseline, List<PageItem> out) {
        int i = from;
        while (i < to) {
            LinkTarget link = linkOf(atoms.get(i));
            if (link == null) {
                i++;
                continue;
            }
            int j = i + 1;
            int last = i;
            while (j < to) {
                LinkTarget next = linkOf(atoms.get(j));
                if (link.equals(next)) {
                    last = j;
                } else if (!(next == null && atoms.get(j).kind == Atom.Kind.TAB)) {
                    break;
                }
                j++;
            }
            area(atoms, i, last + 1, link, originX, baseline, out);
            i = last + 1;
        }
    }

    private static void area(List<Atom> atoms, int from, int to, LinkTarget link, double originX, double baseline,
                             List<PageItem> out) {
        double above = 0;
        double below = 0;
        for (int k = from; k < to; k++) {
            Atom a = atoms.get(k);
            if (linkOf(a) != null) {
                above = Math.max(above, a.ascent);
                below = Math.max(below, a.below);
            }
        }
        Atom first = atoms.get(from);
        Atom last = atoms.get(to - 1);
        double x1 = originX + first.x;
        double x2 = originX + last.x + last.width;
        if (x2 - x1 > 0 && above + below > 0) {
            out.add(new LinkArea(x1, baseline - above, x2 - x1, above + below, link));
        }
    }

    private static LinkTarget linkOf(Atom a) {
        return a.style == null ? null : a.style.link();
    }
}
