package org.inkpool.model;

import org.inkpool.model.drawing.Anchor;
import org.inkpool.model.drawing.TextBox;

/**
 * A floating object anchored in a paragraph: a picture, a drawing (shape, group, canvas, chart) or a
 * text box, placed by its {@link Anchor} rather than in the line. It takes no room in the line that
 * holds it; text flows around it as its wrap says.
 *
 * @param width       points (the frame's extent)
 * @param height      points; a text box that grows to fit its text may end taller
 * @param content     the picture or drawing shown, or null (a frame, or a text box with no outline)
 * @param textBox     the text inside the shape, or null
 * @param description alternative text
 */
public record AnchoredObject(Anchor anchor, double width, double height, Inline content, TextBox textBox,
                             String description) implements Inline {
    public AnchoredObject {
        if (anchor == null) {
            throw new IllegalArgumentException("an anchored object needs its anchor");
        }
        if (content instanceof AnchoredObject) {
            throw new IllegalArgumentException("an anchored object does not hold another one");
        }
        width = Math.max(0, width);
        height = Math.max(0, height);
        description = description == null ? "" : description;
    }
}
