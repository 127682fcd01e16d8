/**
 * Tables on their grid: column widths, cells stacked into slices, border conflicts, rows painted.
 */
package org.inkpool.layout.table;
