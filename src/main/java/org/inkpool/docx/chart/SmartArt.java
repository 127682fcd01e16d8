package org.inkpool.docx.chart;

import org.inkpool.docx.ReadContext;
import org.inkpool.docx.opc.DocxPackage;
import org.inkpool.docx.opc.Limits;
import org.inkpool.docx.opc.Ooxml;
import org.inkpool.docx.style.ParaStyle;
import org.inkpool.docx.style.RunStyle;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.inkpool.model.style.Alignment;
import org.inkpool.model.Block;
import org.inkpool.model.Break;
import org.inkpool.model.Inline;
import org.inkpool.model.Paragraph;
import org.inkpool.model.style.RunProps;
import org.inkpool.model.TextRun;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a SmartArt diagram (a w:drawing whose graphic is dgm:relIds), as paragraphs shown after
 * the anchor paragraph, the way text boxes are. The diagram's cached drawing part (what Word last drew:
 * dsp:sp shapes with DrawingML text) gives the shapes' text in drawing order; a diagram without one
 * falls back to the text of its data model's nodes. The shapes themselves are not drawn.
 */
public final class SmartArt {
    private static final String DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram";
    private static final String DSP = "http://schemas.microsoft.com/office/drawing/2008/diagram";
    private static final String DRAWING_REL = "/diagramDrawing";
    /** A diagram is a few dozen shapes; more is hostile or broken and is cut off. */
    private static final int MAX_PARAGRAPHS = 2000;

    private final ReadContext ctx;

    public SmartArt(ReadContext ctx) {
        this.ctx = ctx;
    }

    /** The diagram's paragraphs; empty (with a warning) when its parts cannot be read. */
    public List<Block> read(Element relIds) {
        try {
            org.w3c.dom.Document data = part(Ooxml.attr(relIds, Ooxml.R, "dm"));
            org.w3c.dom.Document drawing = data == null ? null : drawingOf(data);
            List<Block> out = new ArrayList<>();
            if (drawing != null) {
                for (Element txBody : all(drawing.getDocumentElement(), DSP, "txBody")) {
                    paragraphs(txBody, out);
                }
            } else if (data != null) {
                for (Element pt : all(data.getDocumentElement(), DGM, "pt")) {
                    String type = pt.getAttribute("type");
                    if (type.isEmpty() || type.equals("node")) {
                        for (Element t : children(pt, DGM, "t")) {
                            paragraphs(t, out);
                        }
                    }
                }
            }
            if (!out.isEmpty()) {
                ctx.warnings.warn("SmartArt diagrams are shown as their text, without their shapes");
            } else if (data == null) {
                ctx.warnings.warn("A SmartArt diagram's parts are missing; it was left out");
            }
            return out;
        } catch (Exception e) {
            ctx.warnings.warn("A SmartArt diagram could not be read; it was left out");
            return List.of();
        }
    }

    /** The cached drawing: named by the data model's dsp:dataModelExt, a relationship of the document part. */
    private org.w3c.dom.Document drawingOf(org.w3c.dom.Document data) throws Exception {
        for (Element ext : all(data.getDocumentElement(), DSP, "dataModelExt")) {
            String relId = ext.getAttribute("relId");
            if (!relId.isEmpty()) {
                PackageRelationship rel = ctx.part.getRelationship(relId);
                if (rel != null && rel.getRelationshipType().endsWith(DRAWING_REL)) {
                    return parse(rel);
                }
            }
        }
        return null;
    }

    private org.w3c.dom.Document part(String relId) throws Exception {
        if (relId == null || relId.isEmpty()) {
            return null;
        }
        PackageRelationship rel = ctx.part.getRelationship(relId);
        return rel == null ? null : parse(rel);
    }

    private org.w3c.dom.Document parse(PackageRelationship rel) throws Exception {
        if (rel.getTargetMode() == TargetMode.EXTERNAL) {
            return null;
        }
        PackagePart part = ctx.pkg.partFor(rel);
        return part == null ? null : DocxPackage.parse(part);
    }

    /** The a:p paragraphs of a text body, skipping empty ones (most diagram shapes are connectors without text). */
    private void paragraphs(Element txBody, List<Block> out) {
        for (Element p : Ooxml.children(txBody)) {
            if (Ooxml.is(p, Ooxml.A, "p") && out.size() < MAX_PARAGRAPHS && !p.getTextContent().isBlank()) {
                out.add(paragraph(p));
            }
        }
    }

