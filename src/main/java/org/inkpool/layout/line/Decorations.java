package org.inkpool.layout.line;

import org.inkpool.layout.page.PageItem;
import org.inkpool.layout.page.Rule;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.style.RunProps;

import java.util.List;

/**
 * Underlines and strike-throughs of a line as {@link Rule}s in the run colour.
 * FontFace does not expose the post/OS/2 table values, so typical proportions are used: rule
 * thickness size/18 (≈0.056 em, within the 0.05–0.07 em usual for text faces' post.underlineThickness),
 * underline 0.1 em below the baseline, strike-through 0.27 em above it (about half the x-height).
 * Underlines follow the line's baseline, not a superscript's raised one; a strike-through crosses
 * the text where it is drawn, raised or lowered, at its drawn size.
 */
public final class Decorations {

    static final double THICKNESS_PER_SIZE = 1.0 / 18;
    static final double UNDERLINE_OFFSET = 0.1;
    public static final double STRIKE_RAISE = 0.27;

    private Decorations() {
    }

    static void paint(List<Atom> atoms, int from, int to, double originX, double baseline, List<PageItem> out) {
        underlines(atoms, from, to, originX, baseline, out);
        strikes(atoms, from, to, originX, baseline, out);
    }

    private static boolean decorable(Atom a) {
        return a.style != null && a.kind != Atom.Kind.LINE_BREAK && a.kind != Atom.Kind.PAGE_BREAK;
    }

    private static void underlines(List<Atom> atoms, int from, int to, double originX, double baseline,
                                   List<PageItem> out) {
        int i = from;
        while (i < to) {
            Atom a = atoms.get(i);
            if (!underlined(a)) {
                i++;
                continue;
            }
            RunProps.Underline kind = a.style.underline();
            Rgb color = a.style.color();
            double size = a.style.size();
            int j = i;
            int lastDrawn = i;
            while (j < to) {
                Atom b = atoms.get(j);
                if (b.kind == Atom.Kind.SOFT_HYPHEN && b.width == 0) {
                    j++;
                    continue;
                }
                if (!underlined(b) || b.style.underline() != kind || !b.style.color().equals(color)
                        || b.style.size() != size) {
                    break;
                }
                lastDrawn = j;
                j++;
            }
            drawUnderline(atoms.get(i), atoms.get(lastDrawn), kind, color, size, originX, baseline, out);
            i = j;
        }
    }

    /** WORDS underlines everything but spaces. */
    private static boolean underlined(Atom a) {
        if (!decorable(a) || a.style.underline() == RunProps.Underline.NONE) {
            return false;
        }
        return !(a.style.underline() == RunProps.Underline.WORDS && a.isSpace());
    }

    private static void drawUnderline(Atom first, Atom last, RunProps.Underline kind, Rgb color, double size,
                                      double originX, double baseline, List<PageItem> out) {
        double x1 = originX + first.x;
        double x2 = originX + last.x + last.width;
        double t = size * THICKNESS_PER_SIZE;
        double y = baseline + size * UNDERLINE_OFFSET;
        switch (kind) {
            case DOUBLE -> {
                out.add(new Rule(x1, y, x2, y, t, color, Rule.Style.SOLID));
                out.add(new Rule(x1, y + 2 * t, x2, y + 2 * t, t, color, Rule.Style.SOLID));
            }
            case THICK -> out.add(new Rule(x1, y + t / 2, x2, y + t / 2, 2 * t, color, Rule.Style.SOLID));
            case DOTTED -> out.add(new Rule(x1, y, x2, y, t, color, Rule.Style.DOTTED));
            // a wavy underline is drawn dashed: Rule has no wave
            case DASHED, WAVY -> out.add(new Rule(x1, y, x2, y, t, color, Rule.Style.DASHED));
            default -> out.add(new Rule(x1, y, x2, y, t, color, Rule.Style.SOLID));
        }
    }

    private static void strikes(List<Atom> atoms, int from, int to, double originX, double baseline,
                                List<PageItem> out) {
        int i = from;
        while (i < to) {
            Atom a = atoms.get(i);
            if (!struck(a)) {
                i++;
                continue;
            }
            boolean twice = a.style.props().doubleStrike();
            Rgb color = a.style.color();
            double size = a.style.size();
            int j = i;
            while (j < to && struck(atoms.get(j)) && atoms.get(j).style.props().doubleStrike() == twice
                    && atoms.get(j).style.color().equals(color) && atoms.get(j).style.size() == size
                    && atoms.get(j).shift == a.shift) {
                j++;
            }
            Atom last = atoms.get(j - 1);
            double x1 = originX + a.x;
            double x2 = originX + last.x + last.width;
            double drawn = a.kind == Atom.Kind.GLYPH || a.isSpace() ? a.size : size;
            double t = drawn * THICKNESS_PER_SIZE;
            double y = baseline - a.shift - drawn * STRIKE_RAISE;
            if (twice) {
                out.add(new Rule(x1, y - t, x2, y - t, t, color, Rule.Style.SOLID));
                out.add(new Rule(x1, y + t, x2, y + t, t, color, Rule.Style.SOLID));
            } else {
                out.add(new Rule(x1, y, x2, y, t, color, Rule.Style.SOLID));
            }
            i = j;
        }
    }

    private static boolean struck(Atom a) {
        return decorable(a) && (a.style.props().strike() || a.style.props().doubleStrike());
    }
}
