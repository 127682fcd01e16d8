package org.inkpool.model;

import org.inkpool.model.drawing.DrawingItem;
import java.util.List;

/**
 * A vector drawing in the text flow (a chart, later shapes): a box of width × height points on the
 * baseline, holding items positioned in points from its top-left corner.
 */
public record InlineDrawing(double width, double height, List<DrawingItem> items, String description)
        implements Inline {
    public InlineDrawing {
        items = List.copyOf(items);
        description = description == null ? "" : description;
    }
}
