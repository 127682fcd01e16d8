package org.inkpool.layout.flow;

import org.inkpool.layout.page.PageItem;
import org.inkpool.model.NoteReference;

import java.util.List;

/**
 * A piece of cell content that is never split across pages: one line of a paragraph, or one row
 * of a nested table.
 *
 * @param top       offset of its top from the top edge of the cell (cell margin included)
 * @param height    how far the next slice starts below this one's top
 * @param fitHeight how much of it must fit above the page bottom
 * @param painter   draws it with its top at a given page y
 * @param notes     the footnote and endnote references it shows: the page that shows it holds their notes
 */
public record Slice(double top, double height, double fitHeight, Painter painter, List<NoteReference> notes) {

    public Slice {
        notes = List.copyOf(notes);
    }

    public Slice(double top, double height, double fitHeight, Painter painter) {
        this(top, height, fitHeight, painter, List.of());
    }

    public interface Painter {
        void paint(double top, List<PageItem> out);
    }

    public double bottom() {
        return top + height;
    }

    public Slice movedBy(double dy) {
        return new Slice(top + dy, height, fitHeight, painter, notes);
    }
}
