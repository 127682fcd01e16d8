/**
 * One paragraph's lines: runs measured into atoms, break opportunities, greedy line breaking with tab stops,
 * alignment, line heights, and turning a placed line into page items.
 */
package org.inkpool.layout.line;
