/**
 * Layout: the document model and font metrics in, pages of positioned items out. Pure: it knows
 * nothing of POI or PDFBox. Coordinates are points from a page's top-left corner, y down.
 *
 * <p>The pipeline, one class per step:
 * <ol>
 *   <li>{@link org.inkpool.layout.RunMeasurer} turns runs into measured atoms (per-character face via
 *       {@link org.inkpool.layout.FaceCache}, caps, small caps, super/subscript, spacing, hidden text);</li>
 *   <li>{@link org.inkpool.layout.BreakRules} marks break opportunities (spaces, hyphens, CJK with kinsoku);</li>
 *   <li>{@link org.inkpool.layout.LineBreaker} breaks greedily, measuring with a
 *       {@link org.inkpool.layout.LineCursor} that resolves {@link org.inkpool.layout.TabStops};</li>
 *   <li>{@link org.inkpool.layout.LineAligner} and {@link org.inkpool.layout.LineHeights} place each line
 *       horizontally and size it vertically ({@link org.inkpool.layout.ParagraphComposer} ties 1–4 together);</li>
 *   <li>{@link org.inkpool.layout.BlockLayouter}s turn blocks into {@link org.inkpool.layout.FlowItem}s:
 *       composed paragraphs, and tables laid out on their grid by the
 *       {@link org.inkpool.layout.GridTableLayouter} (cells stacked into {@link org.inkpool.layout.Slice}s,
 *       borders resolved by {@link org.inkpool.layout.BorderConflicts});</li>
 *   <li>{@link org.inkpool.layout.Paginator} stacks them on pages (spacing, keeps, widows, sections, table
 *       rows split between cell lines, repeated header rows; {@link org.inkpool.layout.RowPainter} draws rows) and
 *       {@link org.inkpool.layout.LineEmitter} turns each placed line into page items;</li>
 *   <li>{@link org.inkpool.layout.PageFurniture} frames each page: the header and footer it shows (first,
 *       even, default) and how far they push the body, painted with the page's field values once the page
 *       count is known; a page's {@link org.inkpool.layout.FootnoteArea} keeps its footnotes at its bottom.</li>
 * </ol>
 * Floating objects: the paginator positions a paragraph's anchored objects with the
 * {@link org.inkpool.layout.FloatPlacer} when it places the paragraph (their room goes into the page's
 * {@link org.inkpool.layout.area.FloatArea}), and {@link org.inkpool.layout.FlowAround} breaks the lines
 * that meet an object again, one line at a time, into the free segments of their band
 * ({@link org.inkpool.layout.LineFitter}); {@link org.inkpool.layout.Columns} says which section column is
 * being filled. A page without floats keeps the lines composed at the full measure.
 * The rules follow Word as recorded in {@code word-layout-facts.md}.
 */
package org.inkpool.layout;
