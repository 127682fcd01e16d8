package org.inkpool.docx.body;

import org.inkpool.docx.Corpus;
import org.inkpool.docx.DocxReader;
import org.inkpool.docx.ModelDump;
import org.inkpool.docx.Models;
import org.inkpool.docx.TestDocx;
import org.inkpool.docx.WholeDomBody;
import org.inkpool.docx.opc.Ooxml;
import org.inkpool.docx.opc.SecureXml;
import org.inkpool.model.Document;
import org.inkpool.model.Paragraph;
import org.inkpool.model.UnreadableDocumentException;
import org.inkpool.model.UnreadableDocumentException.Reason;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The main part is streamed one top-level block at a time; the model must be the one a whole DOM gave
 * ({@link WholeDomBody}), with the same warnings and the same failures.
 */
class StreamedBodyTest {
    private static final String NAMESPACES = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
            + " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\""
            + " mc:Ignorable=\"w14\"";
    private static final String DOCTYPE_REFUSED =
            "The document contains a DOCTYPE declaration (external entities are refused)";

    @TempDir
    Path dir;

    /** What one way of reading made of a file: the model and warnings, or the failure. */
    private record Outcome(String model, List<String> warnings, String failure) {
    }

    private static Outcome read(Path file, BodySource source) {
        List<String> warnings = new ArrayList<>();
        try {
            Document d = new DocxReader(RevisionView.ALL_MARKUP, source).read(file, warnings::add);
            return new Outcome(ModelDump.of(d), warnings, null);
        } catch (UnreadableDocumentException e) {
            return new Outcome(null, warnings, e.reason() + ": " + e.getMessage());
        }
    }

    private static Outcome streamed(Path file) {
        return read(file, StreamedBody.INSTANCE);
    }

