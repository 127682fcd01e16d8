package org.inkpool.docx.media;

import org.inkpool.docx.Warnings;
import org.inkpool.docx.opc.DocxPackage;
import org.inkpool.docx.opc.Limits;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.inkpool.model.InlineImage;
import org.inkpool.model.InlineImage.ImageFormat;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Loads pictures from the package by relationship id and turns them into model images: PNG, JPEG, GIF
 * and BMP pass through; EMF/WMF are rasterised; TIFF and other raster formats ImageIO knows are converted to
 * PNG; anything else is left out with a warning. Linked (external) pictures are never fetched.
 */
public final class ImageLoader {
    /** A picture larger than this is not loaded (a hostile package could declare anything). */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private final DocxPackage pkg;
    private final Warnings warnings;
    private final Map<String, Loaded> cache = new HashMap<>();

    private record Loaded(byte[] data, ImageFormat format) {
    }

    public ImageLoader(DocxPackage pkg, Warnings warnings) {
        this.pkg = pkg;
        this.warnings = warnings;
    }

    /**
     * The picture the relationship points at, drawn at width × height points; null (with a warning)
     * when it cannot be shown.
     */
    public InlineImage load(PackagePart source, String relId, double width, double height, String description) {
        if (relId == null || relId.isEmpty()) {
            return null;
        }
        PackageRelationship rel = source.getRelationship(relId);
        if (rel == null) {
            warnings.warn("A picture refers to a missing relationship (" + relId + "); it was left out");
            return null;
        }
        if (rel.getTargetMode() == TargetMode.EXTERNAL) {
            warnings.warn("A linked picture (" + rel.getTargetURI() + ") was not fetched; it was left out");
            return null;
        }
        String name = rel.getTargetURI().toString();
        if (!(width > 0 && height > 0)) {
            width = width > 0 ? width : 0;
            height = height > 0 ? height : 0;
        }
        String key = source.getPartName().getName() + "|" + relId + "|" + Math.round(width) + "x" + Math.round(height);
        Loaded loaded = cache.get(key);
        if (loaded == null) {
            loaded = convert(readPart(rel, name), name, width, height);
            if (loaded == null) {
                return null;
            }
            cache.put(key, loaded);
        }
        return sized(loaded, width, height, description);
    }

    /** A picture given as bytes (the legacy reader's blips), drawn at width × height points (0: natural size). */
    public InlineImage fromBytes(byte[] data, String name, double width, double height, String description) {
        if (data == null || data.length > MAX_BYTES) {
            warnings.warn("Picture " + name + " is missing or too large; it was left out");
            return null;
        }
        width = width > 0 ? width : 0;
        height = height > 0 ? height : 0;
        Loaded loaded = convert(data, name, width, height);
        return loaded == null ? null : sized(loaded, width, height, description);
    }

    private static InlineImage sized(Loaded loaded, double width, double height, String description) {
        if (!(width > 0 && height > 0)) {
            double[] natural = naturalSize(loaded.data());
            width = natural[0];
            height = natural[1];
        }
        double scale = Math.min(1, Limits.MAX_LENGTH / Math.max(width, height)); // keep the aspect ratio
        width *= scale;
        height *= scale;
        return new InlineImage(loaded.data(), loaded.format(), width, height, description == null ? "" : description);
    }

    private byte[] readPart(PackageRelationship rel, String name) {
        try {
            PackagePart part = pkg.partFor(rel);
            if (part == null) {
                warnings.warn("Picture " + name + " is missing from the package; it was left out");
                return null;
            }
            try (InputStream in = part.getInputStream()) {
                byte[] data = in.readNBytes((int) MAX_BYTES + 1);
                if (data.length > MAX_BYTES) {
                    warnings.warn("Picture " + name + " is larger than 64 MB; it was left out");
                    return null;
                }
                return data;
            }
        } catch (Exception e) {
            warnings.warn("Picture " + name + " could not be read (" + e.getMessage() + "); it was left out");
            return null;
        }
    }

