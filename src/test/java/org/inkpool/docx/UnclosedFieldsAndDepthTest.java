package org.inkpool.docx;

import org.inkpool.model.Block;
import org.inkpool.model.Document;
import org.inkpool.model.section.HeaderFooterType;
import org.inkpool.model.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.docx.TestDocx.p;

/** Text is printed unless Word would hide it: a field never closed was never a field; too-deep content prints plainly. */
class UnclosedFieldsAndDepthTest {
    private static final String OPEN_BEFORE_TITLE = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> TITLE </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>The Title</w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";

    @TempDir
    Path dir;

    @Test
    void aFieldBeginThatNeverEndsDoesNotHideTheRestOfTheBody() throws Exception {
        Document d = new DocxReader().read(TestDocx.body(OPEN_BEFORE_TITLE + p("second") + p("third"))
                .write(dir, "unclosed.docx"));
        assertThat(texts(Models.blocks(d))).containsExactly("The Title", "second", "third");
    }

    @Test
    void closedFieldsStillHideTheirCodes() throws Exception {
        String field = "<w:p><w:r><w:t>a</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:instrText> QUOTE hidden code </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:r><w:t>b</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
        Document d = new DocxReader().read(TestDocx.body(field + p("c")).write(dir, "closed.docx"));
        assertThat(texts(Models.blocks(d))).containsExactly("ab", "c");
    }

    @Test
    void aFieldLeftOpenInAHeaderDoesNotHideTheHeader() throws Exception {
        String header = "<w:hdr xmlns:w=\"" + TestDocx.W + "\">" + OPEN_BEFORE_TITLE.replace("The Title", "head")
                + "<w:p><w:r><w:t>header line</w:t></w:r></w:p></w:hdr>";
        Path file = TestDocx.body(p("body") + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH\"/></w:sectPr>")
                .part("/word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
                        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header", "rIdH", header)
                .write(dir, "header.docx");
        Document d = new DocxReader().read(file);
        List<Block> blocks = d.sections().get(0).headersFooters().headers().get(HeaderFooterType.DEFAULT).blocks();
        assertThat(texts(blocks)).containsExactly("head", "header line");
    }

    @Test
    void contentNestedPastTheDepthLimitIsPrintedAsPlainTextWithAWarning() throws Exception {
        String inner = p("deepest");
        for (int i = 0; i < ReadContext.MAX_DEPTH + 10; i++) {
            inner = "<w:tbl><w:tblGrid><w:gridCol w:w=\"5000\"/></w:tblGrid><w:tr><w:tc>" + inner + p("level " + i)
                    + "</w:tc></w:tr></w:tbl>";
        }
        List<String> warnings = new ArrayList<>();
        Document d = new DocxReader().read(TestDocx.body(inner + p("after")).write(dir, "deep.docx"), warnings::add);
        String all = allText(Models.blocks(d));
        assertThat(all).contains("deepest", "level 0", "level 5", "level " + (ReadContext.MAX_DEPTH + 9), "after");
        assertThat(warnings).anyMatch(w -> w.contains("levels deep was printed as plain text"));
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().filter(b -> b instanceof Paragraph).map(b -> Models.text((Paragraph) b)).toList();
    }

    /** Every paragraph's text, inside tables too. */
    private static String allText(List<Block> blocks) {
        return blocks.stream().map(UnclosedFieldsAndDepthTest::text).collect(Collectors.joining("\n"));
    }

    private static String text(Block b) {
        if (b instanceof Paragraph p) {
            return Models.text(p);
        }
        if (b instanceof org.inkpool.model.Table t) {
            return t.rows().stream().flatMap(r -> r.cells().stream()).map(c -> allText(c.blocks()))
                    .collect(Collectors.joining("\n"));
        }
        return "";
    }
}
