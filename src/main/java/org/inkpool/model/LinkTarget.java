package org.inkpool.model;

import java.util.Locale;

/**
 * Where a hyperlink leads: an external address, or a bookmark of this document. Only http, https and
 * mailto addresses are followed: other schemes (file:, javascript:, a program's own) stay plain text,
 * so a document cannot make a reader's click open a local file or run anything.
 *
 * @param uri      the external address, or null for an internal link
 * @param bookmark the bookmark's name (w:anchor, HYPERLINK \l, REF/PAGEREF \h), or null
 */
public record LinkTarget(String uri, String bookmark) {

    public LinkTarget {
        if ((uri == null) == (bookmark == null)) {
            throw new IllegalArgumentException("a link has either an address or a bookmark");
        }
    }

    /** A link to {@code address}, or null when it is empty or not http, https or mailto. */
    public static LinkTarget external(String address) {
        if (address == null) {
            return null;
        }
        String a = address.strip();
        String lower = a.toLowerCase(Locale.ROOT);
        boolean followed = lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:");
        if (!followed || a.length() > 8192 || a.chars().anyMatch(c -> c < 0x20)) {
            return null;
        }
        return new LinkTarget(a, null);
    }

    /** A link to the bookmark {@code name}, or null when the name is empty. */
    public static LinkTarget internal(String name) {
        return name == null || name.isBlank() ? null : new LinkTarget(null, name.strip());
    }

    public boolean isInternal() {
        return bookmark != null;
    }
}
