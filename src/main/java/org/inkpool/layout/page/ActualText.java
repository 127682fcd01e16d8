package org.inkpool.layout.page;

/**
 * Opens ({@code begin}) or closes a span whose text, for a reader copying or searching the page, is
 * {@code text} instead of what the items painted in between show (an equation reads as its linear form).
 * Spans come in pairs on one page and do not nest.
 */
public record ActualText(String text, boolean begin) implements PageItem {

    public static ActualText begin(String text) {
        return new ActualText(text, true);
    }

    public static ActualText end() {
        return new ActualText("", false);
    }
}
