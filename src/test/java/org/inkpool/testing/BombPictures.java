package org.inkpool.testing;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/** Pictures that are a few KB on disk and declare (or really hold) an enormous number of pixels. */
public final class BombPictures {
    private BombPictures() {
    }

    /** A real grey PNG of width × height (all its rows present, deflated to almost nothing). */
    public static byte[] png(int width, int height) throws IOException {
        return png(width, height, height);
    }

    /** A grey PNG header of width × height with only the first {@code rows} rows of data present. */
    public static byte[] png(int width, int height, int rows) throws IOException {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, deflater, 1 << 16)) {
            byte[] row = new byte[width + 1];
            for (int y = 0; y < rows; y++) {
                row[1 + (y % width)] = (byte) (y * 7); // a little structure, so a reduced picture is not blank
                z.write(row);
                row[1 + (y % width)] = 0;
            }
        }
        deflater.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(out);
        d.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(d, "IHDR", ihdr.array());
        chunk(d, "IDAT", idat.toByteArray());
        chunk(d, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(DataOutputStream d, String type, byte[] data) throws IOException {
        d.writeInt(data.length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    /** A small JPEG whose frame header then claims width × height (the scan data is far too short for it). */
    public static byte[] jpegClaiming(int width, int height) throws IOException {
        byte[] data = encoded(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "jpeg");
        for (int i = 2; i + 9 < data.length; i++) {
            if ((data[i] & 0xff) == 0xFF && ((data[i + 1] & 0xff) == 0xC0 || (data[i + 1] & 0xff) == 0xC2)) {
                data[i + 5] = (byte) (height >> 8);
                data[i + 6] = (byte) height;
                data[i + 7] = (byte) (width >> 8);
                data[i + 8] = (byte) width;
                return data;
            }
        }
        throw new IOException("no frame header");
    }

    /** A small GIF whose screen and image descriptor claim 65535 × 65535 pixels. */
    public static byte[] gifClaimingHuge() throws IOException {
        byte[] data = encoded(new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_INDEXED), "gif");
        data[6] = data[7] = data[8] = data[9] = (byte) 0xFF; // logical screen
        for (int i = 13; i + 9 < data.length; i++) {
            if (data[i] == 0x2C) { // image descriptor
                data[i + 5] = data[i + 6] = data[i + 7] = data[i + 8] = (byte) 0xFF;
                return data;
            }
        }
        throw new IOException("no image descriptor");
    }

    /** A BMP header for width × height 24-bit pixels followed by almost no pixel data. */
    public static byte[] bmpClaiming(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(54 + 64).order(ByteOrder.LITTLE_ENDIAN);
        long rowBytes = ((width * 3L + 3) / 4) * 4;
        b.put((byte) 'B').put((byte) 'M').putInt((int) Math.min(Integer.MAX_VALUE, 54 + rowBytes * height)).putInt(0).putInt(54);
        b.putInt(40).putInt(width).putInt(height).putShort((short) 1).putShort((short) 24).putInt(0)
                .putInt(0).putInt(2835).putInt(2835).putInt(0).putInt(0);
        return b.array();
    }

    /** An EMF whose header declares bounds and a frame of about two kilometres a side. */
    public static byte[] emfHuge() {
        ByteBuffer b = ByteBuffer.allocate(88 + 20).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(1).putInt(88);
        b.putInt(0).putInt(0).putInt(Integer.MAX_VALUE / 2).putInt(Integer.MAX_VALUE / 2); // bounds (device units)
        b.putInt(0).putInt(0).putInt(200_000_000).putInt(200_000_000); // frame, 0.01 mm
        b.putInt(0x464D4520).putInt(0x10000).putInt(108).putInt(2).putShort((short) 1).putShort((short) 0);
        b.putInt(0).putInt(0).putInt(0);
        b.putInt(1024).putInt(768).putInt(320).putInt(240);
        b.putInt(14).putInt(20).putInt(0).putInt(16).putInt(20); // EMR_EOF
        return b.array();
    }

    /** A placeable WMF whose bounding box is 32767 inches a side. */
    public static byte[] wmfHuge() {
        ByteBuffer b = ByteBuffer.allocate(22 + 18 + 6).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x9AC6CDD7).putShort((short) 0);
        b.putShort((short) 0).putShort((short) 0).putShort((short) 32767).putShort((short) 32767);
        b.putShort((short) 1).putInt(0);
        short checksum = 0;
        for (int i = 0; i < 10; i++) {
            checksum ^= b.getShort(i * 2);
        }
        b.putShort(checksum);
        b.putShort((short) 1).putShort((short) 9).putShort((short) 0x300).putInt(12).putShort((short) 0)
                .putInt(3).putShort((short) 0);
        b.putInt(3).putShort((short) 0); // META_EOF
        return b.array();
    }

    private static byte[] encoded(BufferedImage img, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(img, format, out)) {
            throw new IOException("no " + format + " writer");
        }
        return out.toByteArray();
    }
}
