package org.inkpool.layout.line;

import org.inkpool.layout.flow.ComposedParagraph;
import org.inkpool.layout.font.FaceCache;
import org.inkpool.layout.font.FontFace;
import org.inkpool.layout.page.Destination;
import org.inkpool.layout.page.StructRole;
import org.inkpool.layout.page.Tag;
import org.inkpool.layout.page.FilledRect;
import org.inkpool.layout.page.GlyphRun;
import org.inkpool.layout.page.OutlineEntry;
import org.inkpool.layout.page.PageItem;
import org.inkpool.layout.page.PlacedGlyphs;
import org.inkpool.layout.page.PlacedImage;
import org.inkpool.layout.page.Rule;
import org.inkpool.layout.paginate.LinkAreas;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.style.TabStop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Turns a placed line into page items, in painting order: highlights behind, then glyph runs,
 * pictures and tab leaders, then underlines and strike-throughs. Consecutive characters of one
 * face, size, colour and spacing share a {@link GlyphRun}; a justified line is drawn word by word.
 * A line that {@link BidiLines} reordered is drawn in visual order (by position), so each glyph run
 * holds its characters left to right as they appear on the page.
 */
public final class LineEmitter {

    private static final double EPS = 1e-6;
    private static final double BAR_THICKNESS = 0.5;

    private final FaceCache faces;

    public LineEmitter(FaceCache faces) {
        this.faces = faces;
    }

    /** The faces lines are drawn with (line numbers and floats use them too). */
    public FaceCache faces() {
        return faces;
    }

    public void emit(ComposedParagraph paragraph, Line line, double top, List<PageItem> out) {
        if (!paragraph.navigation().isEmpty() && !paragraph.lines().isEmpty() && paragraph.lines().get(0) == line) {
            landmarks(paragraph, top, out);
        }
        barTabs(paragraph, line, top, out);
        List<Atom> atoms = paragraph.atoms();
        int last = LineAligner.lastContent(atoms, line.from(), line.to());
        if (last < 0) {
            return; // nothing visible: trailing spaces and breaks draw nothing
        }
        int from = line.from();
        int end = last + 1;
        if (isReordered(paragraph, atoms, from, end)) {
            atoms = visualOrder(atoms, from, end);
            from = 0;
            end = atoms.size();
        }
        double originX = paragraph.column().originX();
        double baseline = top + line.box().baseline();
        int opened = StructTags.openParagraph(paragraph, out);
        highlights(atoms, from, end, originX, baseline, out);
        glyphs(atoms, from, end, line.wordByWord(), originX, baseline, out);
        picturesAndLeaders(atoms, from, end, originX, baseline, out);
        Decorations.paint(atoms, from, end, originX, baseline, out);
        LinkAreas.emit(atoms, from, end, originX, baseline, out);
        StructTags.close(opened, out);
    }

    /** A paragraph's first line carries its bookmarks' destinations and, for a heading, its outline entry. */
    private static void landmarks(ComposedParagraph paragraph, double top, List<PageItem> out) {
        double x = paragraph.column().originX();
        for (String name : paragraph.navigation().bookmarks()) {
            out.add(new Destination(name, x, top));
        }
        if (paragraph.navigation().isHeading() && !paragraph.title().isEmpty()) {
            out.add(new OutlineEntry(paragraph.navigation().outlineLevel(), paragraph.title(), x, top));
        }
    }

    private static boolean isReordered(ComposedParagraph paragraph, List<Atom> atoms, int from, int to) {
        if (paragraph.props().rightToLeft()) {
            return true;
        }
        for (int i = from; i < to; i++) {
            if (atoms.get(i).level != 0) {
                return true;
            }
        }
        return false;
    }

    /** The line's atoms in drawing order, as {@link BidiLines} ranked them. */
    private static List<Atom> visualOrder(List<Atom> atoms, int from, int to) {
        List<Atom> visual = new ArrayList<>(atoms.subList(from, to));
        visual.sort(Comparator.comparingInt(a -> a.visualOrder));
        return visual;
    }

    /** A bar tab is no stop: it draws a vertical line through every line of its paragraph. */
    private static void barTabs(ComposedParagraph paragraph, Line line, double top, List<PageItem> out) {
        for (TabStop stop : paragraph.props().tabs()) {
            if (stop.alignment() == TabStop.TabAlignment.BAR) {
                double position = paragraph.props().rightToLeft()
                        ? paragraph.column().width() - stop.position() : stop.position();
                double x = paragraph.column().originX() + position;
                out.add(new Rule(x, top, x, top + line.box().height(), BAR_THICKNESS, Rgb.BLACK, Rule.Style.SOLID));
            }
        }
    }

