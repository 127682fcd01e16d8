/**
 * What layout hands the writer: pages of positioned items (glyph runs, rules, fills, pictures, paths, turned
 * text) in painting order, and the unpainted marks (links, destinations, outline entries).
 */
package org.inkpool.layout.page;
