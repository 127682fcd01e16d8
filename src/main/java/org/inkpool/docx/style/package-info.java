/**
 * Word's style cascade and document-wide settings: style sheet, paragraph and run styles, table looks, theme,
 * numbering definitions, font names and compatibility mode.
 */
package org.inkpool.docx.style;
