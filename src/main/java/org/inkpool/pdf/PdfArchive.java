package org.inkpool.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * What PDF/A-2b asks beyond an ordinary Inkpool PDF: an output intent naming the colour space the
 * device-dependent colours (our DeviceRGB text, rules and pictures) mean — sRGB, with the JDK's own
 * sRGB ICC profile embedded. Fonts are always embedded and nothing is encrypted; the XMP identification
 * is written with the metadata.
 */
final class PdfArchive {

    /** The JDK's sRGB profile: read once, 3 KB. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfArchive() {
    }

    static void addOutputIntent(PDDocument pdf) throws IOException {
        PDOutputIntent intent = new PDOutputIntent(pdf, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        pdf.getDocumentCatalog().addOutputIntent(intent);
    }
}