    private static void highlights(List<Atom> atoms, int from, int to, double originX, double baseline,
                                   List<PageItem> out) {
        int i = from;
        while (i < to) {
            Rgb color = highlightOf(atoms.get(i));
            if (color == null) {
                i++;
                continue;
            }
            int j = i;
            double above = 0;
            double below = 0;
            while (j < to && color.equals(highlightOf(atoms.get(j)))) {
                above = Math.max(above, atoms.get(j).above);
                below = Math.max(below, atoms.get(j).below);
                j++;
            }
            Atom first = atoms.get(i);
            Atom lastAtom = atoms.get(j - 1);
            double x2 = lastAtom.x + lastAtom.width;
            out.add(new FilledRect(originX + first.x, baseline - above, x2 - first.x, above + below, color));
            i = j;
        }
    }

    private static Rgb highlightOf(Atom atom) {
        return atom.style == null ? null : atom.style.highlight();
    }

    private static void glyphs(List<Atom> atoms, int from, int to, boolean wordByWord, double originX,
                               double baseline, List<PageItem> out) {
        GroupBuilder group = new GroupBuilder(originX, baseline, out);
        for (int i = from; i < to; i++) {
            Atom a = atoms.get(i);
            switch (a.kind) {
                case GLYPH -> group.add(a);
                case SOFT_HYPHEN -> {
                    if (a.width > 0) {
                        group.add(a); // shown only where the line broke after it
                    }
                }
                case SPACE -> {
                    if (wordByWord) {
                        group.flush();
                    } else {
                        group.add(a);
                    }
                }
                default -> group.flush();
            }
        }
        group.flush();
    }

    /** Collects characters that one GlyphRun can draw: same face, size, colour, spacing, contiguous. */
    private static final class GroupBuilder {
        private final double originX;
        private final double baseline;
        private final List<PageItem> out;
        private final StringBuilder text = new StringBuilder();
        private Atom head;
        private Atom previous;
        private int lengthWithoutTrailingSpaces;
        private final List<Integer> glyphIds = new ArrayList<>();
        private final List<Double> glyphX = new ArrayList<>();
        private final List<Double> glyphY = new ArrayList<>();
        private final List<String> clusters = new ArrayList<>();
        private final List<Integer> clusterStarts = new ArrayList<>();
        private final List<String> clusterTexts = new ArrayList<>();
        /** Every cluster so far is a character's own glyph, only moved. */
        private boolean plain = true;

        GroupBuilder(double originX, double baseline, List<PageItem> out) {
            this.originX = originX;
            this.baseline = baseline;
            this.out = out;
        }

        void add(Atom a) {
            if (head != null && !continues(a)) {
                flush();
            }
            if (a.glyphs != null) {
                addShaped(a);
                return;
            }
            if (head == null) {
                if (a.isSpace() && !keepsSpace(a)) {
                    return; // a run never starts with spaces: they would draw nothing
                }
                head = a;
            }
            text.appendCodePoint(a.drawnCodePoint());
            if (!a.isSpace() || keepsSpace(a)) {
                lengthWithoutTrailingSpaces = text.length();
            }
            previous = a;
        }

        /**
         * Spaces inside right-to-left text are drawn although they show nothing: text extractors
         * that reorder right-to-left text word by word (PDFBox) need the space glyph, not a gap,
         * to keep the words of one line together and in logical order.
         */
        private static boolean keepsSpace(Atom a) {
            return (a.level & 1) != 0;
        }

        private boolean continues(Atom a) {
            if ((a.glyphs == null) != (head.glyphs == null) || (a.glyphs != null && a.level != head.level)) {
                return false; // shaped glyphs and plain characters are drawn differently; one direction per run
            }
            return a.face == head.face && a.size == head.size && a.shift == head.shift
                    && Objects.equals(a.style.color(), head.style.color())
                    && a.style.charSpacing() == head.style.charSpacing()
                    && a.style.scale() == head.style.scale()
                    && previous.spread == head.spread
                    && Math.abs(a.x - (previous.x + previous.width + previous.spread)) < EPS;
        }

