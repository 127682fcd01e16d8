package org.inkpool.pdf;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.testing.Pictures.assertSamePixels;
import static org.inkpool.testing.Pictures.noise;

class FlateImageEncoderTest {

    private final FlateImageEncoder encoder = new FlateImageEncoder();

    @Test
    void translucentPictureKeepsEveryPixelAndItsAlphaAsSoftMask() throws IOException {
        BufferedImage picture = noise(BufferedImage.TYPE_INT_ARGB, 37, 23, true);
        try (PDDocument document = new PDDocument()) {
            PDImageXObject image = encoder.encode(document, picture);

            assertThat(image.getCOSObject().getDictionaryObject(COSName.SMASK)).isNotNull();
            assertSamePixels(image.getOpaqueImage(null, 1), picture, false);
            BufferedImage withMask = image.getImage();
            for (int y = 0; y < picture.getHeight(); y++) {
                for (int x = 0; x < picture.getWidth(); x++) {
                    assertThat(withMask.getRGB(x, y) >>> 24).as("alpha at %d,%d", x, y)
                            .isEqualTo(picture.getRGB(x, y) >>> 24);
                }
            }
        }
    }

    @Test
    void opaquePictureNeedsNoMaskEvenWhenItsModelHasAlpha() throws IOException {
        BufferedImage picture = noise(BufferedImage.TYPE_4BYTE_ABGR, 19, 11, false);
        try (PDDocument document = new PDDocument()) {
            PDImageXObject image = encoder.encode(document, picture);

            assertThat(image.getCOSObject().getDictionaryObject(COSName.SMASK)).isNull();
            assertSamePixels(image.getImage(), picture, false);
        }
    }

    @Test
    void byteAndIndexedRastersAndSubImagesComeOutAsTheyLook() throws IOException {
        BufferedImage bgr = noise(BufferedImage.TYPE_3BYTE_BGR, 16, 9, false);
        BufferedImage indexed = new BufferedImage(12, 7, BufferedImage.TYPE_BYTE_INDEXED);
        Graphics2D g = indexed.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 6, 7);
        g.setColor(Color.BLUE);
        g.fillRect(6, 0, 6, 7);
        g.dispose();
        BufferedImage window = noise(BufferedImage.TYPE_INT_RGB, 30, 20, false).getSubimage(5, 3, 11, 8);
        try (PDDocument document = new PDDocument()) {
            for (BufferedImage picture : new BufferedImage[] {bgr, indexed, window}) {
                assertSamePixels(encoder.encode(document, picture).getImage(), picture, false);
            }
        }
    }

    @Test
    void upFilterStoresEachRowAsItsDifferenceFromTheRowAbove() throws IOException {
        byte[] samples = {10, 20, 30, 11, 25, 30};
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        FlateImageEncoder.writeUpFiltered(out, samples, 3, 2);

        assertThat(out.toByteArray()).containsExactly(2, 10, 20, 30, 2, 1, 5, 0);
    }

    @Test
    void pngHeaderTellsPicturesWithAlphaChannelApart() throws IOException {
        assertThat(PngHeader.carriesAlpha(png(BufferedImage.TYPE_INT_ARGB))).isTrue();
        assertThat(PngHeader.carriesAlpha(png(BufferedImage.TYPE_INT_RGB))).isFalse();
        assertThat(PngHeader.carriesAlpha(png(BufferedImage.TYPE_BYTE_GRAY))).isFalse();
        assertThat(PngHeader.carriesAlpha(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isFalse();
    }

    private static byte[] png(int type) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, type), "png", out);
        return out.toByteArray();
    }
}
