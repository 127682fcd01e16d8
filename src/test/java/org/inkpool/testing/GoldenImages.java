package org.inkpool.testing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Assumptions;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored page images as specifications: a page rendered at low resolution must overlap its golden image
 * (inked pixels of either with ink within a pixel on the other). On a mismatch the actual page and a diff
 * (black: both, red: only ours, blue: only the golden) are written under {@code target/<set>-golden/}. Run
 * with {@code -Dinkpool.updateGoldens=true} to store new goldens after a deliberate change, then look at them.
 */
public final class GoldenImages {
    private static final int INK = 160;
    private static final Path SOURCE = Path.of("src/test/resources/org/inkpool/convert");

    private GoldenImages() {
    }

    /** Page {@code index} of a PDF in grey at {@code dpi}. */
    public static BufferedImage render(Path pdf, int index, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFRenderer(doc).renderImageWithDPI(index, dpi, ImageType.GRAY);
        }
    }

    /** Asserts {@code actual} matches the golden {@code <set>/<name>.png} with at least {@code minOverlap}. */
    public static void assertMatches(String set, String name, BufferedImage actual, double minOverlap) throws IOException {
        Path golden = SOURCE.resolve(set).resolve(name + ".png");
        if (Boolean.getBoolean("inkpool.updateGoldens")) {
            Files.createDirectories(golden.getParent());
            ImageIO.write(actual, "png", golden.toFile());
        }
        BufferedImage expected;
        try (InputStream in = GoldenImages.class.getResourceAsStream("/org/inkpool/convert/" + set + "/" + name + ".png")) {
            Assumptions.assumeTrue(in != null, "no golden image for " + set + "/" + name);
            expected = ImageIO.read(in);
        }
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        double overlap = overlap(actual, expected);
        if (overlap < minOverlap) {
            Path diff = Path.of("target", set + "-golden", name + "-diff.png");
            Files.createDirectories(diff.getParent());
            ImageIO.write(diffImage(actual, expected), "png", diff.toFile());
            ImageIO.write(actual, "png", diff.resolveSibling(name + "-actual.png").toFile());
        }
        assertThat(overlap).as("ink overlap with the golden image of " + set + "/" + name
                + " (diff under target/" + set + "-golden)").isGreaterThanOrEqualTo(minOverlap);
    }

    private static boolean ink(BufferedImage image, int x, int y) {
        return x >= 0 && y >= 0 && x < image.getWidth() && y < image.getHeight() && (image.getRGB(x, y) & 0xFF) < INK;
    }

    private static boolean near(BufferedImage image, int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                if (ink(image, x + dx, y + dy)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The share of inked pixels of either image that have ink within a pixel on the other. */
    static double overlap(BufferedImage a, BufferedImage b) {
        long total = 0;
        long hit = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (ink(a, x, y)) {
                    total++;
                    hit += near(b, x, y) ? 1 : 0;
                }
                if (ink(b, x, y)) {
                    total++;
                    hit += near(a, x, y) ? 1 : 0;
                }
            }
        }
        return total == 0 ? 1 : (double) hit / total;
    }

    private static BufferedImage diffImage(BufferedImage actual, BufferedImage expected) {
        BufferedImage diff = new BufferedImage(actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                boolean a = ink(actual, x, y);
                boolean e = ink(expected, x, y);
                diff.setRGB(x, y, a && e ? 0x000000 : a ? 0xFF0000 : e ? 0x0000FF : 0xFFFFFF);
            }
        }
        return diff;
    }
}
