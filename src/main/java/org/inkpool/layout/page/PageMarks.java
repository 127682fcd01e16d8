package org.inkpool.layout.page;

import org.inkpool.model.section.PageNumberFormat;

import java.util.ArrayList;
import java.util.List;

/**
 * A page's landmarks (links, destinations, headings in reading order) and the page number it shows,
 * in which format: what the writer needs for link annotations, the outline and page labels.
 */
public record PageMarks(List<LinkArea> links, List<Destination> destinations, List<OutlineEntry> headings,
                        int number, PageNumberFormat format) {

    public static final PageMarks NONE = new PageMarks(List.of(), List.of(), List.of(), 1, PageNumberFormat.DECIMAL);

    public PageMarks {
        links = List.copyOf(links);
        destinations = List.copyOf(destinations);
        headings = List.copyOf(headings);
        format = format == null ? PageNumberFormat.DECIMAL : format;
    }

    /** Splits landmarks out of {@code items}, which keeps only what is painted. */
    public static PageMarks takeFrom(List<PageItem> items, int number, PageNumberFormat format) {
        List<LinkArea> links = new ArrayList<>();
        List<Destination> destinations = new ArrayList<>();
        List<OutlineEntry> headings = new ArrayList<>();
        items.removeIf(item -> {
            if (item instanceof LinkArea l) {
                links.add(l);
            } else if (item instanceof Destination d) {
                destinations.add(d);
            } else if (item instanceof OutlineEntry h) {
                headings.add(h);
            } else {
                return false;
            }
            return true;
        });
        return new PageMarks(links, destinations, headings, number, format);
    }
}
