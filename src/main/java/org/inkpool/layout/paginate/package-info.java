/**
 * Placing flow items on pages: the paginator, columns, floats and the text flowing around them, the line grid,
 * headers/footers/notes (page furniture), page decoration and line numbers.
 */
package org.inkpool.layout.paginate;
