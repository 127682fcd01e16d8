package org.inkpool.docx;

import org.inkpool.model.AnchoredObject;
import org.inkpool.model.Document;
import org.inkpool.model.Paragraph;
import org.inkpool.model.Table;
import org.inkpool.model.drawing.Anchor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.inkpool.docx.Models.blocks;
import static org.inkpool.docx.Models.text;

/** w:framePr paragraphs: one floating text box per run of equal frames, anchored in the next plain paragraph. */
class FrameReadTest {
    @TempDir
    Path dir;

    private Document read(String body) throws Exception {
        return new DocxReader().read(TestDocx.body(body).write(dir, "f.docx"), new ArrayList<String>()::add);
    }

    private static String framed(String framePr, String text) {
        return "<w:p><w:pPr>" + framePr + "</w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static List<AnchoredObject> floats(Paragraph p) {
        return p.inlines().stream().filter(i -> i instanceof AnchoredObject).map(i -> (AnchoredObject) i).toList();
    }

    @Test
    void equalFramesJoinAndFloatFromTheNextPlainParagraph() throws Exception {
        String a = "<w:framePr w:w=\"2880\" w:h=\"720\" w:hRule=\"exact\" w:hSpace=\"180\" w:wrap=\"notBeside\""
                + " w:hAnchor=\"page\" w:vAnchor=\"page\" w:x=\"1440\" w:y=\"2880\"/>";
        String b = "<w:framePr w:wrap=\"around\" w:hAnchor=\"page\" w:x=\"871\" w:yAlign=\"bottom\"/>";
        Document d = read(framed(a, "one") + framed(a, "two") + framed(b, "three") + TestDocx.p("anchor"));
        assertThat(blocks(d)).hasSize(1);
        Paragraph anchor = (Paragraph) blocks(d).get(0);
        assertThat(text(anchor)).isEqualTo("anchor");
        List<AnchoredObject> frames = floats(anchor);
        assertThat(frames).hasSize(2);

        AnchoredObject first = frames.get(0);
        assertThat(first.textBox().blocks().stream().map(x -> text((Paragraph) x)).toList())
                .containsExactly("one", "two");
        assertThat(first.width()).isCloseTo(144, within(1e-9));
        assertThat(first.height()).isCloseTo(36, within(1e-9));
        assertThat(first.textBox().autoFit()).isFalse(); // exact height
        assertThat(first.anchor().horizontal().from()).isEqualTo(Anchor.RelativeFrom.PAGE);
        assertThat(first.anchor().horizontal().offset()).isCloseTo(72, within(1e-9));
        assertThat(first.anchor().vertical().from()).isEqualTo(Anchor.RelativeFrom.PAGE);
        assertThat(first.anchor().vertical().offset()).isCloseTo(144, within(1e-9));
        assertThat(first.anchor().wrap().type()).isEqualTo(Anchor.WrapType.TOP_AND_BOTTOM);
        assertThat(first.anchor().wrap().distLeft()).isCloseTo(9, within(1e-9));

        AnchoredObject second = frames.get(1);
        assertThat(second.width()).isZero(); // auto width: the layout gives it the column's
        assertThat(second.textBox().autoFit()).isTrue();
        assertThat(second.anchor().wrap().type()).isEqualTo(Anchor.WrapType.SQUARE);
        assertThat(second.anchor().vertical().align()).isEqualTo(Anchor.Align.BOTTOM);
        assertThat(second.anchor().vertical().from()).isEqualTo(Anchor.RelativeFrom.MARGIN);
    }

    @Test
    void aFrameBeforeATableOrAtTheEndStaysInTheFlowAndADropCapIsNoFrame() throws Exception {
        String f = "<w:framePr w:w=\"2880\" w:wrap=\"around\" w:vAnchor=\"text\" w:hAnchor=\"text\"/>";
        String drop = "<w:framePr w:dropCap=\"drop\" w:lines=\"3\" w:wrap=\"around\" w:vAnchor=\"text\""
                + " w:hAnchor=\"text\"/>";
        Document d = read(framed(f, "before table") + "<w:tbl><w:tr><w:tc>" + TestDocx.p("cell")
                + "</w:tc></w:tr></w:tbl>" + framed(drop, "D") + TestDocx.p("rop") + framed(f, "last"));
        assertThat(blocks(d)).hasSize(5);
        assertThat(text((Paragraph) blocks(d).get(0))).isEqualTo("before table");
        assertThat(blocks(d).get(1)).isInstanceOf(Table.class);
        assertThat(text((Paragraph) blocks(d).get(2))).isEqualTo("D");
        assertThat(floats((Paragraph) blocks(d).get(3))).isEmpty();
        assertThat(text((Paragraph) blocks(d).get(4))).isEqualTo("last");
    }

