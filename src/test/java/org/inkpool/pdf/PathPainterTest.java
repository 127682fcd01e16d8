package org.inkpool.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShading;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.inkpool.layout.page.LaidOutDocument;
import org.inkpool.layout.page.Page;
import org.inkpool.layout.page.PageItem;
import org.inkpool.layout.page.PathItem;
import org.inkpool.model.DocumentInfo;
import org.inkpool.model.drawing.PathSegment;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.drawing.ShapeFill;
import org.inkpool.model.drawing.ShapeStroke;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shape paths painted into a PDF, read back with PDFBox: rendered at 72 dpi (one pixel per point) and
 * checked by colour where the shapes stand. On a mismatch the page image is written under target/.
 */
class PathPainterTest {

    @Test
    void solidTranslucentAndGradientFillsAndAStrokeLandWhereTheyBelong() throws IOException {
        List<PageItem> items = new ArrayList<>();
        // an opaque red triangle with its right angle at the top-left (10, 10)
        items.add(new PathItem(List.of(new PathSegment.MoveTo(10, 10), new PathSegment.LineTo(90, 10),
                new PathSegment.LineTo(10, 90), new PathSegment.Close()),
                new ShapeFill.Solid(new Rgb(0xFF0000), 1), null));
        // a half-transparent blue square over white
        items.add(new PathItem(square(110, 10, 80), new ShapeFill.Solid(new Rgb(0x0000FF), 0.5), null));
        // a left-to-right gradient black to white
        items.add(new PathItem(square(10, 110, 180), new ShapeFill.Gradient(List.of(
                new ShapeFill.Stop(0, Rgb.BLACK, 1), new ShapeFill.Stop(1, new Rgb(0xFFFFFF), 1)), 0, false), null));
        // a 6 pt green outline with no fill
        items.add(new PathItem(square(210, 10, 80), null, new ShapeStroke(new Rgb(0x00FF00), 6)));
        BufferedImage page = render(new Page(300, 300, items), "path-painter");

        assertColour(page, 20, 20, 0xFF0000, "inside the triangle");
        assertColour(page, 80, 80, 0xFFFFFF, "beyond the triangle's hypotenuse");
        assertColour(page, 150, 50, 0x8080FF, "blue at half opacity over white");
        int left = page.getRGB(20, 200) & 0xFF;
        int middle = page.getRGB(100, 200) & 0xFF;
        int right = page.getRGB(180, 200) & 0xFF;
        assertTrue(left < middle && middle < right, "the gradient lightens left to right: " + left + " "
                + middle + " " + right);
        assertEquals(128, middle, 20);
        assertColour(page, 210, 50, 0x00FF00, "on the outline");
        assertColour(page, 250, 50, 0xFFFFFF, "inside the unfilled outline");
    }

    @Test
    void aGradientIsAShadingAndAnOpacityAnExtendedGraphicsState() throws IOException {
        List<PageItem> items = List.of(
                new PathItem(square(10, 10, 50), new ShapeFill.Gradient(List.of(
                        new ShapeFill.Stop(0, Rgb.BLACK, 1), new ShapeFill.Stop(0.5, new Rgb(0xFF0000), 1),
                        new ShapeFill.Stop(1, new Rgb(0xFFFFFF), 1)), 0, true), null),
                new PathItem(square(70, 10, 50), new ShapeFill.Solid(Rgb.BLACK, 0.25), null));
        try (PDDocument pdf = Loader.loadPDF(write(new Page(200, 100, items)))) {
            PDPage p = pdf.getPage(0);
            int shadings = 0;
            for (var name : p.getResources().getShadingNames()) {
                PDShading s = p.getResources().getShading(name);
                assertEquals(PDShading.SHADING_TYPE3, s.getShadingType(), "radial");
                shadings++;
            }
            assertEquals(1, shadings);
            float alpha = -1;
            for (var name : p.getResources().getExtGStateNames()) {
                Float a = p.getResources().getExtGState(name).getNonStrokingAlphaConstant();
                if (a != null) {
                    alpha = a;
                }
            }
            assertEquals(0.25f, alpha, 1e-6);
        }
    }

    private static List<PathSegment> square(double x, double y, double size) {
        return List.of(new PathSegment.MoveTo(x, y), new PathSegment.LineTo(x + size, y),
                new PathSegment.LineTo(x + size, y + size), new PathSegment.LineTo(x, y + size),
                new PathSegment.Close());
    }

    private static byte[] write(Page page) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter(w -> { }).write(new LaidOutDocument(List.of(page)), DocumentInfo.EMPTY, out, f -> { });
        return out.toByteArray();
    }

    private static BufferedImage render(Page page, String name) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(page))) {
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 72);
            Path dir = Path.of("target", "path-painter");
            Files.createDirectories(dir);
            ImageIO.write(image, "png", dir.resolve(name + ".png").toFile());
            return image;
        }
    }

    private static void assertColour(BufferedImage image, int x, int y, int rgb, String where) {
        int actual = image.getRGB(x, y) & 0xFFFFFF;
        for (int shift = 0; shift <= 16; shift += 8) {
            int a = (actual >> shift) & 0xFF;
            int e = (rgb >> shift) & 0xFF;
            assertTrue(Math.abs(a - e) <= 8, where + ": expected " + Integer.toHexString(rgb) + " but was "
                    + Integer.toHexString(actual) + " (page image in target/path-painter)");
        }
    }
}
