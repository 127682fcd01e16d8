/**
 * Fonts and PDF writing.
 *
 * <p>Per process: {@link org.inkpool.pdf.font.FontRegistry#shared()} indexes the installed fonts once (cached on
 * disk; {@code inkpool.fontDirs} / {@code inkpool.fontCache} override the folders) and shares what measuring
 * needs of each loaded face between documents and threads; installed faces are embedded from small copies
 * read from their files, bundled and document fonts from parsed instances kept within a budget. Per document:
 *
 * <pre>{@code
 * DocumentFonts fonts = new DocumentFonts(document.embeddedFonts(), warnings);   // layout's FontMetrics
 * LaidOutDocument pages = layout(document, fonts);
 * new PdfWriter(warnings).write(pages, document.info(), target, progress);
 * }</pre>
 *
 * <p>{@code DocumentFonts} resolves a font name to the document's embedded font, an installed face, a
 * (metric-compatible) substitute or a bundled face, falls back per character, and reports each substitution
 * once through the warnings consumer; the writer reports, once per document, characters drawn with fallback fonts,
 * characters no font has, and pictures it could not decode. Faces measure with exact advances of the font that draws and with the line metrics of the
 * font the document names (word-layout-facts §2).
 */
package org.inkpool.pdf;
