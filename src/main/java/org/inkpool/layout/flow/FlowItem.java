package org.inkpool.layout.flow;

/**
 * What the paginator stacks on pages: a composed paragraph, or a laid-out table whose rows it
 * places (and splits) itself.
 */
public sealed interface FlowItem permits ComposedParagraph, LaidOutTable {

    /** Whether this item must share a page with the start of the next (a paragraph's keepNext). */
    boolean keepNext();
}
