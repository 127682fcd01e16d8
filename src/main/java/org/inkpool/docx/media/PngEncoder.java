package org.inkpool.docx.media;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes rendered pictures (metafiles, converted TIFFs) as 8-bit PNG: RGB when every pixel is opaque, so
 * the PDF writer can copy the compressed data straight into the PDF, RGBA otherwise. Every row uses the
 * "Up" filter: ImageIO's writer tried all five filters on every row, which cost more than drawing the
 * metafile, and rendered line art compresses well with Up alone.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int RGB = 2;
    private static final int RGBA = 6;
    private static final int UP_FILTER = 2;
    /** zlib's level 3: measured on the corpus's pictures 1.7× faster than the default 6, 3 % larger. */
    private static final int DEFLATE_LEVEL = 3;

    private PngEncoder() {
    }

    static byte[] encode(BufferedImage image) throws IOException {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = pixels(image);
        boolean alpha = hasTranslucentPixel(argb);
        int channels = alpha ? 4 : 3;

        ByteArrayOutputStream png = new ByteArrayOutputStream(width * height / 4 + 1024);
        png.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream(13);
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.writeByte(8);                    // bits per channel
        h.writeByte(alpha ? RGBA : RGB);
        h.writeByte(0);                    // deflate
        h.writeByte(0);                    // adaptive filtering (a filter byte per row)
        h.writeByte(0);                    // not interlaced
        chunk(png, "IHDR", header.toByteArray());
        chunk(png, "IDAT", compressedRows(argb, width, height, channels));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** The pixels as non-premultiplied ARGB, row after row. */
    private static int[] pixels(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        if (image.getType() == BufferedImage.TYPE_INT_ARGB && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0
                && image.getRaster().getDataBuffer().getSize() == width * height) {
            return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        }
        return image.getRGB(0, 0, width, height, null, 0, width);
    }

    private static boolean hasTranslucentPixel(int[] argb) {
        for (int pixel : argb) {
            if (pixel >>> 24 != 0xFF) {
                return true;
            }
        }
        return false;
    }

    private static byte[] compressedRows(int[] argb, int width, int height, int channels) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(width * height / 4 + 64);
        Deflater deflater = new Deflater(DEFLATE_LEVEL);
        try (OutputStream out = new DeflaterOutputStream(compressed, deflater, 64 * 1024)) {
            int rowBytes = width * channels;
            byte[] previous = new byte[rowBytes];
            byte[] current = new byte[rowBytes];
            byte[] filtered = new byte[rowBytes + 1];
            filtered[0] = UP_FILTER;
            for (int y = 0; y < height; y++) {
                int p = y * width;
                for (int x = 0, i = 0; x < width; x++) {
                    int pixel = argb[p + x];
                    current[i++] = (byte) (pixel >> 16);
                    current[i++] = (byte) (pixel >> 8);
                    current[i++] = (byte) pixel;
                    if (channels == 4) {
                        current[i++] = (byte) (pixel >>> 24);
                    }
                }
                for (int i = 0; i < rowBytes; i++) {
                    filtered[i + 1] = (byte) (current[i] - previous[i]); // the row above the first is zeros
                }
                out.write(filtered);
                byte[] swap = previous;
                previous = current;
                current = swap;
            }
        } finally {
            deflater.end();
        }
        return compressed.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        DataOutputStream out = new DataOutputStream(png);
        out.writeInt(data.length);
        out.write(typeBytes);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
