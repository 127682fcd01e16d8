package org.inkpool.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/** A small picture of a PDF's first page (the window's per-file detail), as PNG bytes. */
public final class PageThumbnail {
    private PageThumbnail() {
    }

    /**
     * Renders page one about {@code widthPixels} wide (at least 8 dpi, at most 72), in RGB.
     *
     * @throws IOException when the file cannot be read as a PDF or has no pages
     */
    public static byte[] firstPagePng(Path pdf, int widthPixels) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            if (document.getNumberOfPages() == 0) {
                throw new IOException("the PDF has no pages");
            }
            PDRectangle box = document.getPage(0).getCropBox();
            float dpi = Math.max(8f, Math.min(72f, 72f * widthPixels / Math.max(1f, box.getWidth())));
            PDFRenderer renderer = new PDFRenderer(document);
            renderer.setSubsamplingAllowed(true); // big pictures are drawn from fewer of their pixels: a thumbnail needs no more
            BufferedImage image = renderer.renderImageWithDPI(0, dpi, ImageType.RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        }
    }
}
