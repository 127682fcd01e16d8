package org.inkpool.docx;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PngEncoderTest {
    private static final int COLOR_TYPE = 25; // signature 8, IHDR length and type 8, width, height, depth 9

    @Test
    void translucentPictureBecomesRgbaPngWithEveryPixelKept() throws IOException {
        BufferedImage picture = noise(BufferedImage.TYPE_INT_ARGB, 41, 17, true);

        byte[] png = PngEncoder.encode(picture);

        assertThat(png[COLOR_TYPE]).isEqualTo((byte) 6);
        assertSamePixels(ImageIO.read(new ByteArrayInputStream(png)), picture);
    }

    @Test
    void opaquePictureBecomesRgbPngSoTheWriterCanCopyItsData() throws IOException {
        BufferedImage picture = noise(BufferedImage.TYPE_INT_ARGB, 23, 31, false);

        byte[] png = PngEncoder.encode(picture);

        assertThat(png[COLOR_TYPE]).isEqualTo((byte) 2);
        assertSamePixels(ImageIO.read(new ByteArrayInputStream(png)), picture);
    }

    @Test
    void otherRastersAndSubImagesAreReadThroughTheirColourModel() throws IOException {
        BufferedImage bgr = noise(BufferedImage.TYPE_3BYTE_BGR, 9, 5, false);
        BufferedImage window = noise(BufferedImage.TYPE_INT_ARGB, 30, 20, true).getSubimage(4, 6, 10, 7);

        assertSamePixels(ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(bgr))), bgr);
        assertSamePixels(ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(window))), window);
    }

    private static BufferedImage noise(int type, int width, int height, boolean translucent) {
        BufferedImage image = new BufferedImage(width, height, type);
        Random random = new Random(width * 131L + height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int alpha = translucent ? random.nextInt(256) : 0xFF;
                image.setRGB(x, y, alpha << 24 | random.nextInt(1 << 24));
            }
        }
        return image;
    }

    private static void assertSamePixels(BufferedImage actual, BufferedImage expected) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertThat(actual.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(expected.getRGB(x, y));
            }
        }
    }
}
