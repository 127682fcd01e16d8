package org.inkpool.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A section's headers and footers, already inherited from earlier sections where the section has no
 * reference of its own ("same as previous"). A type that is absent shows nothing.
 *
 * @param titlePage w:titlePg: the first page of the section takes the FIRST header and footer
 */
public record HeadersFooters(Map<HeaderFooterType, List<Block>> headers, Map<HeaderFooterType, List<Block>> footers,
                             boolean titlePage) {

    public static final HeadersFooters NONE = new HeadersFooters(Map.of(), Map.of(), false);

    public HeadersFooters {
        headers = copy(headers);
        footers = copy(footers);
    }

    /** The header blocks of a type, or null when the section has none of that type. */
    public List<Block> header(HeaderFooterType type) {
        return headers.get(type);
    }

    /** The footer blocks of a type, or null when the section has none of that type. */
    public List<Block> footer(HeaderFooterType type) {
        return footers.get(type);
    }

    private static Map<HeaderFooterType, List<Block>> copy(Map<HeaderFooterType, List<Block>> parts) {
        Map<HeaderFooterType, List<Block>> out = new EnumMap<>(HeaderFooterType.class);
        parts.forEach((type, blocks) -> out.put(type, List.copyOf(blocks)));
        return Map.copyOf(out);
    }
}
