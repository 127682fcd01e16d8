package org.inkpool.layout.page;

import org.inkpool.model.section.PageNumberFormat;

import java.util.ArrayList;
import java.util.List;

/**
 * A page's landmarks (links, destinations, headings in reading order) and the page number it shows,
 * in which format: what the writer needs for link annotations, the outline and page labels.
 *
 * @param linkOwners per link, the {@link Tag} of the structure element its text belongs to (null where
 *                   none): the link's element goes there in the structure tree
 */
public record PageMarks(List<LinkArea> links, List<Destination> destinations, List<OutlineEntry> headings,
                        int number, PageNumberFormat format, List<Tag> linkOwners) {

    public static final PageMarks NONE = new PageMarks(List.of(), List.of(), List.of(), 1, PageNumberFormat.DECIMAL);

    public PageMarks {
        links = List.copyOf(links);
        linkOwners = linkOwners == null || linkOwners.size() != links.size()
                ? java.util.Collections.nCopies(links.size(), null) : java.util.Collections.unmodifiableList(
                new ArrayList<>(linkOwners));
        destinations = List.copyOf(destinations);
        headings = List.copyOf(headings);
        format = format == null ? PageNumberFormat.DECIMAL : format;
    }

    public PageMarks(List<LinkArea> links, List<Destination> destinations, List<OutlineEntry> headings,
                     int number, PageNumberFormat format) {
        this(links, destinations, headings, number, format, null);
    }

    /** The link's owner, or null. */
    public Tag ownerOf(int link) {
        return linkOwners.get(link);
    }

    /** Splits landmarks out of {@code items}, which keeps only what is painted. */
    public static PageMarks takeFrom(List<PageItem> items, int number, PageNumberFormat format) {
        List<LinkArea> links = new ArrayList<>();
        List<Destination> destinations = new ArrayList<>();
        List<OutlineEntry> headings = new ArrayList<>();
        List<Tag> owners = new ArrayList<>();
        java.util.ArrayDeque<Tag> open = new java.util.ArrayDeque<>();
        items.removeIf(item -> {
            if (item instanceof Tag t) {
                if (t.open()) {
                    open.push(t);
                } else if (!open.isEmpty()) {
                    open.pop();
                }
                return false;
            }
            if (item instanceof LinkArea l) {
                links.add(l);
                owners.add(open.peek());
            } else if (item instanceof Destination d) {
                destinations.add(d);
            } else if (item instanceof OutlineEntry h) {
                headings.add(h);
            } else {
                return false;
            }
            return true;
        });
        return new PageMarks(links, destinations, headings, number, format, owners);
    }
}
