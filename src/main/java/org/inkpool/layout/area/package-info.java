/**
 * The free room of a page, column or box once floating objects stand on it: each object leaves an
 * {@link org.inkpool.layout.area.Exclusion} (its wrap outline grown by its distances, the sides text
 * may use), and a {@link org.inkpool.layout.area.FloatArea} answers which horizontal
 * {@link org.inkpool.layout.area.Segment}s of a band y..y+h text may still take. Pure geometry in
 * points, y down; it knows nothing of lines or fonts.
 */
package org.inkpool.layout.area;
