package org.inkpool.model;

import org.inkpool.model.style.RunProps;

/** A break inside a paragraph (w:br, w:cr, and a lastRenderedPageBreak is NOT one). */
public record Break(Kind kind, RunProps props) implements Inline {
    public enum Kind { LINE, PAGE, COLUMN }
}