        /** A shaped character: its cluster's glyphs, placed from the run's start, and its text for copying. */
        private void addShaped(Atom a) {
            if (head == null) {
                head = a;
            }
            ClusterGlyphs g = a.glyphs;
            plain &= g.plain();
            if (g.ids().length > 0) {
                clusterStarts.add(glyphIds.size());
                clusterTexts.add(g.text());
            } else if (!clusterTexts.isEmpty()) {
                // a character taken into a cluster drawn beside it: its text joins that cluster's
                int last = clusterTexts.size() - 1;
                clusterTexts.set(last, (a.level & 1) != 0 ? g.text() + clusterTexts.get(last)
                        : clusterTexts.get(last) + g.text());
            }
            double from = a.x - head.x;
            for (int i = 0; i < g.ids().length; i++) {
                glyphIds.add(g.ids()[i]);
                glyphX.add(from + g.dx()[i]);
                glyphY.add(g.dy()[i]);
            }
            clusters.add(g.text());
            previous = a;
        }

        /** Ends a run of shaped glyphs: its text in logical order (a right-to-left run was added right to left). */
        private void flushShaped() {
            if (!glyphIds.isEmpty()) {
                StringBuilder logical = new StringBuilder();
                boolean rtl = (head.level & 1) != 0;
                for (int i = 0; i < clusters.size(); i++) {
                    logical.append(clusters.get(rtl ? clusters.size() - 1 - i : i));
                }
                int n = glyphIds.size();
                int[] ids = new int[n];
                double[] xs = new double[n];
                double[] ys = new double[n];
                for (int i = 0; i < n; i++) {
                    ids[i] = glyphIds.get(i);
                    xs[i] = glyphX.get(i);
                    ys[i] = glyphY.get(i);
                }
                out.add(new GlyphRun(originX + head.x, baseline - head.shift, head.face, head.size, logical.toString(),
                        head.style.color(), 0, head.style.scale(), new PlacedGlyphs(ids, xs, ys,
                        clusterStarts.stream().mapToInt(Integer::intValue).toArray(),
                        clusterTexts.toArray(String[]::new), rtl, plain)));
            }
            glyphIds.clear();
            glyphX.clear();
            glyphY.clear();
            clusters.clear();
            clusterStarts.clear();
            clusterTexts.clear();
            plain = true;
            head = null;
            previous = null;
        }

        void flush() {
            if (head != null && head.glyphs != null) {
                flushShaped();
                return;
            }
            if (head != null && lengthWithoutTrailingSpaces > 0) {
                out.add(new GlyphRun(originX + head.x, baseline - head.shift, head.face, head.size,
                        text.substring(0, lengthWithoutTrailingSpaces), head.style.color(),
                        head.style.charSpacing() + head.spread, head.style.scale()));
            }
            text.setLength(0);
            head = null;
            previous = null;
            lengthWithoutTrailingSpaces = 0;
        }
    }

    private void picturesAndLeaders(List<Atom> atoms, int from, int to, double originX, double baseline,
                                    List<PageItem> out) {
        for (int i = from; i < to; i++) {
            Atom a = atoms.get(i);
            if (a.math != null) {
                a.math.paintAt(originX + a.x, baseline, out);
            } else if (a.kind == Atom.Kind.IMAGE && a.drawing != null) {
                DrawingItems.translate(a.drawing, originX + a.x, baseline - a.imageHeight, out);
            } else if (a.kind == Atom.Kind.IMAGE) {
                out.add(Tag.open(null, StructRole.FIGURE, a.image.description())); // one element: it cannot span pages
                out.add(new PlacedImage(originX + a.x, baseline - a.imageHeight, a.width, a.imageHeight, a.image));
                out.add(Tag.close());
            } else if (a.kind == Atom.Kind.TAB && a.leader != TabStop.TabLeader.NONE && a.width > 0) {
                leader(a, originX, baseline, out);
            }
        }
    }

    /** Leader characters sit on a grid anchored at the column edge, so leaders of stacked lines align (R§4.4). */
    private void leader(Atom tab, double originX, double baseline, List<PageItem> out) {
        int c = switch (tab.leader) {
            case DOT -> '.';
            case HYPHEN -> '-';
            case MIDDLE_DOT -> 0x00B7;
            default -> '_';
        };
        var props = tab.style.props();
        FontFace face = faces.faceFor(props.fontFor(c), props.bold(), props.italic(), c);
        double w = face.advance(c, tab.size);
        if (w <= 0) {
            return;
        }
        long firstCell = (long) Math.ceil(tab.x / w - EPS);
        long endCell = (long) Math.floor((tab.x + tab.width) / w + EPS);
        int count = (int) Math.min(10_000, endCell - firstCell);
        if (count <= 0) {
            return;
        }
        String text = new String(Character.toChars(c)).repeat(count);
        out.add(new GlyphRun(originX + firstCell * w, baseline - tab.shift, face, tab.size, text,
                tab.style.color(), 0));
    }
}
