package org.inkpool.docx.chart;

import org.inkpool.docx.Warnings;
import org.inkpool.docx.opc.DocxPackage;
import org.inkpool.docx.opc.Limits;
import org.inkpool.docx.style.FontNames;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.inkpool.model.InlineDrawing;
import org.inkpool.model.style.Rgb;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@code c:chart} reference into a drawing: finds the chart part, reads its cached data and paints
 * it with the theme's accent colours and minor font. Failures leave the chart out with a warning.
 */
public final class ChartLoader {
    /** Office 2013+ default accents, for documents without a theme. */
    static final List<Rgb> OFFICE_2013 = List.of(new Rgb(0x4472C4), new Rgb(0xED7D31), new Rgb(0xA5A5A5),
            new Rgb(0xFFC000), new Rgb(0x5B9BD5), new Rgb(0x70AD47));
    /** The 2007–2010 theme's accents: charts of those documents have darker text. */
    static final Rgb OFFICE_2007_ACCENT1 = new Rgb(0x4F81BD);
    private static final Rgb TEXT_2013 = new Rgb(0x595959);

    private final DocxPackage pkg;
    private final FontNames fonts;
    private final Warnings warnings;
    private List<Rgb> palette;

    public ChartLoader(DocxPackage pkg, FontNames fonts, Warnings warnings) {
        this.pkg = pkg;
        this.fonts = fonts;
        this.warnings = warnings;
    }

    /** The chart the relationship points at, drawn at width × height points; null (with a warning) on failure. */
    public InlineDrawing load(PackagePart source, String relId, double width, double height, String description) {
        if (relId == null || relId.isEmpty() || !(width > 0 && height > 0)) {
            warnings.warn("A chart without a part or a size was left out");
            return null;
        }
        try {
            PackageRelationship rel = source.getRelationship(relId);
            if (rel == null || rel.getTargetMode() == TargetMode.EXTERNAL) {
                warnings.warn("A chart refers to a missing part (" + relId + "); it was left out");
                return null;
            }
            PackagePart part = pkg.partFor(rel);
            if (part == null) {
                warnings.warn("Chart " + rel.getTargetURI() + " is missing from the package; it was left out");
                return null;
            }
            ChartData data = new ChartReader(palette()).read(DocxPackage.parse(part));
            if (data.type() == ChartData.Type.OTHER) {
                warnings.warn("Charts of kind " + data.typeName() + " are not drawn; only the chart's frame and title are shown");
            }
            double w = Math.min(width, Limits.MAX_LENGTH);
            double h = Math.min(height, Limits.MAX_LENGTH);
            String font = fonts.theme("minorHAnsi");
            Rgb text = palette().get(0).equals(OFFICE_2007_ACCENT1) ? Rgb.BLACK : TEXT_2013;
            return new InlineDrawing(w, h, ChartPainter.paint(data, w, h, font == null ? "Calibri" : font, text,
                    palette()), description);
        } catch (SAXException e) {
            if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
                warnings.warn("A chart part declares a DOCTYPE; it was left out");
            } else {
                warnings.warn("A chart part is damaged; it was left out");
            }
            return null;
        } catch (Exception e) {
            warnings.warn("A chart could not be read (" + e.getMessage() + "); it was left out");
            return null;
        }
    }

    /** accent1…accent6 of the document's theme, or Office 2013's when the theme has none. */
    private List<Rgb> palette() {
        if (palette == null) {
            palette = OFFICE_2013;
            try {
                PackagePart theme = pkg.related("theme");
                if (theme != null) {
                    List<Rgb> accents = accents(DocxPackage.parse(theme));
                    if (accents.size() == 6) {
                        palette = accents;
                    }
                }
            } catch (Exception e) {
                // the theme reader already warns about a damaged theme; charts fall back to the defaults
            }
        }
        return palette;
    }

    static List<Rgb> accents(Document theme) {
        List<Rgb> out = new ArrayList<>();
        Element scheme = descendant(theme.getDocumentElement(), "clrScheme");
        for (int i = 1; i <= 6 && scheme != null; i++) {
            Element accent = ChartReader.child(scheme, "accent" + i);
            Element srgb = ChartReader.child(accent, "srgbClr");
            Element sys = ChartReader.child(accent, "sysClr");
            Rgb c = srgb != null ? Rgb.parse(srgb.getAttribute("val"))
                    : sys != null ? Rgb.parse(sys.getAttribute("lastClr")) : null;
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private static Element descendant(Element root, String localName) {
        if (root == null) {
            return null;
        }
        if (localName.equals(root.getLocalName())) {
            return root;
        }
        for (org.w3c.dom.Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                Element found = descendant(e, localName);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
