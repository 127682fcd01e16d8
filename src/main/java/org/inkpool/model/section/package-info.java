/**
 * Sections and page setup: page size and margins, borders, numbering, line numbers, the document grid, headers
 * and footers.
 */
package org.inkpool.model.section;
