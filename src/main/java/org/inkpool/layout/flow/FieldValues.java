package org.inkpool.layout.flow;

import org.inkpool.model.PageField;
import org.inkpool.model.section.PageNumberFormat;

/**
 * What page fields show while a paragraph is composed. In the body no page is known yet, so a field
 * shows the result Word saved; headers and footers are composed once per page with that page's values.
 */
public final class FieldValues {
    private boolean live;
    private int page;
    private int pages;
    private int sectionPages;
    private PageNumberFormat sectionFormat = PageNumberFormat.DECIMAL;

    /** Values of one page: its number, the document's and its section's page counts, the section's format. */
    public void set(int pageNumber, int totalPages, int pagesInSection, PageNumberFormat format) {
        this.live = true;
        this.page = pageNumber;
        this.pages = totalPages;
        this.sectionPages = pagesInSection;
        this.sectionFormat = format == null ? PageNumberFormat.DECIMAL : format;
    }

    String text(PageField field) {
        if (!live) {
            return field.cachedResult() == null ? "" : field.cachedResult();
        }
        return switch (field.kind()) {
            // pgNumType/@fmt applies unless the field's own switch names a format (facts §9)
            case PAGE -> (field.format() != null ? field.format() : sectionFormat).format(page);
            case NUMPAGES -> formatCount(field, pages);
            case SECTIONPAGES -> formatCount(field, sectionPages);
        };
    }

    private static String formatCount(PageField field, int n) {
        return (field.format() != null ? field.format() : PageNumberFormat.DECIMAL).format(n);
    }
}
