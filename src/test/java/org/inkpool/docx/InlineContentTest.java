package org.inkpool.docx;

import org.inkpool.model.Break;
import org.inkpool.model.Document;
import org.inkpool.model.Inline;
import org.inkpool.model.InlineImage;
import org.inkpool.model.Paragraph;
import org.inkpool.model.Tab;
import org.inkpool.model.TextRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.docx.Models.paragraph;
import static org.inkpool.docx.Models.text;
import static org.inkpool.docx.TestDocx.p;

class InlineContentTest {
    @TempDir
    Path dir;

    private Document read(TestDocx docx, List<String> warnings) throws Exception {
        return new DocxReader().read(docx.write(dir, "i.docx"), warnings::add);
    }

    private Document read(String body) throws Exception {
        return read(TestDocx.body(body), new ArrayList<>());
    }

    @Test
    void tabsBreaksAndSpecialCharacters() throws Exception {
        Document d = read("<w:p><w:r><w:t xml:space=\"preserve\">a  b</w:t><w:tab/><w:t>c</w:t><w:br/>"
                + "<w:t>d</w:t><w:br w:type=\"page\"/><w:br w:type=\"column\"/><w:cr/><w:lastRenderedPageBreak/>"
                + "<w:t>e</w:t><w:noBreakHyphen/><w:softHyphen/><w:sym w:font=\"Symbol\" w:char=\"F061\"/>"
                + "<w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/></w:r></w:p>");
        List<Inline> in = paragraph(d, 0).inlines();
        assertThat(in).hasSize(9);
        assertThat(((TextRun) in.get(0)).text()).isEqualTo("a  b");
        assertThat(in.get(1)).isInstanceOf(Tab.class);
        assertThat(((Break) in.get(3)).kind()).isEqualTo(Break.Kind.LINE);
        assertThat(((Break) in.get(5)).kind()).isEqualTo(Break.Kind.PAGE);
        assertThat(((Break) in.get(6)).kind()).isEqualTo(Break.Kind.COLUMN);
        assertThat(((Break) in.get(7)).kind()).as("w:cr").isEqualTo(Break.Kind.LINE);
        assertThat(((TextRun) in.get(8)).text()).isEqualTo("e\u2011\u00AD\u03B1\u2713");
    }

    @Test
    void hiddenRunsAreKeptAndFlagged() throws Exception {
        Document d = read("<w:p><w:r><w:t>shown</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r></w:p>");
        List<TextRun> runs = Models.runs(paragraph(d, 0));
        assertThat(runs).extracting(TextRun::text).containsExactly("shown", "hidden");
        assertThat(runs.get(0).props().hidden()).isFalse();
        assertThat(runs.get(1).props().hidden()).isTrue();
    }

    @Test
    void wrappersAreReadAndDeletionsShownAsMarkup() throws Exception {
        Document d = read("<w:p><w:hyperlink r:id=\"rIdX\"><w:r><w:t>link </w:t></w:r></w:hyperlink>"
                + "<w:sdt><w:sdtContent><w:r><w:t>sdt </w:t></w:r></w:sdtContent></w:sdt>"
                + "<w:smartTag w:element=\"x\"><w:r><w:t>tag </w:t></w:r></w:smartTag>"
                + "<w:ins w:id=\"1\" w:author=\"a\"><w:r><w:t>ins </w:t></w:r></w:ins>"
                + "<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>deleted</w:delText></w:r></w:del>"
                + "<w:bookmarkStart w:id=\"0\" w:name=\"b\"/><w:proofErr w:type=\"spellStart\"/>"
                + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>7</w:t></w:r></w:fldSimple>"
                + "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:r><w:t> choice</w:t></w:r></mc:Choice>"
                + "<mc:Fallback><w:r><w:t> fallback</w:t></w:r></mc:Fallback></mc:AlternateContent>"
                + "</w:p>");
        assertThat(text(paragraph(d, 0))).isEqualTo("link sdt tag ins deleted7 choice");
    }

    @Test
    void complexFieldsPaintOnlyTheirCachedResult() throws Exception {
        Document d = read("<w:p><w:r><w:t>Page </w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> XE \"x\" </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t> of 9</w:t></w:r></w:p>");
        assertThat(text(paragraph(d, 0))).isEqualTo("Page 3 of 9");
    }

    @Test
    void tableOfContentsEntriesDropTheHyperlinkLook() throws Exception {
        String styles = "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/>"
                + "<w:rPr><w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/></w:rPr></w:style>";
        String link = "<w:hyperlink w:anchor=\"_Toc1\"><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr>"
                + "<w:t>Intro</w:t></w:r></w:hyperlink>";
        String body = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + link + "</w:p>"
                + "<w:p>" + link + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
                + "<w:p>" + link + "</w:p>";
        Document d = read(TestDocx.body(body).styles(styles), new ArrayList<>());
        for (int i = 0; i < 2; i++) {
            org.inkpool.model.style.RunProps entry = Models.firstRun(paragraph(d, i)).props();
            assertThat(entry.color()).as("TOC entry %d", i).isNull();
            assertThat(entry.underline()).isEqualTo(org.inkpool.model.style.RunProps.Underline.NONE);
        }
        org.inkpool.model.style.RunProps outside = Models.firstRun(paragraph(d, 2)).props();
        assertThat(outside.color()).isEqualTo(new org.inkpool.model.style.Rgb(0x0563C1));
        assertThat(outside.underline()).isEqualTo(org.inkpool.model.style.RunProps.Underline.SINGLE);
    }

