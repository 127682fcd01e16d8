package org.inkpool.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.inkpool.model.InlineImage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns the document's pictures into PDF images, each once per PDF even when drawn on many pages (a logo in
 * every header). JPEG goes in as it is; opaque PNG through PDFBox's PNG support, which copies its compressed
 * data; PNG with an alpha channel (rendered metafiles), GIF and BMP are decoded and stored losslessly. A
 * picture that cannot be decoded is skipped with a warning.
 */
final class ImageEmbedder {

    private final PDDocument document;
    private final FlateImageEncoder encoder = new FlateImageEncoder();
    private final Consumer<String> warnings;
    private final Map<byte[], Optional<PDImageXObject>> embedded = new IdentityHashMap<>();

    ImageEmbedder(PDDocument document, Consumer<String> warnings) {
        this.document = document;
        this.warnings = warnings;
    }

    Optional<PDImageXObject> imageFor(InlineImage image) {
        return embedded.computeIfAbsent(image.data(), data -> create(image));
    }

    private Optional<PDImageXObject> create(InlineImage image) {
        try {
            PDImageXObject object = switch (image.format()) {
                case JPEG -> JPEGFactory.createFromByteArray(document, image.data());
                case PNG -> PngHeader.carriesAlpha(image.data()) ? decoded(image)
                        : PDImageXObject.createFromByteArray(document, image.data(), "image.png");
                case GIF, BMP -> decoded(image);
            };
            return Optional.of(object);
        } catch (IOException | RuntimeException e) {
            String name = image.description() == null || image.description().isBlank()
                    ? "" : " '" + image.description() + "'";
            warnings.accept("picture" + name + " (" + image.format() + ") could not be decoded and was left out: "
                    + e.getMessage());
            return Optional.empty();
        }
    }

    private PDImageXObject decoded(InlineImage image) throws IOException {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.data()));
        if (decoded == null) {
            throw new IOException("no decoder recognised the data");
        }
        return encoder.encode(document, decoded);
    }
}