    private static Outcome whole(Path file) {
        return read(file, new WholeDomBody());
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusDocumentReadsAsFromAWholeDom() throws IOException {
        Path corpus = Corpus.root();
        assumeTrue(Files.isDirectory(corpus.resolve("docx")), "corpus absent");
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("docx", "bad")) {
            try (Stream<Path> s = Files.list(corpus.resolve(folder))) {
                s.filter(f -> f.getFileName().toString().matches(".*\\.doc[xm]$")).sorted().forEach(files::add);
            }
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Outcome streamed = streamed(f);
            Outcome whole = whole(f);
            assertThat(streamed.failure()).isEqualTo(whole.failure());
            assertThat(streamed.warnings()).isEqualTo(whole.warnings());
            // compared as lines, so a difference shows where it is
            assertThat(lines(streamed.model())).containsExactlyElementsOf(lines(whole.model()));
        }));
    }

    private static List<String> lines(String model) {
        return model == null ? List.of() : model.lines().toList();
    }

    /** A main part with the markup a streamed reader could get wrong, read both ways. */
    @Test
    void unusualMarkupReadsAsFromAWholeDom() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<!-- written by hand --><?some-tool keep?>\n"
                + "<w:document " + NAMESPACES + ">\n"
                + "  <w:background w:color=\"FF0000\"/>\n"
                + "  <w:body>\n"
                + "    <w:p><w:r><w:t xml:space=\"preserve\">  two spaces &amp; &lt;tags&gt; </w:t></w:r>"
                + "<!-- a comment in a paragraph --><w:r><w:t><![CDATA[cdata <b>]]> after</w:t></w:r></w:p>\n"
                + "    <mc:AlternateContent><mc:Choice Requires=\"wps\">"
                + "<w:p><w:r><w:t>choice</w:t></w:r></w:p></mc:Choice>"
                + "<mc:Fallback><w:p><w:r><w:t>fallback</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent>\n"
                + "    <w:p><w:pPr><w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
                + "</w:sectPr></w:pPr><w:r><w:t>end of the first section</w:t></w:r></w:p>\n"
                + "    <w:tbl><w:tblGrid><w:gridCol w:w=\"2000\"/></w:tblGrid>"
                + "<w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\n"
                + "    <w:sdt><w:sdtContent><w:p xmlns:x=\"urn:x\" x:note=\"own namespace\"><w:r><w:t>in sdt</w:t>"
                + "</w:r></w:p></w:sdtContent></w:sdt>\n"
                + "    <w:sectPr><w:pgSz w:w=\"12240\" w:h=\"15840\"/></w:sectPr>\n"
                + "    <w:p><w:r><w:t>after the body's sectPr</w:t></w:r></w:p>\n"
                + "  </w:body>\n"
                + "  <w:body><w:p><w:r><w:t>second body</w:t></w:r></w:p></w:body>\n"
                + "</w:document>";
        Path file = withMainPart(xml, "unusual.docx");

        Outcome streamed = streamed(file);
        assertThat(streamed).isEqualTo(whole(file));
        Document d = new DocxReader().read(file);
        assertThat(d.sections()).hasSize(2);
        assertThat(d.sections().get(0).page().width()).isGreaterThan(d.sections().get(0).page().height());
        assertThat(d.sections().get(1).page().width()).isLessThan(d.sections().get(1).page().height());
        List<String> texts = Models.blocks(d).stream()
                .filter(b -> b instanceof Paragraph).map(b -> Models.text((Paragraph) b)).toList();
        // the Choice's "wps" prefix is declared on w:document only: found through the block's ancestors
        assertThat(texts).containsExactly("  two spaces & <tags> cdata <b> after", "choice",
                "end of the first section", "in sdt", "after the body's sectPr");
    }

    @Test
    void aMainPartWithoutBodyFailsAsBefore() throws Exception {
        Path file = withMainPart("<w:document " + NAMESPACES + "><w:background/></w:document>", "bodiless.docx");
        assertThat(streamed(file).failure()).isEqualTo("CORRUPT: The main document part has no body");
        assertThat(streamed(file)).isEqualTo(whole(file));
    }

    @Test
    void aDoctypeInTheMainPartIsRefusedAsBefore() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
        Path file = withMainPart("<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<w:document " + NAMESPACES + "><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body>"
                + "</w:document>", "doctype.docx");
        assertThat(streamed(file).failure()).isEqualTo("CORRUPT: " + DOCTYPE_REFUSED);
        assertThat(streamed(file)).isEqualTo(whole(file));
    }

    @Test
    void aDoctypeInAPartReadWhileStreamingIsRefusedAsBefore() throws Exception {
        Path good = TestDocx.body(TestDocx.p("x"))
                .styles("<w:style w:type=\"paragraph\" w:styleId=\"A\"/>").write(dir, "good.docx");
        Path file = TestDocx.replaceEntry(good, "word/styles.xml",
                xml -> xml.replaceFirst("<w:styles", "<!DOCTYPE w:styles [<!ENTITY e \"e\">]><w:styles"),
                dir.resolve("styles-doctype.docx"));
        assertThat(streamed(file).failure()).isEqualTo("CORRUPT: " + DOCTYPE_REFUSED);
        assertThat(streamed(file)).isEqualTo(whole(file));
    }

    @Test
    void aDoctypeInAHeaderReadForABlockIsRefusedAsBefore() throws Exception {
        // the first section's header is read while its paragraph is handed over, inside the streaming parse
        String sectionBreak = "<w:p><w:pPr><w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH\"/>"
                + "</w:sectPr></w:pPr><w:r><w:t>first section</w:t></w:r></w:p>";
        Path file = TestDocx.body(sectionBreak + TestDocx.p("second section"))
                .part("/word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
                        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header", "rIdH",
                        "<!DOCTYPE w:hdr [<!ENTITY e \"e\">]><w:hdr " + NAMESPACES + "><w:p/></w:hdr>")
                .write(dir, "header-doctype.docx");
        assertThat(streamed(file).failure()).isEqualTo("CORRUPT: " + DOCTYPE_REFUSED);
        assertThat(streamed(file)).isEqualTo(whole(file));
    }

    @Test
    void damagedXmlAfterSomeBlocksFailsAsCorruptNamingTheUnclosedElement() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            body.append("<w:p><w:r><w:t>paragraph ").append(i).append("</w:t></w:r></w:p>");
        }
        Path file = withMainPart("<w:document " + NAMESPACES + "><w:body>" + body + "<w:p><w:r></w:p>"
                + "</w:body></w:document>", "damaged.docx");
        // the streaming parser words it differently from the DOM parser; both name the element left open
        assertThat(streamed(file).failure()).startsWith("CORRUPT: The document's XML is damaged: ").contains("w:r");
        assertThat(whole(file).failure()).startsWith("CORRUPT: The document's XML is damaged: ").contains("w:r");
    }

    @Test
    void aMainPartInUtf16ReadsAsInUtf8() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><w:document " + NAMESPACES + "><w:body>"
                + "<w:p><w:r><w:t xml:space=\"preserve\">中文 and Ελληνικά </w:t></w:r></w:p></w:body></w:document>";
        Path template = TestDocx.body(TestDocx.p("template")).write(dir, "template-utf16.docx");
        Path file = TestDocx.replaceEntryBytes(template, "word/document.xml",
                data -> ("\uFEFF" + xml).getBytes(java.nio.charset.StandardCharsets.UTF_16BE), dir.resolve("utf16.docx"));

        assertThat(streamed(file).failure()).isNull();
        assertThat(streamed(file).model()).isEqualTo(whole(file).model()).contains("中文 and Ελληνικά ");
    }

    @Test
    void progressIsTheShareOfThePartReadAndNeverGoesBack() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            body.append("<w:p><w:r><w:t>paragraph number ").append(i).append(" of many</w:t></w:r></w:p>");
        }
        Path file = withMainPart("<w:document " + NAMESPACES + "><w:body>" + body + "</w:body></w:document>",
                "long.docx");
        List<Double> progress = new ArrayList<>();
        new DocxReader().read(file, w -> { }, progress::add);

        assertThat(progress).isSorted().allMatch(f -> f > 0 && f <= 1.0);
        assertThat(progress.get(progress.size() - 1)).isEqualTo(1.0);
        // reported as the part is read, not only at its end
        assertThat(progress.stream().distinct().count()).isGreaterThan(10);
        assertThat(progress.get(0)).isLessThan(0.2);
    }

    /** The handler keeps one block's DOM at a time, below a w:body and w:document as in the part. */
    @Test
    void eachBlockIsBuiltAloneBelowTheOriginalAncestors() throws Exception {
        String xml = "<w:document " + NAMESPACES + " xmlns:extra=\"urn:extra\"><w:body w:rsid=\"1\">"
                + "<w:p><w:r><w:t>one</w:t></w:r></w:p>"
                + "<w:sectPr><w:pgSz w:w=\"100\"/></w:sectPr>"
                + "<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>"
                + "<w:p><w:r><w:t>two</w:t></w:r></w:p>"
                + "</w:body></w:document>";
        List<String> seen = new ArrayList<>();
        BodyBlockHandler handler = new BodyBlockHandler(new BodyBlocks() {
            @Override
            public void bodyStarted() {
                seen.add("body");
            }

            @Override
            public void block(Element child) {
                Element body = (Element) child.getParentNode();
                Element root = (Element) body.getParentNode();
                assertThat(Ooxml.is(body, Ooxml.W, "body")).isTrue();
                assertThat(Ooxml.wAttr(body, "rsid")).isEqualTo("1");
                assertThat(Ooxml.is(root, Ooxml.W, "document")).isTrue();
                assertThat(root.getParentNode()).isSameAs(child.getOwnerDocument());
                assertThat(child.lookupNamespaceURI("extra")).isEqualTo("urn:extra");
                assertThat(child.lookupNamespaceURI("wps"))
                        .isEqualTo("http://schemas.microsoft.com/office/word/2010/wordprocessingShape");
                List<String> siblings = Ooxml.children(body).stream().map(Element::getLocalName).toList();
                seen.add(child.getLocalName() + " among " + siblings);
            }
        });
        SecureXml.stream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), handler);

        assertThat(handler.sawBody()).isTrue();
        // earlier blocks are gone; only the body's sectPr stays, as it is read after the last block
        assertThat(seen).containsExactly("body", "p among [p]", "sectPr among [sectPr]",
                "tbl among [sectPr, tbl]", "p among [sectPr, p]");
    }

    /**
     * A top-level table's rows are handed over as they end, still attached below it; a table whose grid
     * does not come before its rows is handed over whole, and so is a table nested in a cell.
     */
    @Test
    void rowsOfATopLevelTableAreHandedOverOneByOne() throws Exception {
        String row = "<w:tr><w:tc><w:p/></w:tc></w:tr>";
        String nested = "<w:tr><w:tc><w:tbl><w:tblPr/><w:tblGrid/>" + row + "</w:tbl><w:p/></w:tc></w:tr>";
        String xml = "<w:document " + NAMESPACES + "><w:body>"
                + "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid>" + row
                + "<w:sdt><w:sdtContent>" + row + "</w:sdtContent></w:sdt>" + nested + "</w:tbl>"
                + "<w:tbl><w:tblPr/>" + row + "<w:tblGrid/>" + row + "</w:tbl>"
                + "</w:body></w:document>";
        List<String> seen = new ArrayList<>();
        BodyBlockHandler handler = new BodyBlockHandler(new BodyBlocks() {
            @Override
            public void bodyStarted() {
            }

            @Override
            public void block(Element child) {
                seen.add(child.getLocalName() + " with " + Ooxml.children(child).size() + " children");
            }

            @Override
            public void tableContent(Element tbl, Element child) {
                assertThat(child.getParentNode()).isSameAs(tbl);
                assertThat(tbl.getParentNode().getLocalName()).isEqualTo("body");
                seen.add(child.getLocalName());
                tbl.removeChild(child);
            }
        });
        SecureXml.stream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), handler);

        assertThat(seen).containsExactly("tr", "sdt", "tr", "tbl with 2 children", "tbl with 4 children");
    }

    /** Read through the streamed path, a long table's rows come out in order, as from a whole DOM. */
    @Test
    void aLongStreamedTableReadsLikeTheWholeTable() throws Exception {
        StringBuilder body = new StringBuilder("<w:tbl><w:tblPr><w:tblStyle w:val=\"Plain\"/>"
                + "<w:tblLook w:lastRow=\"1\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/></w:tblGrid>");
        for (int i = 0; i < 500; i++) {
            body.append("<w:tr><w:tc><w:p><w:r><w:t>row ").append(i).append("</w:t></w:r></w:p></w:tc></w:tr>");
        }
        body.append("</w:tbl><w:p/>");
        Path file = withMainPart("<w:document " + NAMESPACES + "><w:body>" + body + "</w:body></w:document>",
                "table.docx");

        Outcome streamed = streamed(file);

        assertThat(streamed).isEqualTo(whole(file));
        assertThat(streamed.model()).contains("row 0", "row 499");
        assertThat(streamed.model().indexOf("row 0")).isLessThan(streamed.model().indexOf("row 1"));
    }

    private Path withMainPart(String documentXml, String name) throws Exception {
        Path template = TestDocx.body(TestDocx.p("template")).write(dir, "template-" + name);
        return TestDocx.replaceEntry(template, "word/document.xml", xml -> documentXml, dir.resolve(name));
    }
}
