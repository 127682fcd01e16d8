package org.inkpool.model.section;

/** How a section begins (w:type of w:sectPr). */
public enum SectionStart { NEXT_PAGE, CONTINUOUS, EVEN_PAGE, ODD_PAGE, NEXT_COLUMN }
