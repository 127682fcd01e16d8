package org.inkpool.model.section;

/** Which pages of a section a header or footer serves (w:headerReference/@w:type). */
public enum HeaderFooterType {
    /** Every page not served by another type (odd pages when even pages have their own). */
    DEFAULT,
    /** The section's first page, when the section has w:titlePg. */
    FIRST,
    /** Even pages, when the settings have w:evenAndOddHeaders. */
    EVEN
}
