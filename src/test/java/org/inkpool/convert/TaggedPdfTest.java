package org.inkpool.convert;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.inkpool.docx.TestDocx;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document with headings, a list, a table with a header row, a described picture, a link, a right-to-left
 * paragraph and a header and footer, converted end to end: its structure tree has the roles in reading
 * order, the header and footer are artifacts, the right-to-left line reads in logical order through
 * /ActualText, and veraPDF finds no PDF/UA-1 rule broken.
 */
class TaggedPdfTest {

    private static final String W_NS = TestDocx.W;
    private static final String HEBREW = "שלום עולם";

    @TempDir
    static Path dir;
    static Path pdf;
    static Path untagged;
    static Path archival;

    private static String heading(int n) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"Heading" + n + "\"><w:name w:val=\"heading " + n + "\"/>"
                + "<w:pPr><w:keepNext/><w:outlineLvl w:val=\"" + (n - 1) + "\"/></w:pPr></w:style>";
    }

    private static String h(int level, String text) {
        return "<w:p><w:pPr><w:pStyle w:val=\"Heading" + level + "\"/></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static String item(String text) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
                + "<w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static String cell(String text) {
        return "<w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/><w:tcBorders><w:top w:val=\"single\" w:sz=\"4\"/>"
                + "<w:bottom w:val=\"single\" w:sz=\"4\"/></w:tcBorders></w:tcPr>" + TestDocx.p(text) + "</w:tc>";
    }

    private static final String NUMBERING = "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\">"
            + "<w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/>"
            + "<w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";

    /** The document's language: /Lang, which PDF/UA asks for, comes from it. */
    private static final String LANGUAGE = "<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val=\"en-GB\"/>"
            + "</w:rPr></w:rPrDefault></w:docDefaults>";

    /**
     * Rules the tagged output breaks on purpose, with the reason: we do not claim PDF/UA conformance in the
     * XMP (pdfuaid), since a document's pictures may lack the alternative text PDF/UA requires.
     */
    private static final List<String> NOT_CLAIMED = List.of("5-1");

    @BeforeAll
    static void convert() throws Exception {
        String picture = "<w:drawing><wp:inline><wp:extent cx=\"1270000\" cy=\"635000\"/>"
                + "<wp:docPr id=\"1\" name=\"p\" descr=\"A bar chart of sales\"/><a:graphic><a:graphicData "
                + "uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:blipFill>"
                + "<a:blip r:embed=\"rIdImg0\"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline>"
                + "</w:drawing>";
        String body = h(1, "Annual report")
                + TestDocx.p("An opening paragraph.")
                + h(2, "Highlights")
                + item("First point") + item("Second point")
                + "<w:tbl><w:tblPr><w:tblW w:w=\"6000\" w:type=\"dxa\"/></w:tblPr>"
                + "<w:tblGrid><w:gridCol w:w=\"3000\"/><w:gridCol w:w=\"3000\"/></w:tblGrid>"
                + "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + cell("Region") + cell("Sales") + "</w:tr>"
                + "<w:tr>" + cell("North") + cell("12") + "</w:tr></w:tbl>"
                + "<w:p><w:r>" + picture + "</w:r></w:p>"
                + "<w:p><w:r><w:t xml:space=\"preserve\">See </w:t></w:r><w:hyperlink r:id=\"rIdLink\">"
                + "<w:r><w:t>our site</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:bidi/></w:pPr><w:r><w:rPr><w:rtl/></w:rPr><w:t>" + HEBREW + "</w:t></w:r></w:p>"
                + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH\"/>"
                + "<w:footerReference w:type=\"default\" r:id=\"rIdF\"/></w:sectPr>";
        String header = "<w:hdr xmlns:w=\"" + W_NS + "\"><w:p><w:r><w:t>Running head</w:t></w:r></w:p></w:hdr>";
        String footer = "<w:ftr xmlns:w=\"" + W_NS + "\"><w:p><w:r><w:t xml:space=\"preserve\">Page </w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:ftr>";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        String ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        Path docx = TestDocx.body(body).styles(LANGUAGE + heading(1) + heading(2)).numbering(NUMBERING)
                .info("Tagged sample", "Ada Lovelace").image(png())
                .hyperlink("rIdLink", "https://example.org/")
                .part("/word/header1.xml", ct + "header+xml", rel + "header", "rIdH", header)
                .part("/word/footer1.xml", ct + "footer+xml", rel + "footer", "rIdF", footer)
                .write(dir, "tagged.docx");
        pdf = dir.resolve("tagged.pdf");
        Engine.converter().convert(docx, pdf, ConversionListener.NONE, new ConversionOptions(false, true));
        untagged = dir.resolve("untagged.pdf");
        Engine.converter().convert(docx, untagged, ConversionListener.NONE, new ConversionOptions(false, false));
        archival = dir.resolve("archival.pdf");
        Engine.converter().convert(docx, archival, ConversionListener.NONE, new ConversionOptions(true, true));
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void structureTreeHasTheRolesInReadingOrder() throws Exception {
        try (PDDocument pd = Loader.loadPDF(pdf.toFile())) {
            assertThat(pd.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            PDStructureTreeRoot root = pd.getDocumentCatalog().getStructureTreeRoot();
            COSDictionary document = (COSDictionary) root.getCOSObject().getDictionaryObject(COSName.K);
            assertThat(document.getNameAsString(COSName.S)).isEqualTo("Document");
            List<String> outline = new ArrayList<>();
            walk(document, 0, outline);
            assertThat(outline).containsSubsequence(
                    "1 H1", "1 P", "1 H2",
                    "1 L", "2 LI", "3 LBody", "2 LI", "3 LBody",
                    "1 Table", "2 TR", "3 TH", "4 P", "3 TH", "4 P", "2 TR", "3 TD", "4 P", "3 TD", "4 P",
                    "1 P", "2 Figure[A bar chart of sales]",
                    "1 P", "2 Link");
            assertThat(outline).as("one list of two items").filteredOn(s -> s.endsWith(" L")).hasSize(1);
        }
    }

    /** Depth, type and (for figures) alt text of every element, depth first. */
    private static void walk(COSDictionary element, int depth, List<String> out) {
        COSBase kids = element.getDictionaryObject(COSName.K);
        List<COSBase> list = new ArrayList<>();
        if (kids instanceof COSArray array) {
            array.forEach(k -> list.add(k instanceof org.apache.pdfbox.cos.COSObject o ? o.getObject() : k));
        } else if (kids != null) {
            list.add(kids);
        }
        for (COSBase kid : list) {
            if (kid instanceof COSDictionary d && COSName.getPDFName("StructElem").equals(d.getCOSName(COSName.TYPE))) {
                String alt = d.getString(COSName.ALT);
                out.add((depth + 1) + " " + d.getNameAsString(COSName.S) + (alt == null ? "" : "[" + alt + "]"));
                walk(d, depth + 1, out);
            }
        }
    }

    @Test
    void headerAndFooterAreArtifacts() throws Exception {
        try (PDDocument pd = Loader.loadPDF(pdf.toFile())) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(pd.getPage(0));
            List<String> artifacts = new ArrayList<>();
            List<String> tagged = new ArrayList<>();
            for (PDMarkedContent mc : extractor.getMarkedContents()) {
                (("Artifact".equals(mc.getTag())) ? artifacts : tagged).add(text(mc));
            }
            assertThat(String.join("|", artifacts)).contains("Running head").contains("Page 1");
            assertThat(String.join("|", tagged)).doesNotContain("Running head").contains("An opening paragraph");
        }
    }

    private static String text(PDMarkedContent mc) {
        StringBuilder s = new StringBuilder();
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t) {
                s.append(t.getUnicode());
            } else if (o instanceof PDMarkedContent inner) {
                s.append(text(inner));
            }
        }
        return s.toString();
    }

    /**
     * A paragraph running over a page break is one P element (by default, options unspecified): its content
     * on its own page is a bare MCID, on the next page a marked-content reference naming that page, and the
     * next page's parent tree entry leads back to the same element.
     */
    @Test
    void aParagraphOverAPageBreakIsOneElement() throws Exception {
        Path docx = TestDocx.body(TestDocx.p("word ".repeat(1500).trim())).styles(LANGUAGE).write(dir, "long.docx");
        Path out = dir.resolve("long.pdf");
        Engine.converter().convert(docx, out, ConversionListener.NONE);
        try (PDDocument pd = Loader.loadPDF(out.toFile())) {
            assertThat(pd.getNumberOfPages()).isGreaterThan(1);
            PDStructureTreeRoot root = pd.getDocumentCatalog().getStructureTreeRoot();
            assertThat(root).as("tagged by default").isNotNull();
            COSDictionary document = (COSDictionary) root.getCOSObject().getDictionaryObject(COSName.K);
            List<String> outline = new ArrayList<>();
            walk(document, 0, outline);
            assertThat(outline).containsExactly("1 P");

            COSDictionary p = (COSDictionary) document.getDictionaryObject(COSName.K);
            assertThat(p.getDictionaryObject(COSName.PG)).isSameAs(pd.getPage(0).getCOSObject());
            COSArray kids = (COSArray) p.getDictionaryObject(COSName.K);
            assertThat(kids.getObject(0)).isInstanceOf(org.apache.pdfbox.cos.COSInteger.class);
            COSDictionary mcr = (COSDictionary) kids.getObject(1);
            assertThat(mcr.getNameAsString(COSName.TYPE)).isEqualTo("MCR");
            assertThat(mcr.getDictionaryObject(COSName.PG)).isSameAs(pd.getPage(1).getCOSObject());

            COSArray nums = (COSArray) ((COSDictionary) root.getCOSObject().getDictionaryObject(COSName.PARENT_TREE))
                    .getDictionaryObject(COSName.NUMS);
            int second = pd.getPage(1).getStructParents();
            COSBase owner = null;
            for (int i = 0; i < nums.size(); i += 2) {
                if (((org.apache.pdfbox.cos.COSInteger) nums.getObject(i)).intValue() == second) {
                    owner = ((COSArray) nums.getObject(i + 1)).getObject(mcr.getInt(COSName.MCID));
                }
            }
            assertThat(owner).isSameAs(p);
        }
    }

    @Test
    void untaggedOutputHasNoStructure() throws Exception {
        try (PDDocument pd = Loader.loadPDF(untagged.toFile())) {
            assertThat(pd.getDocumentCatalog().getStructureTreeRoot()).isNull();
        }
    }

    /** Tagged and archival: the file claims PDF/A-2a (accessible), and veraPDF's 2a profile agrees. */
    @Test
    void taggedPdfAIsPdfA2a() throws Exception {
        try (PDDocument pd = Loader.loadPDF(archival.toFile())) {
            org.apache.xmpbox.XMPMetadata xmp = new org.apache.xmpbox.xml.DomXmpParser()
                    .parse(pd.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("A");
        }
        assertThat(PdfValidation.failures(archival, PDFAFlavour.PDFA_2_A)).isEmpty();
    }

    @Test
    void noPdfUa1RuleIsBroken() throws Exception {
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1))
                .filteredOn(rule -> NOT_CLAIMED.stream().noneMatch(id -> rule.startsWith(id + ":")))
                .isEmpty();
    }
}