    @Test
    void anchoredTextBoxHoldsItsTextAndInlineVmlTextFollowsItsParagraph() throws Exception {
        String txbx = "<w:txbxContent>" + p("boxed 1") + p("boxed 2") + "</w:txbxContent>";
        Document d = read("<w:p><w:r><w:t>anchor</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">"
                + "<w:drawing><wp:anchor><wp:extent cx=\"100\" cy=\"100\"/><wp:docPr id=\"1\" name=\"t\"/>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                + "<wps:wsp><wps:txbx>" + txbx + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
                + "</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" + txbx + "</v:textbox></v:shape></w:pict>"
                + "</mc:Fallback></mc:AlternateContent></w:r></w:p>"
                + "<w:p><w:r><w:pict><v:shape style=\"width:10pt\"><v:textbox><w:txbxContent>" + p("vml box")
                + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>" + p("after"));
        List<String> texts = Models.blocks(d).stream().map(b -> text((Paragraph) b)).toList();
        assertThat(texts).containsExactly("anchor", "", "vml box", "after");
        org.inkpool.model.AnchoredObject box = paragraph(d, 0).inlines().stream()
                .filter(i -> i instanceof org.inkpool.model.AnchoredObject)
                .map(i -> (org.inkpool.model.AnchoredObject) i).findFirst().orElseThrow();
        assertThat(box.textBox().blocks().stream().map(b -> text((Paragraph) b)).toList())
                .containsExactly("boxed 1", "boxed 2");
        assertThat(box.content()).isNull();
    }

    @Test
    void inlineGroupHoldingATextBoxDrawsNoneOfItsShapesAtTheFrameSize() throws Exception {
        String sp = "<wps:spPr><a:xfrm><a:off x=\"10\" y=\"10\"/><a:ext cx=\"20\" cy=\"20\"/></a:xfrm>"
                + "<a:prstGeom prst=\"ellipse\"/><a:solidFill><a:srgbClr val=\"FF0000\"/></a:solidFill></wps:spPr>";
        Document d = read("<w:p><w:r><w:t>lead</w:t></w:r><w:r><w:drawing><wp:inline>"
                + "<wp:extent cx=\"1270000\" cy=\"635000\"/><wp:docPr id=\"1\" name=\"g\"/><a:graphic>"
                + "<a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup\"><wpg:wgp>"
                + "<wpg:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"1270000\" cy=\"635000\"/>"
                + "<a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"100\" cy=\"50\"/></a:xfrm></wpg:grpSpPr>"
                + "<wps:wsp><wps:txbx><w:txbxContent>" + p("boxed") + "</w:txbxContent></wps:txbx></wps:wsp>"
                + "<wps:wsp>" + sp + "</wps:wsp></wpg:wgp></a:graphicData></a:graphic></wp:inline></w:drawing>"
                + "</w:r></w:p>");
        // the group's text follows its paragraph (as before); a child shape drawn on its own would fill
        // the whole 100 x 50 pt frame instead of its 20 x 20 units of the group's coordinates
        assertThat(paragraph(d, 0).inlines()).noneMatch(i -> i instanceof org.inkpool.model.InlineDrawing);
        assertThat(Models.blocks(d).stream().map(b -> text((Paragraph) b)).toList()).containsExactly("lead", "boxed");
    }

    @Test
    void anInlineShapeWithNothingToPaintStillTakesItsExtent() throws Exception {
        Document d = read("<w:p><w:r><w:drawing><wp:inline><wp:extent cx=\"1270000\" cy=\"635000\"/>"
                + "<wp:docPr id=\"1\" name=\"r\"/><a:graphic><a:graphicData "
                + "uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:spPr>"
                + "<a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"1270000\" cy=\"635000\"/></a:xfrm>"
                + "<a:prstGeom prst=\"rect\"/><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr><wps:bodyPr/></wps:wsp>"
                + "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>");
        // an invisible rectangle holds 100 x 50 pt of the line (the floats drawn over it rely on that room)
        org.inkpool.model.InlineDrawing box = paragraph(d, 0).inlines().stream()
                .filter(i -> i instanceof org.inkpool.model.InlineDrawing)
                .map(i -> (org.inkpool.model.InlineDrawing) i).findFirst().orElseThrow();
        assertThat(box.width()).isEqualTo(100.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(box.height()).isEqualTo(50.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(box.items()).isEmpty();
    }

    @Test
    void aGroupsTextBoxesTakeTheFirstBoxsVerticalAnchor() throws Exception {
        String box1 = "<wps:wsp><wps:txbx><w:txbxContent>" + p("name") + "</w:txbxContent></wps:txbx>"
                + "<wps:bodyPr anchor=\"t\"/></wps:wsp>";
        String box2 = "<wps:wsp><wps:txbx><w:txbxContent>" + p("address") + "</w:txbxContent></wps:txbx>"
                + "<wps:bodyPr anchor=\"b\"/></wps:wsp>";
        Document d = read("<w:p><w:r><w:drawing><wp:anchor><wp:positionH relativeFrom=\"page\"><wp:posOffset>0"
                + "</wp:posOffset></wp:positionH><wp:positionV relativeFrom=\"page\"><wp:posOffset>0</wp:posOffset>"
                + "</wp:positionV><wp:extent cx=\"1270000\" cy=\"6350000\"/><wp:wrapSquare wrapText=\"bothSides\"/>"
                + "<wp:docPr id=\"1\" name=\"g\"/><a:graphic><a:graphicData "
                + "uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup\"><wpg:wgp>" + box1 + box2
                + "</wpg:wgp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>");
        org.inkpool.model.AnchoredObject group = paragraph(d, 0).inlines().stream()
                .filter(i -> i instanceof org.inkpool.model.AnchoredObject)
                .map(i -> (org.inkpool.model.AnchoredObject) i).findFirst().orElseThrow();
        // the boxes' texts run on as one from the first box's text: a bottom-anchored last box must not
        // push all of it to the foot of a page-tall group
        assertThat(group.textBox().blocks().stream().map(b -> text((Paragraph) b)).toList())
                .containsExactly("name", "address");
        assertThat(group.textBox().anchor()).isEqualTo(org.inkpool.model.drawing.TextBox.VerticalAnchor.TOP);
    }

    @Test
    void inlineAndAnchoredPicturesTakeTheirDrawnSize() throws Exception {
        byte[] png = png(40, 20);
        String inline = "<w:drawing><wp:inline><wp:extent cx=\"1270000\" cy=\"635000\"/>"
                + "<wp:docPr id=\"1\" name=\"p\" descr=\"a chart\"/><a:graphic><a:graphicData "
                + "uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:blipFill>"
                + "<a:blip r:embed=\"rIdImg0\"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>";
        String anchored = inline.replace("wp:inline", "wp:anchor").replace("1270000", "254000");
        String vml = "<w:pict><v:shape style=\"width:1in;height:36pt\"><v:imagedata r:id=\"rIdImg0\" o:title=\"\"/>"
                + "</v:shape></w:pict>";
        String linked = inline.replace("r:embed=\"rIdImg0\"", "r:link=\"rIdMissing\"");
        List<String> warnings = new ArrayList<>();
        Document d = read(TestDocx.body("<w:p><w:r>" + inline + anchored
                        + vml.replace("<w:pict>", "<w:pict xmlns:o=\"urn:schemas-microsoft-com:office:office\">")
                        + linked + "</w:r></w:p>").image(png), warnings);
        List<InlineImage> images = paragraph(d, 0).inlines().stream()
                .map(i -> i instanceof org.inkpool.model.AnchoredObject a ? a.content() : i)
                .map(i -> (InlineImage) i).toList();
        assertThat(paragraph(d, 0).inlines().get(1)).isInstanceOf(org.inkpool.model.AnchoredObject.class);
        assertThat(images).hasSize(3);
        assertThat(images.get(0).format()).isEqualTo(InlineImage.ImageFormat.PNG);
        assertThat(images.get(0).data()).isEqualTo(png);
        assertThat(images.get(0).width()).isEqualTo(100);
        assertThat(images.get(0).height()).isEqualTo(50);
        assertThat(images.get(0).description()).isEqualTo("a chart");
        assertThat(images.get(1).width()).isEqualTo(20);
        assertThat(images.get(2).width()).isEqualTo(72);
        assertThat(images.get(2).height()).isEqualTo(36);
        assertThat(warnings).anyMatch(w -> w.contains("missing relationship"));
    }

    @Test
    void unknownPictureFormatsAreLeftOutWithAWarning() throws Exception {
        String inline = "<w:drawing><wp:inline><wp:extent cx=\"127000\" cy=\"127000\"/><wp:docPr id=\"1\" name=\"p\"/>"
                + "<a:graphic><a:graphicData uri=\"x\"><pic:pic><pic:blipFill><a:blip r:embed=\"rIdImg0\"/>"
                + "</pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>";
        List<String> warnings = new ArrayList<>();
        Document d = read(TestDocx.body("<w:p><w:r>" + inline + "</w:r></w:p>")
                .image("not a picture".getBytes()), warnings);
        assertThat(paragraph(d, 0).inlines()).isEmpty();
        assertThat(warnings).singleElement().asString().contains("cannot be shown");
    }

    static byte[] png(int w, int h) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
