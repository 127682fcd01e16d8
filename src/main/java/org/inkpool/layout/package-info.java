/**
 * Layout: the document model and font metrics in, pages of positioned items out. Pure: it knows
 * nothing of POI or PDFBox. Coordinates are points from a page's top-left corner, y down.
 *
 * <p>The pipeline, one class per step:
 * <ol>
 *   <li>{@link org.inkpool.layout.line.RunMeasurer} turns runs into measured atoms (per-character face via
 *       {@link org.inkpool.layout.font.FaceCache}, caps, small caps, super/subscript, spacing, hidden text);</li>
 *   <li>{@link org.inkpool.layout.line.BreakRules} marks break opportunities (spaces, hyphens, CJK with kinsoku);</li>
 *   <li>{@link org.inkpool.layout.line.LineBreaker} breaks greedily, measuring with a
 *       {@link org.inkpool.layout.line.LineCursor} that resolves {@link org.inkpool.layout.line.TabStops};</li>
 *   <li>{@link org.inkpool.layout.line.LineAligner} and {@link org.inkpool.layout.line.LineHeights} place each line
 *       horizontally and size it vertically ({@link org.inkpool.layout.flow.ParagraphComposer} ties 1–4 together);</li>
 *   <li>{@link org.inkpool.layout.flow.BlockLayouter}s turn blocks into {@link org.inkpool.layout.flow.FlowItem}s:
 *       composed paragraphs, and tables laid out on their grid by the
 *       {@link org.inkpool.layout.table.GridTableLayouter} (cells stacked into {@link org.inkpool.layout.flow.Slice}s,
 *       borders resolved by {@link org.inkpool.layout.table.BorderConflicts});</li>
 *   <li>{@link org.inkpool.layout.paginate.Paginator} stacks them on pages (spacing, keeps, widows, sections, table
 *       rows split between cell lines, repeated header rows; {@link org.inkpool.layout.table.RowPainter} draws rows) and
 *       {@link org.inkpool.layout.line.LineEmitter} turns each placed line into page items;</li>
 *   <li>{@link org.inkpool.layout.paginate.PageFurniture} frames each page: the header and footer it shows (first,
 *       even, default) and how far they push the body, painted with the page's field values once the page
 *       count is known; a page's {@link org.inkpool.layout.paginate.FootnoteArea} keeps its footnotes at its bottom.</li>
 * </ol>
 * Floating objects: the paginator positions a paragraph's anchored objects with the
 * {@link org.inkpool.layout.paginate.FloatPlacer} when it places the paragraph (their room goes into the page's
 * {@link org.inkpool.layout.area.FloatArea}), and {@link org.inkpool.layout.paginate.FlowAround} breaks the lines
 * that meet an object again, one line at a time, into the free segments of their band
 * ({@link org.inkpool.layout.line.LineFitter}); {@link org.inkpool.layout.paginate.Columns} says which section column is
 * being filled. A page without floats keeps the lines composed at the full measure.
 * The rules follow Word as recorded in {@code word-layout-facts.md}.
 */
package org.inkpool.layout;
