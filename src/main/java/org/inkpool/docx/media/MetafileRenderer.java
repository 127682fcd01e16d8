package org.inkpool.docx.media;

import org.apache.poi.hemf.usermodel.HemfPicture;
import org.apache.poi.hwmf.usermodel.HwmfPicture;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/** Rasterises EMF and WMF pictures to PNG with POI's metafile renderers. */
final class MetafileRenderer {
    private static final double DPI = 150;
    /** Longest side in pixels: a wall-sized metafile must not take the worker's heap. */
    private static final int MAX_SIDE = 3000;

    private MetafileRenderer() {
    }

    /**
     * Renders the metafile at about 150 dpi for the given drawn size (points; 0 = the picture's own size).
     *
     * @return PNG bytes
     * @throws IOException when the metafile cannot be parsed or drawn
     */
    static byte[] toPng(byte[] data, boolean emf, double widthPt, double heightPt) throws IOException {
        try {
            Dimension2D size;
            Drawer drawer;
            if (emf) {
                HemfPicture pic = new HemfPicture(new ByteArrayInputStream(data));
                size = pic.getSize();
                drawer = pic::draw;
            } else {
                HwmfPicture pic = new HwmfPicture(new ByteArrayInputStream(data));
                size = pic.getSize();
                drawer = pic::draw;
            }
            double w = widthPt > 0 ? widthPt : size.getWidth();
            double h = heightPt > 0 ? heightPt : size.getHeight();
            if (!(w > 0 && h > 0) || !Double.isFinite(w) || !Double.isFinite(h)) {
                throw new IOException("metafile has no size");
            }
            double scale = DPI / 72.0;
            double longest = Math.max(w, h) * scale;
            if (longest > MAX_SIDE) {
                scale *= MAX_SIDE / longest;
            }
            int pw = Math.max(1, (int) Math.round(w * scale));
            int ph = Math.max(1, (int) Math.round(h * scale));
            BufferedImage img = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                drawer.draw(g, new Rectangle2D.Double(0, 0, pw, ph));
            } finally {
                g.dispose();
            }
            return PngEncoder.encode(img);
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            // POI's renderers meet every oddity of real metafiles; one bad picture must not stop the document
            throw new IOException("metafile could not be drawn: " + e, e);
        }
    }

    @FunctionalInterface
    private interface Drawer {
        void draw(Graphics2D g, Rectangle2D bounds);
    }
}