    private Loaded convert(byte[] data, String name, double width, double height) {
        if (data == null) {
            return null;
        }
        if (isGzip(data)) { // .emz / .wmz
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
                data = in.readNBytes((int) MAX_BYTES);
            } catch (IOException e) {
                warnings.warn("Compressed picture " + name + " is damaged; it was left out");
                return null;
            }
        }
        ImageFormat direct = rasterFormat(data);
        if (direct != null) {
            PixelBudget.Size size = PixelBudget.size(data);
            if (PixelBudget.fits(size)) {
                return new Loaded(data, direct);
            }
            return withinBudget(data, size, name, width, height);
        }
        boolean emf = isEmf(data);
        if (emf || isWmf(data)) {
            try {
                return new Loaded(MetafileRenderer.toPng(data, emf, width, height), ImageFormat.PNG);
            } catch (IOException e) {
                warnings.warn((emf ? "EMF" : "WMF") + " picture " + name + " could not be rendered ("
                        + e.getMessage() + "); it was left out");
                return null;
            }
        }
        try {
            PixelBudget.Size size = PixelBudget.size(data);
            if (!PixelBudget.fits(size)) {
                return withinBudget(data, size, name, width, height);
            }
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(data));
            if (img != null) {
                return new Loaded(PngEncoder.encode(img), ImageFormat.PNG);
            }
        } catch (IOException | RuntimeException e) {
            // fall through to the warning below
        }
        warnings.warn("Picture " + name + " is in a format that cannot be shown; it was left out");
        return null;
    }

    /** A picture over the pixel budget: subsampled while decoding, or a placeholder where even that fails. */
    private Loaded withinBudget(byte[] data, PixelBudget.Size size, String name, double width, double height) {
        String dims = size.width() + " × " + size.height() + " pixels";
        try {
            BufferedImage img = PixelBudget.subsampled(data, size, width, height);
            if (img != null) {
                warnings.warn("Picture " + name + " (" + dims + ") was reduced to " + img.getWidth() + " × "
                        + img.getHeight() + " pixels to stay within the memory budget");
                return new Loaded(PngEncoder.encode(img), ImageFormat.PNG);
            }
        } catch (IOException | RuntimeException e) {
            warnings.warn("Picture " + name + " (" + dims + ") is too large to decode (" + e.getMessage()
                    + "); a placeholder was drawn");
            return placeholder();
        } catch (OutOfMemoryError e) {
            warnings.warn("Picture " + name + " (" + dims + ") is too large to decode; a placeholder was drawn");
            return placeholder();
        }
        warnings.warn("Picture " + name + " (" + dims + ") could not be decoded; a placeholder was drawn");
        return placeholder();
    }

    private static Loaded placeholder() {
        try {
            return new Loaded(PngEncoder.encode(PixelBudget.placeholder()), ImageFormat.PNG);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static ImageFormat rasterFormat(byte[] d) {
        if (d.length >= 8 && (d[0] & 0xff) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') {
            return ImageFormat.PNG;
        }
        if (d.length >= 3 && (d[0] & 0xff) == 0xFF && (d[1] & 0xff) == 0xD8 && (d[2] & 0xff) == 0xFF) {
            return ImageFormat.JPEG;
        }
        if (d.length >= 6 && d[0] == 'G' && d[1] == 'I' && d[2] == 'F' && d[3] == '8') {
            return ImageFormat.GIF;
        }
        if (d.length >= 14 && d[0] == 'B' && d[1] == 'M') {
            return ImageFormat.BMP;
        }
        return null;
    }

    static boolean isEmf(byte[] d) {
        return d.length >= 44 && d[0] == 1 && d[1] == 0 && d[2] == 0 && d[3] == 0
                && d[40] == ' ' && d[41] == 'E' && d[42] == 'M' && d[43] == 'F';
    }

    static boolean isWmf(byte[] d) {
        if (d.length < 18) {
            return false;
        }
        boolean placeable = (d[0] & 0xff) == 0xD7 && (d[1] & 0xff) == 0xCD && (d[2] & 0xff) == 0xC6
                && (d[3] & 0xff) == 0x9A;
        boolean plain = (d[0] == 1 || d[0] == 2) && d[1] == 0 && d[2] == 9 && d[3] == 0;
        return placeable || plain;
    }

    private static boolean isGzip(byte[] d) {
        return d.length > 2 && (d[0] & 0xff) == 0x1F && (d[1] & 0xff) == 0x8B;
    }

    /** Pixel size at 96 dpi when the document gives no drawn size. */
    private static double[] naturalSize(byte[] data) {
        PixelBudget.Size size = PixelBudget.size(data); // from the header: the pixels are not decoded
        if (size != null && size.width() > 0 && size.height() > 0) {
            return new double[]{size.width() * 0.75, size.height() * 0.75};
        }
        return new double[]{72, 72}; // unknown size: a one-inch square keeps the picture visible
    }
}
