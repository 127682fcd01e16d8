/**
 * Reads .docx/.docm packages into the immutable document model ({@code org.inkpool.model}).
 *
 * <p>{@link org.inkpool.docx.DocxReader} is the entry point; the parts are read in sub-packages by concern:
 * {@code opc} (the package), {@code style}, {@code body}, {@code drawing}, {@code chart}, {@code media}, {@code math}; the Word 2003 XML reader uses
 * the locked-down parser ({@code opc.SecureXml}) too. POI opens the package (OPC: zip,
 * relationships, content types, decryption of default-password files); the parts themselves are parsed
 * into DOM with a locked-down parser (no DOCTYPE, so no external entities), except the main part, which is
 * streamed and built into DOM one top-level block at a time ({@code StreamedBody}), and read by small classes:
 * {@code StyleSheet} (docDefaults and basedOn chains, flattened once per style), {@code RunStyle} and
 * {@code ParaStyle} (one cascade level each, then resolved to model records), {@code Theme} and
 * {@code FontNames} (theme font references, East Asian script fallbacks), {@code Numbering} (list
 * definitions and running counters), {@code BodyReader} (sections, tables), {@code ParagraphReader}
 * (runs, fields, pictures, text boxes, note references), {@code HeaderFooterReader} (header and footer parts
 * per section, inherited like Word's "link to previous") and {@code NotesReader} (footnote and endnote
 * text). Elements are matched by namespace family, so Transitional and Strict documents read alike.
 *
 * <p>Nothing POI throws escapes: every failure becomes an
 * {@link org.inkpool.model.UnreadableDocumentException} with a one-line reason, and things that are read
 * but cannot be shown faithfully (charts, linked pictures…) are reported as warnings.
 */
package org.inkpool.docx;
