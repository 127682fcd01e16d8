package org.inkpool.convert;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares where two PDFs put ink on a page, at low resolution, tolerating a shift of a pixel:
 * the share of inked pixels of each page that have ink nearby on the other (0..1). The same measure
 * as shared/tools/fidelity's "visual" score, so test thresholds and fidelity numbers agree.
 */
final class InkOverlap {
    private static final float DPI = 24;
    private static final int INK = 160;

    private InkOverlap() {
    }

    static double firstPage(Path ours, Path reference, Path diffImage) throws IOException {
        boolean[][] a = ink(ours);
        boolean[][] b = ink(reference);
        int h = Math.min(a.length, b.length);
        int w = Math.min(a[0].length, b[0].length);
        long total = 0;
        long hit = 0;
        BufferedImage diff = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = 0xffffff;
                if (a[y][x]) {
                    total++;
                    if (near(b, x, y)) {
                        hit++;
                        rgb = 0x000000;
                    } else {
                        rgb = 0xff0000; // ours only
                    }
                }
                if (b[y][x]) {
                    total++;
                    if (near(a, x, y)) {
                        hit++;
                    } else {
                        rgb = 0x0000ff; // reference only
                    }
                }
                diff.setRGB(x, y, rgb);
            }
        }
        if (diffImage != null) {
            Files.createDirectories(diffImage.getParent());
            ImageIO.write(diff, "png", diffImage.toFile());
        }
        return total == 0 ? 1.0 : (double) hit / total;
    }

    private static boolean near(boolean[][] m, int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int yy = y + dy;
                int xx = x + dx;
                if (yy >= 0 && yy < m.length && xx >= 0 && xx < m[0].length && m[yy][xx]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean[][] ink(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.GRAY);
            boolean[][] mask = new boolean[img.getHeight()][img.getWidth()];
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    mask[y][x] = (img.getRGB(x, y) & 0xff) < INK;
                }
            }
            return mask;
        }
    }
}
