/**
 * Legacy binary Word documents (Word 97–2003 {@code .doc} and {@code .dot}, Word 6.0/95 text) read through POI's
 * HWPF into the same immutable model the {@code docx} reader fills, so layout and PDF writing serve both.
 * HWPF resolves the style cascade itself (paragraph style → PAPX, character style → CHPX); this package maps the
 * resolved binary properties onto the model. No POI type leaves it.
 */
package org.inkpool.doc;