    private Paragraph paragraph(Element p) {
        String styleId = ctx.styles.paragraphStyleOrDefault(null);
        ParaStyle props = ctx.styles.paragraphBase(null, styleId);
        props.styleId = styleId;
        props.numId = null;
        Element pPr = Ooxml.child(p, Ooxml.A, "pPr");
        props.alignment = alignment(pPr == null ? "" : pPr.getAttribute("algn"));
        props.left = 0.0;
        props.right = 0.0;
        props.firstLine = 0.0;
        props.leftChars = null;
        props.rightChars = null;
        props.firstLineChars = null;
        RunStyle base = ctx.styles.runBase(null, styleId, null);
        RunProps mark = base.resolve(ctx.fonts);
        List<Inline> inlines = new ArrayList<>();
        for (Element c : Ooxml.children(p)) {
            if (Ooxml.is(c, Ooxml.A, "r") || Ooxml.is(c, Ooxml.A, "fld")) {
                Element t = Ooxml.child(c, Ooxml.A, "t");
                if (t != null && !t.getTextContent().isEmpty()) {
                    inlines.add(new TextRun(t.getTextContent(), run(base, Ooxml.child(c, Ooxml.A, "rPr"))));
                }
            } else if (Ooxml.is(c, Ooxml.A, "br")) {
                inlines.add(new Break(Break.Kind.LINE, mark));
            }
        }
        double charUnit = base.size == null ? 10 : base.size;
        return new Paragraph(props.resolve(charUnit, ctx.defaultTabStop), inlines, null, mark);
    }

    /**
     * A DrawingML run's formatting over the document's default paragraph font. Its colour is not taken:
     * it is chosen for the shape's fill, which is not drawn here (white text would vanish on the page).
     */
    private RunProps run(RunStyle base, Element rPr) {
        RunStyle s = base.copy();
        s.charStyle = null;
        if (rPr != null) {
            Double size = Ooxml.measure(rPr.getAttribute("sz").isEmpty() ? null : rPr.getAttribute("sz"), 100);
            if (size != null && size > 0) {
                s.size = Limits.length(size);
            }
            if (!rPr.getAttribute("b").isEmpty()) {
                s.bold = on(rPr.getAttribute("b"));
            }
            if (!rPr.getAttribute("i").isEmpty()) {
                s.italic = on(rPr.getAttribute("i"));
            }
            String u = rPr.getAttribute("u");
            if (!u.isEmpty()) {
                s.underline = u.equals("none") ? RunProps.Underline.NONE : RunProps.Underline.SINGLE;
            }
            String strike = rPr.getAttribute("strike");
            if (!strike.isEmpty()) {
                s.strike = !strike.equals("noStrike");
            }
            Element latin = Ooxml.child(rPr, Ooxml.A, "latin");
            String face = latin == null ? "" : latin.getAttribute("typeface");
            if (!face.isEmpty() && !face.startsWith("+")) {
                s.fonts[0] = face;
                s.fonts[1] = face;
                s.themeFonts[0] = null;
                s.themeFonts[1] = null;
            }
        }
        return s.resolve(ctx.fonts);
    }

    private static boolean on(String v) {
        return v.equals("1") || v.equals("true") || v.equals("on");
    }

    private static Alignment alignment(String algn) {
        return switch (algn) {
            case "ctr" -> Alignment.CENTER;
            case "r" -> Alignment.RIGHT;
            case "just" -> Alignment.JUSTIFY;
            case "dist", "thaiDist" -> Alignment.DISTRIBUTE;
            default -> Alignment.LEFT;
        };
    }

    private static List<Element> children(Element parent, String ns, String name) {
        List<Element> out = new ArrayList<>();
        for (Element c : Ooxml.children(parent)) {
            if (ns.equals(c.getNamespaceURI()) && name.equals(c.getLocalName())) {
                out.add(c);
            }
        }
        return out;
    }

    /** Descendants with this namespace and name, in document order. */
    private static List<Element> all(Element root, String ns, String name) {
        List<Element> out = new ArrayList<>();
        collect(root, ns, name, out, 0);
        return out;
    }

    private static void collect(Element e, String ns, String name, List<Element> out, int depth) {
        if (depth > ReadContext.MAX_DEPTH) {
            return;
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                if (ns.equals(c.getNamespaceURI()) && name.equals(c.getLocalName())) {
                    out.add(c);
                } else {
                    collect(c, ns, name, out, depth + 1);
                }
            }
        }
    }
}
