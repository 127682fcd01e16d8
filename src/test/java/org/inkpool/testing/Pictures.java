package org.inkpool.testing;

import java.awt.image.BufferedImage;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Pictures for image encoding tests: reproducible noise, and pixel-by-pixel comparison. */
public final class Pictures {
    private Pictures() {
    }

    /** Random colours (and random alpha when {@code translucent}), the same for the same size. */
    public static BufferedImage noise(int type, int width, int height, boolean translucent) {
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

    /** Same size and the same ARGB (or, without {@code withAlpha}, RGB) at every pixel. */
    public static void assertSamePixels(BufferedImage actual, BufferedImage expected, boolean withAlpha) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        int mask = withAlpha ? 0xFFFFFFFF : 0xFFFFFF;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertThat(actual.getRGB(x, y) & mask).as("pixel %d,%d", x, y).isEqualTo(expected.getRGB(x, y) & mask);
            }
        }
    }
}
