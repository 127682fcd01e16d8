package org.inkpool.model;

import org.inkpool.model.section.PageNumberFormat;
import org.inkpool.model.style.RunProps;

/**
 * A live page field (PAGE, NUMPAGES, SECTIONPAGES) whose value depends on the page it is drawn on.
 *
 * @param format       the field's own number format switch, or null to use the section's
 *                     (PAGE) or decimal (the counts)
 * @param cachedResult the result Word saved with the document (what to show where no page is known)
 */
public record PageField(Kind kind, PageNumberFormat format, String cachedResult, RunProps props) implements Inline {
    public enum Kind { PAGE, NUMPAGES, SECTIONPAGES }
}
