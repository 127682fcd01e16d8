package org.inkpool.model.section;

import java.util.Map;

/**
 * A section's headers and footers, already inherited from earlier sections where the section has no
 * reference of its own ("same as previous"). A type that is absent shows nothing.
 *
 * @param titlePage w:titlePg: the first page of the section takes the FIRST header and footer
 */
public record HeadersFooters(Map<HeaderFooterType, HeaderFooterPart> headers,
                             Map<HeaderFooterType, HeaderFooterPart> footers, boolean titlePage) {

    public static final HeadersFooters NONE = new HeadersFooters(Map.of(), Map.of(), false);

    public HeadersFooters {
        headers = copy(headers);
        footers = copy(footers);
    }

    /** The header of a type, or null when the section has none of that type. */
    public HeaderFooterPart header(HeaderFooterType type) {
        return headers.get(type);
    }

    /** The footer of a type, or null when the section has none of that type. */
    public HeaderFooterPart footer(HeaderFooterType type) {
        return footers.get(type);
    }

    private static Map<HeaderFooterType, HeaderFooterPart> copy(Map<HeaderFooterType, HeaderFooterPart> parts) {
        return Map.copyOf(parts);
    }
}
