package org.inkpool.docx.media;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.testing.Pictures.assertSamePixels;
import static org.inkpool.testing.Pictures.noise;

class PngEncoderTest {
    private static final int COLOR_TYPE = 25; // signature 8, IHDR length and type 8, width, height, depth 9

    @Test
    void translucentPictureBecomesRgbaPngWithEveryPixelKept() throws IOException {
        BufferedImage picture = noise(BufferedImage.TYPE_INT_ARGB, 41, 17, true);

        byte[] png = PngEncoder.encode(picture);

        assertThat(png[COLOR_TYPE]).isEqualTo((byte) 6);
        assertSamePixels(ImageIO.read(new ByteArrayInputStream(png)), picture, true);
    }

    @Test
    void opaquePictureBecomesRgbPngSoTheWriterCanCopyItsData() throws IOException {
        BufferedImage picture = noise(BufferedImage.TYPE_INT_ARGB, 23, 31, false);

        byte[] png = PngEncoder.encode(picture);

        assertThat(png[COLOR_TYPE]).isEqualTo((byte) 2);
        assertSamePixels(ImageIO.read(new ByteArrayInputStream(png)), picture, true);
    }

    @Test
    void otherRastersAndSubImagesAreReadThroughTheirColourModel() throws IOException {
        BufferedImage bgr = noise(BufferedImage.TYPE_3BYTE_BGR, 9, 5, false);
        BufferedImage window = noise(BufferedImage.TYPE_INT_ARGB, 30, 20, true).getSubimage(4, 6, 10, 7);

        assertSamePixels(ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(bgr))), bgr, true);
        assertSamePixels(ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(window))), window, true);
    }
}
