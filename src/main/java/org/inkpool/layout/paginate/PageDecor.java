package org.inkpool.layout.paginate;

import org.inkpool.layout.page.FilledRect;
import org.inkpool.layout.page.PageItem;
import org.inkpool.layout.page.Rule;
import org.inkpool.model.style.Border;
import org.inkpool.model.section.PageBorders;
import org.inkpool.model.section.PageSetup;
import org.inkpool.model.style.ParagraphBorders;
import org.inkpool.model.style.Rgb;

import java.util.List;

/**
 * What frames a whole page: the document's background colour, under everything, and the section's
 * page borders (w:pgBorders), over the text. Each border line lies its space away from the text
 * (the margins) outwards, or from the page edge inwards (offsetFrom="page"); the top and bottom
 * lines run between the left and right ones. Art borders are drawn as plain lines.
 */
public final class PageDecor {

    private PageDecor() {
    }

    static void paint(PageBuilder page, Rgb background, PageBorders borders) {
        PageSetup setup = page.setup();
        if (background != null) {
            page.items.add(0, new FilledRect(0, 0, setup.width(), setup.height(), background));
        }
        if (borders == null || !borders.any() || borders.firstOnly() && !page.firstOfSection()
                || borders.notFirst() && page.firstOfSection()) {
            return;
        }
        paintBorders(setup, borders, page.items);
    }

    /** The four lines, at the centre of each line's width. */
    static void paintBorders(PageSetup setup, PageBorders b, List<PageItem> out) {
        double top;
        double bottom;
        double left;
        double right;
        if (b.fromText()) {
            top = Math.abs(setup.marginTop()) - b.top().space() - b.top().line().width() / 2;
            bottom = setup.height() - Math.abs(setup.marginBottom()) + b.bottom().space()
                    + b.bottom().line().width() / 2;
            left = setup.marginLeft() - b.left().space() - b.left().line().width() / 2;
            right = setup.width() - setup.marginRight() + b.right().space() + b.right().line().width() / 2;
        } else {
            top = b.top().space() + b.top().line().width() / 2;
            bottom = setup.height() - b.bottom().space() - b.bottom().line().width() / 2;
            left = b.left().space() + b.left().line().width() / 2;
            right = setup.width() - b.right().space() - b.right().line().width() / 2;
        }
        double outerLeft = b.left().visible() ? left - b.left().line().width() / 2 : left;
        double outerRight = b.right().visible() ? right + b.right().line().width() / 2 : right;
        double outerTop = b.top().visible() ? top - b.top().line().width() / 2 : top;
        double outerBottom = b.bottom().visible() ? bottom + b.bottom().line().width() / 2 : bottom;
        line(b.top(), outerLeft, top, outerRight, top, out);
        line(b.bottom(), outerLeft, bottom, outerRight, bottom, out);
        line(b.left(), left, outerTop, left, outerBottom, out);
        line(b.right(), right, outerTop, right, outerBottom, out);
    }

    /** One border edge as a rule; a double border as two thin lines a third of its width apart. */
    public static void line(ParagraphBorders.Edge edge, double x1, double y1, double x2, double y2, List<PageItem> out) {
        if (!edge.visible()) {
            return;
        }
        Border line = edge.line();
        Rgb color = line.color() == null ? Rgb.BLACK : line.color();
        double w = line.width();
        switch (line.kind()) {
            case DOUBLE -> {
                double t = w / 3;
                boolean horizontal = Math.abs(y1 - y2) < Math.abs(x1 - x2);
                double dx = horizontal ? 0 : t;
                double dy = horizontal ? t : 0;
                out.add(new Rule(x1 - dx, y1 - dy, x2 - dx, y2 - dy, t, color, Rule.Style.SOLID));
                out.add(new Rule(x1 + dx, y1 + dy, x2 + dx, y2 + dy, t, color, Rule.Style.SOLID));
            }
            case DOTTED -> out.add(new Rule(x1, y1, x2, y2, w, color, Rule.Style.DOTTED));
            case DASHED -> out.add(new Rule(x1, y1, x2, y2, w, color, Rule.Style.DASHED));
            default -> out.add(new Rule(x1, y1, x2, y2, w, color, Rule.Style.SOLID));
        }
    }
}
