package org.inkpool.layout.page;

import org.inkpool.model.InlineImage;

/**
 * A picture whose unrotated box has its top-left corner at (x, y), mirrored when flipped and then turned
 * {@code rotation} degrees clockwise about the box's centre.
 */
public record TurnedImage(double x, double y, double width, double height, double rotation, boolean flipH,
                          boolean flipV, InlineImage image) implements PageItem {
}
