/**
 * Word 2003 XML (WordprocessingML 2003: one XML file with a {@code w:wordDocument} root, saved as .xml or .doc).
 *
 * <p>{@link org.inkpool.wordml.WordMlReader} translates the 2003 vocabulary into the 2006 WordprocessingML of an
 * in-memory .docx and hands it to the docx reader, so one set of reading rules serves both. The translation
 * ({@code DocumentTranslator}, {@code ContentTranslator}, names in {@code Vocabulary}) moves what 2003 keeps
 * inline into the parts 2006 relates: headers and footers written in w:sectPr, notes written in their runs,
 * pictures as base64 w:binData, the style sheet's default fonts, w:lists as numbering; it renames the
 * hyphenated names and values, unwraps wx: section wrappers and smart tags, turns w:hlink into w:hyperlink,
 * w:hmerge into grid spans and aml:annotation bookmarks and revisions into their 2006 elements.
 */
package org.inkpool.wordml;
