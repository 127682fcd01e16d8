package org.inkpool.layout.page;

import org.inkpool.model.style.Rgb;

/** A straight line (underline, strike-through, tab leader, border). */
public record Rule(double x1, double y1, double x2, double y2, double thickness, Rgb color, Style style)
        implements PageItem {
    public enum Style { SOLID, DOTTED, DASHED }
}
