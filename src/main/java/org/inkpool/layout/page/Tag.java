package org.inkpool.layout.page;

/**
 * Opens or closes a structure element around the items painted in between: layout knows which items
 * belong to which paragraph, cell or picture, and says so with tags; the writer builds the document's
 * structure tree from them. Tags nest and come in pairs within one page. Every opening with the same
 * {@code key} (compared by identity) and role is the same element, so a paragraph or table continued
 * on the next page stays one element.
 *
 * @param key  the element's {@link StructKey} (the paragraph's, row's, cell's…); null for an artifact or a
 *             one-off element
 * @param alt  alternative text (a figure's description), or null
 */
public record Tag(StructKey key, StructRole role, String alt, boolean open) implements PageItem {

    private static final Tag CLOSE = new Tag(null, null, null, false);

    public static Tag open(StructKey key, StructRole role) {
        return new Tag(key, role, null, true);
    }

    public static Tag open(StructKey key, StructRole role, String alt) {
        return new Tag(key, role, alt == null || alt.isBlank() ? null : alt, true);
    }

    /** Everything up to the matching close is no part of the document's text (a header, a footer). */
    public static Tag artifact() {
        return new Tag(null, StructRole.ARTIFACT, null, true);
    }

    public static Tag close() {
        return CLOSE;
    }

    /**
     * Tags are alike when they open the same kind of element: the key only tells elements apart within
     * one document, so two documents laid out alike compare equal.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Tag t && t.role == role && t.open == open && java.util.Objects.equals(t.alt, alt);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(role, alt, open);
    }

    @Override
    public String toString() {
        return open ? "Tag[" + role + (alt == null ? "" : " " + alt) + "]" : "Tag[close]";
    }
}
