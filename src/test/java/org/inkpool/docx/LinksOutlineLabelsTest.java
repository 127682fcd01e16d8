package org.inkpool.docx;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.inkpool.convert.ConversionListener;
import org.inkpool.convert.ConversionOptions;
import org.inkpool.convert.Engine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document with a table of contents, three heading levels, external and internal links and a roman
 * numbered front matter, converted end to end and read back with PDFBox: link annotations with their
 * address or destination and rectangle, the outline tree, page labels and the document properties.
 */
class LinksOutlineLabelsTest {

    private static final String STYLES = heading(1) + heading(2) + heading(3);
    private static final String LONG_LINK = "the example organisation's page about very long hyperlinks that "
            + "wrap from one line onto the next line of the paragraph";

    @TempDir
    static Path dir;
    static Path pdf;
    static Path bookmarksPdf;

    private static String heading(int n) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"Heading" + n + "\"><w:name w:val=\"heading " + n + "\"/>"
                + "<w:pPr><w:keepNext/><w:outlineLvl w:val=\"" + (n - 1) + "\"/></w:pPr>"
                + "<w:rPr><w:b/><w:sz w:val=\"" + (36 - 4 * n) + "\"/></w:rPr></w:style>";
    }

    private static String h(int level, String bookmark, String text) {
        return "<w:p><w:pPr><w:pStyle w:val=\"Heading" + level + "\"/></w:pPr>"
                + (bookmark == null ? "" : "<w:bookmarkStart w:id=\"" + Math.abs(bookmark.hashCode() % 1000)
                + "\" w:name=\"" + bookmark + "\"/>")
                + "<w:r><w:t>" + text + "</w:t></w:r>"
                + (bookmark == null ? "" : "<w:bookmarkEnd w:id=\"" + Math.abs(bookmark.hashCode() % 1000) + "\"/>")
                + "</w:p>";
    }

    /** A table of contents entry as Word writes it: a HYPERLINK \l field around the text and a PAGEREF. */
    private static String tocEntry(String bookmark, String text, String page) {
        return "<w:p><w:pPr><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9000\"/></w:tabs></w:pPr>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \\l \"" + bookmark + "\" </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:r><w:t>" + text + "</w:t></w:r><w:r><w:tab/></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:instrText xml:space=\"preserve\"> PAGEREF " + bookmark + " \\h </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>" + page + "</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
    }

    private static final String PAGE_BREAK = "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>";

    @BeforeAll
    static void convert() throws Exception {
        String body = TestDocx.p("Contents")
                + tocEntry("_Toc1", "Introduction", "1")
                + tocEntry("_Toc2", "Results", "2")
                + "<w:p><w:pPr><w:sectPr><w:pgNumType w:fmt=\"lowerRoman\"/></w:sectPr></w:pPr></w:p>"
                + h(1, "_Toc1", "Introduction")
                + "<w:p><w:r><w:t xml:space=\"preserve\">Read </w:t></w:r><w:hyperlink r:id=\"rIdLink\">"
                + "<w:r><w:t>" + LONG_LINK + "</w:t></w:r></w:hyperlink>"
                + "<w:r><w:t xml:space=\"preserve\"> and </w:t></w:r>"
                + "<w:hyperlink r:id=\"rIdScript\"><w:r><w:t>this one</w:t></w:r></w:hyperlink>"
                + "<w:r><w:t xml:space=\"preserve\">, then see </w:t></w:r>"
                + "<w:hyperlink w:anchor=\"results\"><w:r><w:t>the results</w:t></w:r></w:hyperlink>"
                + "<w:r><w:t xml:space=\"preserve\"> or mail </w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"mailto:team@example.org\" </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>the team</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>.</w:t></w:r></w:p>"
                + h(2, "Background_notes", "Background")
                + h(3, null, "Earlier work")
                + h(3, null, "Open questions")
                + h(2, null, "Method")
                + PAGE_BREAK
                + "<w:bookmarkStart w:id=\"7\" w:name=\"results\"/><w:bookmarkEnd w:id=\"7\"/>"
                + h(1, "_Toc2", "Results")
                + TestDocx.p("All went well.")
                + "<w:sectPr><w:pgNumType w:start=\"1\"/></w:sectPr>";
        Path docx = TestDocx.body(body).styles(STYLES).info("Navigation sample", "Ada Lovelace")
                .hyperlink("rIdLink", "https://example.org/long")
                .hyperlink("rIdScript", "javascript:alert(1)")
                .write(dir, "navigation.docx");
        pdf = dir.resolve("navigation.pdf");
        Engine.converter().convert(docx, pdf, ConversionListener.NONE);
        bookmarksPdf = dir.resolve("navigation-bookmarks.pdf");
        Engine.converter().convert(docx, bookmarksPdf, ConversionListener.NONE, new ConversionOptions(false, true, true));
    }

    @Test
    void externalLinkCoversItsTextOnEachLineItRunsOver() throws IOException {
        try (PDDocument pd = Loader.loadPDF(pdf.toFile())) {
            List<PDAnnotationLink> links = links(pd.getPage(1), "https://example.org/long");
            assertThat(links).as("the long link wraps: one area per line").hasSize(2);
            List<TextPosition> glyphs = glyphs(pd, 2);
            float height = pd.getPage(1).getMediaBox().getHeight();
            for (String word : List.of("organisation's", "paragraph")) {
                TextPosition g = first(glyphs, word);
                float x = g.getXDirAdj() + g.getWidthDirAdj() / 2;
                float y = height - g.getYDirAdj() + g.getHeightDir() / 2;
                assertThat(links).as(word + " lies in a link area")
                        .anyMatch(l -> contains(l.getRectangle(), x, y));
            }
            TextPosition read = first(glyphs, "Read");
            float rx = read.getXDirAdj() + read.getWidthDirAdj() / 2;
            float ry = height - read.getYDirAdj() + read.getHeightDir() / 2;
            assertThat(links).as("text before the link is not clickable")
                    .noneMatch(l -> contains(l.getRectangle(), rx, ry));
            PDRectangle firstLine = links.get(0).getRectangle();
            assertThat(firstLine.getLowerLeftX()).isGreaterThan(read.getXDirAdj() + read.getWidthDirAdj());
        }
    }

    @Test
    void onlyWebAndMailAddressesAreClickable() throws IOException {
        try (PDDocument pd = Loader.loadPDF(pdf.toFile())) {
            List<String> uris = new ArrayList<>();
            for (PDPage page : pd.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
            assertThat(uris).contains("https://example.org/long", "mailto:team@example.org")
                    .noneMatch(u -> u.startsWith("javascript"));
        }
    }

    @Test
    void internalLinksAndTableOfContentsLeadToTheirHeadings() throws IOException {
        try (PDDocument pd = Loader.loadPDF(pdf.toFile())) {
            List<PDAnnotationLink> toc = internal(pd.getPage(0));
            assertThat(toc).as("each entry is one area from its text to its page number").hasSize(2);
            assertThat(pageOf(pd, toc.get(0))).isEqualTo(1);
            assertThat(pageOf(pd, toc.get(1))).isEqualTo(2);
            PDRectangle entry = toc.get(0).getRectangle();
            assertThat(entry.getWidth()).as("the entry reaches its right-aligned page number").isGreaterThan(400);

            List<PDAnnotationLink> inText = internal(pd.getPage(1));
            assertThat(inText).hasSize(1);
            assertThat(pageOf(pd, inText.get(0))).isEqualTo(2);
            PDPageXYZDestination d = (PDPageXYZDestination) inText.get(0).getDestination();
            float height = pd.getPage(2).getMediaBox().getHeight();
            TextPosition results = first(glyphs(pd, 3), "Results");
            assertThat((float) d.getTop()).as("the view opens at the heading's line")
                    .isBetween(height - results.getYDirAdj(), height - results.getYDirAdj() + 40);
        }
    }

    @Test
    void outlineNestsThreeHeadingLevels() throws IOException {
        try (PDDocument pd = Loader.loadPDF(pdf.toFile())) {
            assertThat(dump(pd.getDocumentCatalog().getDocumentOutline(), "")).isEqualTo("""
                    Introduction @2
                      Background @2
                        Earlier work @2
                        Open questions @2
                      Method @2
                    Results @3
                    """);
        }
    }

    @Test
    void outlineFromWordBookmarksListsTheVisibleOnesInDocumentOrder() throws IOException {
        try (PDDocument pd = Loader.loadPDF(bookmarksPdf.toFile())) {
            // _Toc1 and _Toc2 are hidden bookmarks (Word's own), left out as Word leaves them out
            assertThat(dump(pd.getDocumentCatalog().getDocumentOutline(), "")).isEqualTo("""
                    Background_notes @2
                    results @3
                    """);
        }
    }

    @Test
    void pageLabelsFollowTheSectionsNumbering() throws IOException {
        try (PDDocument pd = Loader.loadPDF(pdf.toFile())) {
            String[] labels = pd.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            assertThat(labels).containsExactly("i", "1", "2");
        }
    }

    @Test
    void documentPropertiesAndXmpAreWritten() throws IOException {
        try (PDDocument pd = Loader.loadPDF(pdf.toFile())) {
            assertThat(pd.getDocumentInformation().getTitle()).isEqualTo("Navigation sample");
            assertThat(pd.getDocumentInformation().getAuthor()).isEqualTo("Ada Lovelace");
            assertThat(pd.getDocumentInformation().getProducer()).startsWith("Inkpool");
            String xmp = new String(pd.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("Navigation sample", "Ada Lovelace", "<xmp:CreateDate>");
        }
    }

    /** The outline as indented lines "title @page". */
    static String dump(PDOutlineNode node, String indent) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (PDOutlineItem item : node.children()) {
            PDPageXYZDestination d = (PDPageXYZDestination) item.getDestination();
            sb.append(indent).append(item.getTitle()).append(" @").append(d.retrievePageNumber() + 1).append('\n');
            sb.append(dump(item, indent + "  "));
        }
        return sb.toString();
    }

    private static int pageOf(PDDocument pd, PDAnnotationLink link) throws IOException {
        return pd.getPages().indexOf(((PDPageXYZDestination) link.getDestination()).getPage());
    }

    private static List<PDAnnotationLink> links(PDPage page, String uri) throws IOException {
        List<PDAnnotationLink> out = new ArrayList<>();
        for (PDAnnotation a : page.getAnnotations()) {
            if (a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionURI u && uri.equals(u.getURI())) {
                out.add(l);
            }
        }
        return out;
    }

    private static List<PDAnnotationLink> internal(PDPage page) throws IOException {
        List<PDAnnotationLink> out = new ArrayList<>();
        for (PDAnnotation a : page.getAnnotations()) {
            if (a instanceof PDAnnotationLink l && l.getDestination() != null) {
                out.add(l);
            }
        }
        return out;
    }

    private static boolean contains(PDRectangle r, float x, float y) {
        return x >= r.getLowerLeftX() && x <= r.getUpperRightX() && y >= r.getLowerLeftY() && y <= r.getUpperRightY();
    }

    /** The first glyph of the first occurrence of {@code word} on the page's text. */
    private static TextPosition first(List<TextPosition> glyphs, String word) {
        StringBuilder text = new StringBuilder();
        for (TextPosition g : glyphs) {
            text.append(g.getUnicode().charAt(0));
        }
        int at = text.indexOf(word);
        assertThat(at).as(word + " is on the page").isGreaterThanOrEqualTo(0);
        return glyphs.get(at);
    }

    private static List<TextPosition> glyphs(PDDocument pd, int pageNumber) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                all.add(text);
            }
        };
        stripper.setStartPage(pageNumber);
        stripper.setEndPage(pageNumber);
        stripper.getText(pd);
        return all;
    }
}
