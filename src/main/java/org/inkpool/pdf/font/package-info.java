/**
 * Fonts for the PDF: the machine's font index, Word-name substitution, per-character fallback, loaded faces and
 * subsets, glyph coverage, office font metrics.
 */
package org.inkpool.pdf.font;
