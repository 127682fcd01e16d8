package org.inkpool.layout.page;

import org.inkpool.model.style.Rgb;

/** A filled rectangle (highlight, shading), top-left corner at (x, y). */
public record FilledRect(double x, double y, double width, double height, Rgb color) implements PageItem {
}
