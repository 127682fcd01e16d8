package org.inkpool.docx.chart;

import org.inkpool.docx.Corpus;
import org.inkpool.docx.DocxReader;
import org.inkpool.docx.TestDocx;
import org.inkpool.model.style.Alignment;
import org.inkpool.model.Block;
import org.inkpool.model.Document;
import org.inkpool.model.Paragraph;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.docx.Models.blocks;
import static org.inkpool.docx.Models.runs;
import static org.inkpool.docx.Models.text;

/** SmartArt diagrams contribute their shapes' text as paragraphs after the anchor paragraph. */
class SmartArtTest {
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram";
    private static final String DSP = "http://schemas.microsoft.com/office/drawing/2008/diagram";
    private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private static final String ANCHOR = "<w:p><w:r><w:t>Before</w:t></w:r><w:r><w:drawing><wp:inline>"
            + "<wp:extent cx=\"5486400\" cy=\"3200400\"/><wp:docPr id=\"1\" name=\"Diagram 1\"/><a:graphic>"
            + "<a:graphicData uri=\"" + DGM + "\"><dgm:relIds xmlns:dgm=\"" + DGM + "\" r:dm=\"rIdData\" r:lo=\"rIdLo\""
            + " r:qs=\"rIdQs\" r:cs=\"rIdCs\"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
            + "<w:p><w:r><w:t>After</w:t></w:r></w:p>";

    private static String data(boolean withDrawing) {
        return "<dgm:dataModel xmlns:dgm=\"" + DGM + "\" xmlns:a=\"" + A + "\"><dgm:ptLst>"
                + "<dgm:pt modelId=\"0\" type=\"doc\"><dgm:t><a:bodyPr/><a:p><a:r><a:t>not shown</a:t></a:r></a:p></dgm:t></dgm:pt>"
                + "<dgm:pt modelId=\"1\"><dgm:t><a:bodyPr/><a:p><a:r><a:t>Model one</a:t></a:r></a:p></dgm:t></dgm:pt>"
                + "<dgm:pt modelId=\"2\" type=\"parTrans\"><dgm:t><a:p><a:r><a:t>link</a:t></a:r></a:p></dgm:t></dgm:pt>"
                + "<dgm:pt modelId=\"3\"><dgm:t><a:bodyPr/><a:p><a:r><a:t>Model two</a:t></a:r></a:p></dgm:t></dgm:pt>"
                + "</dgm:ptLst>"
                + (withDrawing ? "<dgm:extLst><a:ext uri=\"http://schemas.microsoft.com/office/drawing/2008/diagram\">"
                + "<dsp:dataModelExt xmlns:dsp=\"" + DSP + "\" relId=\"rIdDraw\" minVer=\"x\"/></a:ext></dgm:extLst>" : "")
                + "</dgm:dataModel>";
    }

    private static String shape(String... paragraphs) {
        StringBuilder s = new StringBuilder("<dsp:sp><dsp:spPr/><dsp:txBody><a:bodyPr/>");
        for (String p : paragraphs) {
            s.append(p);
        }
        return s.append("</dsp:txBody></dsp:sp>").toString();
    }

    private static final String DRAWING = "<dsp:drawing xmlns:dsp=\"" + DSP + "\" xmlns:a=\"" + A + "\"><dsp:spTree>"
            + shape("<a:p><a:pPr algn=\"ctr\"/><a:r><a:rPr lang=\"en-US\" sz=\"2200\" b=\"1\"/><a:t>From here</a:t></a:r></a:p>")
            + "<dsp:sp><dsp:spPr/></dsp:sp>"
            + shape("<a:p><a:r><a:t>To </a:t></a:r><a:r><a:rPr i=\"1\"/><a:t>here</a:t></a:r></a:p>",
                    "<a:p><a:endParaRPr/></a:p>")
            + "</dsp:spTree></dsp:drawing>";

    @TempDir
    Path dir;

    private Document read(TestDocx docx, List<String> warnings) throws Exception {
        return new DocxReader().read(docx.write(dir, "s.docx"), warnings::add);
    }

    @Test
    void shapesTextFromTheCachedDrawingFollowsTheAnchorParagraph() throws Exception {
        List<String> warnings = new ArrayList<>();
        Document d = read(TestDocx.body(ANCHOR)
                .part("/word/diagrams/data1.xml", "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml",
                        REL + "diagramData", "rIdData", data(true))
                .part("/word/diagrams/drawing1.xml", "application/vnd.ms-office.drawingml.diagramDrawing+xml",
                        "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing", "rIdDraw", DRAWING),
                warnings);
        List<Block> blocks = blocks(d);
        assertThat(blocks).hasSize(4);
        assertThat(text((Paragraph) blocks.get(0))).isEqualTo("Before");
        Paragraph from = (Paragraph) blocks.get(1);
        assertThat(text(from)).isEqualTo("From here");
        assertThat(from.props().alignment()).isEqualTo(Alignment.CENTER);
        assertThat(runs(from).get(0).props().size()).isEqualTo(22);
        assertThat(runs(from).get(0).props().bold()).isTrue();
        Paragraph to = (Paragraph) blocks.get(2);
        assertThat(text(to)).isEqualTo("To here");
        assertThat(runs(to).get(1).props().italic()).isTrue();
        assertThat(text((Paragraph) blocks.get(3))).isEqualTo("After");
        assertThat(warnings).anyMatch(w -> w.contains("SmartArt"));
    }

    @Test
    void withoutADrawingTheDataModelsNodesGiveTheText() throws Exception {
        Document d = read(TestDocx.body(ANCHOR)
                .part("/word/diagrams/data1.xml", "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml",
                        REL + "diagramData", "rIdData", data(false)), new ArrayList<>());
        assertThat(blocks(d)).extracting(b -> text((Paragraph) b))
                .containsExactly("Before", "Model one", "Model two", "After");
    }

    @Test
    void corpusDiagramShowsItsShapesText() throws Exception {
        Path file = Corpus.root().resolve("docx/tika-testWORD_diagramData.docx");
        Assumptions.assumeTrue(Files.isRegularFile(file), "corpus not present");
        List<String> texts = blocks(new DocxReader().read(file)).stream()
                .filter(b -> b instanceof Paragraph).map(b -> text((Paragraph) b)).toList();
        assertThat(texts).containsSubsequence("From here", "To here", "This is a regular text in document body.");
    }

    @Test
    void aDiagramWithoutPartsIsLeftOutWithAWarning() throws Exception {
        List<String> warnings = new ArrayList<>();
        Document d = read(TestDocx.body(ANCHOR), warnings);
        assertThat(blocks(d)).extracting(b -> text((Paragraph) b)).containsExactly("Before", "After");
        assertThat(warnings).anyMatch(w -> w.contains("SmartArt"));
    }
}