    @Test
    void anAutoWidthFrameSetAgainstTheTextStaysInTheFlow() throws Exception {
        String box = "<w:framePr w:hSpace=\"180\" w:wrap=\"around\" w:vAnchor=\"text\" w:hAnchor=\"text\" w:y=\"1\"/>";
        Document d = read(framed(box, "[x]") + TestDocx.p("after"));
        assertThat(blocks(d)).hasSize(2);
        assertThat(text((Paragraph) blocks(d).get(0))).isEqualTo("[x]");
        assertThat(floats((Paragraph) blocks(d).get(1))).isEmpty();
    }

    @Test
    void aFloatingTableFloatsFromTheNextParagraphAsWideAsItsGrid() throws Exception {
        Document d = read("<w:tbl><w:tblPr><w:tblpPr w:leftFromText=\"180\" w:rightFromText=\"180\""
                + " w:vertAnchor=\"text\" w:horzAnchor=\"margin\" w:tblpXSpec=\"right\" w:tblpY=\"240\"/></w:tblPr>"
                + "<w:tblGrid><w:gridCol w:w=\"1440\"/><w:gridCol w:w=\"2880\"/></w:tblGrid><w:tr><w:tc>"
                + TestDocx.p("a") + "</w:tc><w:tc>" + TestDocx.p("b") + "</w:tc></w:tr></w:tbl>" + TestDocx.p("after"));
        assertThat(blocks(d)).hasSize(1);
        AnchoredObject table = floats((Paragraph) blocks(d).get(0)).get(0);
        assertThat(table.textBox().blocks()).singleElement().isInstanceOf(Table.class);
        assertThat(table.width()).isCloseTo(216, within(1e-9));
        assertThat(table.textBox().autoFit()).isTrue();
        assertThat(table.anchor().horizontal().from()).isEqualTo(Anchor.RelativeFrom.MARGIN);
        assertThat(table.anchor().horizontal().align()).isEqualTo(Anchor.Align.RIGHT);
        assertThat(table.anchor().vertical().from()).isEqualTo(Anchor.RelativeFrom.PARAGRAPH);
        assertThat(table.anchor().vertical().offset()).isCloseTo(12, within(1e-9));
        assertThat(table.anchor().wrap().type()).isEqualTo(Anchor.WrapType.SQUARE);
        assertThat(table.anchor().wrap().distRight()).isCloseTo(9, within(1e-9));
    }

    @Test
    void aPagePlacedFrameAtTheEndFloatsFromTheParagraphBeforeIt() throws Exception {
        String f = "<w:framePr w:w=\"9792\" w:wrap=\"around\" w:hAnchor=\"page\" w:x=\"1196\" w:yAlign=\"bottom\"/>";
        Document d = read(TestDocx.p("body") + framed(f, "footnote-like box"));
        assertThat(blocks(d)).hasSize(1);
        AnchoredObject frame = floats((Paragraph) blocks(d).get(0)).get(0);
        assertThat(frame.textBox().blocks().stream().map(x -> text((Paragraph) x)).toList())
                .containsExactly("footnote-like box");
        assertThat(frame.anchor().vertical().align()).isEqualTo(Anchor.Align.BOTTOM);
    }

    @Test
    void aFloatingTableTakesWordsDefaultsAndWordsIgnoredCasesStayInTheFlow() throws Exception {
        String grid = "<w:tblGrid><w:gridCol w:w=\"1440\"/></w:tblGrid><w:tr><w:tc>" + TestDocx.p("a") + "</w:tc></w:tr></w:tbl>";
        Document defaults = read("<w:tbl><w:tblPr><w:tblpPr w:tblpX=\"720\" w:tblpY=\"480\"/></w:tblPr>" + grid
                + TestDocx.p("after"));
        AnchoredObject table = floats((Paragraph) blocks(defaults).get(0)).get(0);
        assertThat(table.anchor().horizontal().from()).isEqualTo(Anchor.RelativeFrom.COLUMN);
        assertThat(table.anchor().vertical().from()).isEqualTo(Anchor.RelativeFrom.MARGIN);
        assertThat(table.anchor().vertical().offset()).isCloseTo(24, within(1e-9));

        Document noAttributes = read("<w:tbl><w:tblPr><w:tblpPr/></w:tblPr>" + grid + TestDocx.p("after"));
        assertThat(blocks(noAttributes)).hasSize(2).first().isInstanceOf(Table.class);
        Document atOrigin = read("<w:tbl><w:tblPr><w:tblpPr w:leftFromText=\"180\" w:tblpX=\"0\" w:tblpY=\"0\""
                + " w:vertAnchor=\"page\"/></w:tblPr>" + grid + TestDocx.p("after"));
        assertThat(blocks(atOrigin)).hasSize(2).first().isInstanceOf(Table.class);
    }
}
