/**
 * The main story and its satellites: streamed body, paragraphs, runs, fields, tables, headers and footers,
 * notes, revisions.
 */
package org.inkpool.docx.body;
