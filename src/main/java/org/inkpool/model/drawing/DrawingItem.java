package org.inkpool.model.drawing;

import org.inkpool.model.InlineImage;
import org.inkpool.model.style.Alignment;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.style.RunProps;
import java.util.List;

/** One element of an {@link InlineDrawing}, in points from the drawing's top-left corner (y grows downwards). */
public sealed interface DrawingItem permits DrawingItem.DrawnText, DrawingItem.DrawnLine, DrawingItem.DrawnRect,
        DrawingItem.DrawnPath, DrawingItem.DrawnPicture, DrawingItem.DrawnTextArt {

    /**
     * Real, selectable text on one baseline. {@code x} is the left edge for LEFT, the centre for CENTER
     * and the right edge for RIGHT alignment (only those three are meaningful here).
     */
    record DrawnText(double x, double baseline, String text, RunProps props, Alignment alignment)
            implements DrawingItem {
        public DrawnText {
            alignment = alignment == null ? Alignment.LEFT : alignment;
        }
    }

    /** A straight stroke; a null colour draws black. */
    record DrawnLine(double x1, double y1, double x2, double y2, double thickness, Rgb color) implements DrawingItem {
    }

    /** A rectangle with top-left (x, y); either colour may be null (no fill, no outline). */
    record DrawnRect(double x, double y, double width, double height, Rgb fill, Rgb stroke) implements DrawingItem {
    }

    /**
     * A shape's outline as a path, already transformed into the drawing's coordinates (group transforms,
     * rotation and flips applied). Either paint may be null: no fill, no outline.
     */
    record DrawnPath(List<PathSegment> segments, ShapeFill fill, ShapeStroke stroke) implements DrawingItem {
        public DrawnPath {
            segments = List.copyOf(segments);
        }
    }

    /**
     * A picture inside a drawing (a group, a canvas): its unrotated box with top-left (x, y), turned
     * {@code rotation} degrees clockwise about the box's centre, after mirroring when flipped.
     */
    record DrawnPicture(InlineImage image, double x, double y, double width, double height, double rotation,
                        boolean flipH, boolean flipV) implements DrawingItem {
    }

    /**
     * WordArt (a VML v:textpath, such as a watermark): one line of text stretched to fill the box with
     * top-left (x, y), turned {@code rotation} degrees clockwise about the box's centre, in the fill's colour
     * and opacity. Layout picks the size from the font's real metrics.
     */
    record DrawnTextArt(String text, String font, boolean bold, boolean italic, ShapeFill.Solid fill, double x,
                        double y, double width, double height, double rotation) implements DrawingItem {
        public DrawnTextArt {
            text = text == null ? "" : text;
            font = font == null || font.isBlank() ? "Calibri" : font;
        }
    }
}
