package org.inkpool.model;

/**
 * A picture in the text flow at its drawn size (points). Vector formats (EMF/WMF) are converted
 * by the reader to a raster or their embedded preview, so only PNG, JPEG, GIF and BMP reach here.
 */
public record InlineImage(byte[] data, ImageFormat format, double width, double height, String description)
        implements Inline {
    public enum ImageFormat { PNG, JPEG, GIF, BMP }
}
