package org.inkpool.layout.flow;

import org.inkpool.layout.line.Atom;
import org.inkpool.layout.line.Line;
import org.inkpool.layout.line.LineFitter;
import org.inkpool.layout.page.StructKey;
import org.inkpool.layout.paginate.Column;
import org.inkpool.model.AnchoredObject;
import org.inkpool.model.Navigation;
import org.inkpool.model.style.ParagraphProps;
import org.inkpool.model.style.Rgb;

import java.util.List;

/**
 * A paragraph broken into lines and ready to be paginated: its atoms with final x positions, its
 * lines, and the spacing and keep rules the paginator needs.
 *
 * @param spaceBefore      points; auto spacing already resolved to 14 pt
 * @param spaceAfter       points; auto spacing already resolved to 14 pt
 * @param pageBreakBefore  honoured (false for table cell paragraphs but the table's first)
 * @param fitter           breaks its lines again into other widths (beside floats), or null
 * @param floats           the objects anchored in it, positioned when it is placed
 * @param leadingPageBreak the paragraph's text began with a page break, now taken out of its atoms:
 *                         the whole paragraph, label included, starts a new page
 * @param navigation       its outline level and bookmarks
 * @param title            its text as written, for the outline ("" unless it is a heading)
 * @param key              names its structure element on every page it spans (a new one when null)
 */
public record ComposedParagraph(List<Atom> atoms, List<Line> lines, ParagraphProps props, Column column,
                         boolean hasLabel, double spaceBefore, double spaceAfter, boolean pageBreakBefore,
                         boolean leadingPageBreak, Navigation navigation, String title, LineFitter fitter,
                         List<AnchoredObject> floats, StructKey key) implements FlowItem {

    public ComposedParagraph {
        navigation = navigation == null ? Navigation.NONE : navigation;
        title = title == null ? "" : title;
        floats = floats == null ? List.of() : floats;
        key = key == null ? new StructKey() : key;
    }

    /** A paragraph of its own structure element. */
    public ComposedParagraph(List<Atom> atoms, List<Line> lines, ParagraphProps props, Column column,
                      boolean hasLabel, double spaceBefore, double spaceAfter, boolean pageBreakBefore,
                      boolean leadingPageBreak, Navigation navigation, String title, LineFitter fitter,
                      List<AnchoredObject> floats) {
        this(atoms, lines, props, column, hasLabel, spaceBefore, spaceAfter, pageBreakBefore, leadingPageBreak,
                navigation, title, fitter, floats, null);
    }

    /** A paragraph that cannot be broken again (fixed content) and anchors nothing. */
    public ComposedParagraph(List<Atom> atoms, List<Line> lines, ParagraphProps props, Column column,
                      boolean hasLabel, double spaceBefore, double spaceAfter, boolean pageBreakBefore,
                      boolean leadingPageBreak, Navigation navigation, String title) {
        this(atoms, lines, props, column, hasLabel, spaceBefore, spaceAfter, pageBreakBefore, leadingPageBreak,
                navigation, title, null, List.of());
    }

    /** A body-text paragraph without bookmarks. */
    public ComposedParagraph(List<Atom> atoms, List<Line> lines, ParagraphProps props, Column column,
                      boolean hasLabel, double spaceBefore, double spaceAfter, boolean pageBreakBefore,
                      boolean leadingPageBreak) {
        this(atoms, lines, props, column, hasLabel, spaceBefore, spaceAfter, pageBreakBefore, leadingPageBreak,
                Navigation.NONE, "");
    }

    /** Word's auto spacing (beforeAutospacing/afterAutospacing), word-layout-facts §4. */
    static final double AUTO_SPACING = 14;

    @Override
    public boolean keepNext() {
        return props.keepNext();
    }

    public String styleId() {
        return props.styleId();
    }

    public Rgb shading() {
        return props.shading();
    }

    /** Height of the lines up to the first hard page break (the last counting only what must fit). */
    public double heightUntilBreak() {
        return heightOfFirst(lines.size());
    }

    /** Height of the first {@code count} lines (stopping at a hard page break). */
    public double heightOfFirst(int count) {
        double h = 0;
        int n = Math.min(count, lines.size());
        for (int i = 0; i < n; i++) {
            Line line = lines.get(i);
            if (i == n - 1 || line.endsPage()) {
                return h + line.box().fitHeight();
            }
            h += line.box().height();
        }
        return h;
    }
}
