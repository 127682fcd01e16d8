package org.inkpool.model.section;

/**
 * A section's page numbering (w:pgNumType).
 *
 * @param start  the number of the section's first page, or null to continue from the previous section
 * @param format how PAGE fields write the number unless they name a format themselves
 */
public record PageNumbering(Integer start, PageNumberFormat format) {

    public static final PageNumbering CONTINUE = new PageNumbering(null, PageNumberFormat.DECIMAL);

    public PageNumbering {
        format = format == null ? PageNumberFormat.DECIMAL : format;
    }
}
