package org.inkpool.docx.media;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

/**
 * Keeps a picture's decoded size within a budget. A PNG of 30,000 pixels a side is a few KB compressed and
 * 3.6 GB decoded: such a picture is read with ImageIO's source subsampling (rows and columns skipped while
 * decoding, so the whole image is never held) down to the resolution the page needs; one too large even to
 * be scanned in time becomes a placeholder.
 */
final class PixelBudget {
    /** Pictures up to this many pixels pass as they are (a 24-megapixel photo). */
    static final long PASS_PIXELS = 24_000_000L;
    /** Beyond this many pixels a picture is not decoded at all: scanning it would take too long. */
    static final long MAX_SOURCE_PIXELS = 1_000_000_000L;
    /** The resolution a subsampled picture keeps at its drawn size. */
    private static final double DPI = 300;
    /** Longest side of a subsampled picture whatever its drawn size. */
    private static final int MAX_SIDE = 4000;

    private PixelBudget() {
    }

    /** A picture's pixel size from its header alone; null when no decoder recognises it. */
    record Size(int width, int height) {
        long pixels() {
            return (long) width * height;
        }
    }

    static Size size(byte[] data) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new Size(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static boolean fits(Size size) {
        return size == null || size.pixels() <= PASS_PIXELS;
    }

    /**
     * Decodes a picture over the budget with source subsampling to about {@value #DPI} dpi at its drawn size
     * (points; 0 when unknown).
     *
     * @throws IOException when it cannot be decoded or is too large to scan
     */
    static BufferedImage subsampled(byte[] data, Size size, double widthPt, double heightPt) throws IOException {
        if (size.pixels() > MAX_SOURCE_PIXELS) {
            throw new IOException(size.width() + " × " + size.height() + " pixels is past the limit of "
                    + MAX_SOURCE_PIXELS / 1_000_000 + " megapixels");
        }
        double wantW = widthPt > 0 ? widthPt / 72 * DPI : MAX_SIDE;
        double wantH = heightPt > 0 ? heightPt / 72 * DPI : MAX_SIDE;
        double longest = Math.max(wantW, wantH);
        if (longest > MAX_SIDE) {
            wantW *= MAX_SIDE / longest;
            wantH *= MAX_SIDE / longest;
        }
        int step = (int) Math.ceil(Math.max(size.width() / Math.max(1, wantW), size.height() / Math.max(1, wantH)));
        // the result must also stay within the budget whatever the drawn size says
        step = Math.max(step, (int) Math.ceil(Math.sqrt((double) size.pixels() / PASS_PIXELS)));
        step = Math.max(1, step);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no decoder recognises it");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (RuntimeException e) {
            throw new IOException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** A grey box with a darker frame, drawn where a picture could not be. */
    static BufferedImage placeholder() {
        BufferedImage img = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(new Color(0xE8E8E8));
            g.fillRect(0, 0, 64, 64);
            g.setColor(new Color(0x9A9A9A));
            g.drawRect(0, 0, 63, 63);
            g.drawLine(0, 0, 63, 63);
            g.drawLine(0, 63, 63, 0);
        } finally {
            g.dispose();
        }
        return img;
    }
}
