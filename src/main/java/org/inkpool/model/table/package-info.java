/**
 * Tables' rows, cells and their properties.
 */
package org.inkpool.model.table;
