package org.inkpool.layout.page;

import org.inkpool.model.InlineImage;

/** A picture drawn with its top-left corner at (x, y) and the given size. */
public record PlacedImage(double x, double y, double width, double height, InlineImage image) implements PageItem {
}
