package org.inkpool.docx;

import org.inkpool.docx.body.ParagraphReader;
import org.inkpool.model.style.Alignment;
import org.inkpool.model.Break;
import org.inkpool.model.Document;
import org.inkpool.model.MathNode;
import org.inkpool.model.MathZone;
import org.inkpool.model.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.docx.Models.paragraph;

/** Office Math read as a tree of structures, with the equation's linear text beside it. */
class MathReadingTest {
    @TempDir
    Path dir;

    private MathZone math(String omml) throws Exception {
        Document d = new DocxReader().read(TestDocx.body("<w:p><w:r><w:t xml:space=\"preserve\">Let </w:t></w:r>"
                + "<m:oMath>" + omml + "</m:oMath></w:p>").write(dir, "m.docx"));
        Paragraph p = paragraph(d, 0);
        return (MathZone) p.inlines().get(1);
    }

    private static String r(String text) {
        return "<m:r><m:t>" + text + "</m:t></m:r>";
    }

    private static String plain(String text) {
        return "<m:r><m:rPr><m:sty m:val=\"p\"/></m:rPr><m:t>" + text + "</m:t></m:r>";
    }

    private static MathNode only(MathZone zone) {
        assertThat(zone.content().items()).hasSize(1);
        return zone.content().items().get(0);
    }

    @Test
    void runsKeepTheirMathStyleAndTheZoneIsSetInCambriaMath() throws Exception {
        MathZone zone = math(r("x") + plain("=2"));
        assertThat(zone.props().fontAscii()).isEqualTo(ParagraphReader.MATH_FONT);
        assertThat(zone.display()).isFalse();
        List<MathNode> items = zone.content().items();
        assertThat(((MathNode.Run) items.get(0)).style()).isEqualTo(MathNode.Style.MATH);
        assertThat(((MathNode.Run) items.get(1)).style()).isEqualTo(MathNode.Style.PLAIN);
        assertThat(zone.linearText()).isEqualTo("x=2");
    }

    @Test
    void fractionsBecomeFractionNodesAndReadLinearly() throws Exception {
        MathZone zone = math("<m:f><m:num>" + r("a") + plain("+") + r("1") + "</m:num><m:den>" + r("2")
                + "</m:den></m:f>");
        MathNode.Fraction f = (MathNode.Fraction) only(zone);
        assertThat(f.type()).isEqualTo(MathNode.FractionType.BAR);
        assertThat(f.numerator().items()).hasSize(3);
        assertThat(zone.linearText()).isEqualTo("(a+1)/2");
    }

    @Test
    void scriptsNaryAndLimitLocation() throws Exception {
        MathZone zone = math("<m:sSubSup><m:e>" + r("R") + "</m:e><m:sub>" + r("i") + "</m:sub><m:sup>" + r("jk")
                + "</m:sup></m:sSubSup>");
        MathNode.Scripts s = (MathNode.Scripts) only(zone);
        assertThat(s.pre()).isFalse();
        assertThat(zone.linearText()).isEqualTo("R_i^jk");
        MathZone sum = math("<m:nary><m:naryPr><m:chr m:val=\"∑\"/></m:naryPr><m:sub>" + r("k=1") + "</m:sub><m:sup>"
                + r("n") + "</m:sup><m:e>" + r("k") + "</m:e></m:nary>");
        MathNode.Nary n = (MathNode.Nary) only(sum);
        assertThat(n.limitsUnder()).as("sums put their limits under and over by default").isTrue();
        assertThat(sum.linearText()).isEqualTo("∑_(k=1)^n k");
        MathNode.Nary integral = (MathNode.Nary) only(math("<m:nary><m:sub>" + r("0") + "</m:sub><m:sup>" + r("1")
                + "</m:sup><m:e>" + r("x") + "</m:e></m:nary>"));
        assertThat(integral.operator()).isEqualTo("∫");
        assertThat(integral.limitsUnder()).as("integrals keep them beside").isFalse();
    }

    @Test
    void delimitersMatricesRadicalsAndAccents() throws Exception {
        MathNode.Delimited d = (MathNode.Delimited) only(math("<m:d><m:dPr><m:begChr m:val=\"[\"/><m:sepChr m:val=\",\"/>"
                + "<m:endChr m:val=\"\"/></m:dPr><m:e>" + r("a") + "</m:e><m:e>" + r("b") + "</m:e></m:d>"));
        assertThat(d.begin()).isEqualTo("[");
        assertThat(d.end()).isEmpty();
        assertThat(d.items()).hasSize(2);
        MathNode.Matrix m = (MathNode.Matrix) only(math("<m:m><m:mPr><m:mcs><m:mc><m:mcPr><m:count m:val=\"2\"/>"
                + "<m:mcJc m:val=\"left\"/></m:mcPr></m:mc></m:mcs></m:mPr><m:mr><m:e>" + r("1") + "</m:e><m:e>"
                + r("2") + "</m:e></m:mr><m:mr><m:e>" + r("3") + "</m:e><m:e>" + r("4") + "</m:e></m:mr></m:m>"));
        assertThat(m.rows()).hasSize(2);
        assertThat(m.columns()).containsExactly(MathNode.Justification.LEFT, MathNode.Justification.LEFT);
        MathNode.Radical sqrt = (MathNode.Radical) only(math("<m:rad><m:radPr><m:degHide m:val=\"1\"/></m:radPr>"
                + "<m:deg/><m:e>" + r("2") + "</m:e></m:rad>"));
        assertThat(sqrt.degree().isEmpty()).isTrue();
        MathNode.Accent acc = (MathNode.Accent) only(math("<m:acc><m:e>" + r("e") + "</m:e></m:acc>"));
        assertThat(acc.accent()).as("default accent: circumflex").isEqualTo("\u0302");
    }

    @Test
    void displayMathIsCentredAndItsEquationsGetTheirOwnLines() throws Exception {
        Document d = new DocxReader().read(TestDocx.body("<w:p><m:oMathPara><m:oMath>" + r("a") + "</m:oMath>"
                + "<m:oMath>" + r("b") + "</m:oMath></m:oMathPara></w:p>").write(dir, "d.docx"));
        Paragraph p = paragraph(d, 0);
        assertThat(p.props().alignment()).isEqualTo(Alignment.CENTER);
        assertThat(p.inlines()).hasSize(3);
        assertThat(p.inlines().get(1)).isInstanceOf(Break.class);
        assertThat(((MathZone) p.inlines().get(0)).display()).isTrue();
    }

    @Test
    void trackedChangesInsideMathAreMarked() throws Exception {
        MathZone zone = math(r("x") + "<w:del w:id=\"1\" w:author=\"A\">" + r("y") + "</w:del>");
        List<MathNode> items = zone.content().items();
        assertThat(items).hasSize(2);
        assertThat(((MathNode.Run) items.get(0)).props().strike()).isFalse();
        assertThat(((MathNode.Run) items.get(1)).props().strike()).isTrue();
    }

    @Test
    void normalTextRunsKeepTheirOwnFont() throws Exception {
        MathNode.Run run = (MathNode.Run) only(math("<m:r><m:rPr><m:nor/></m:rPr><m:t>if</m:t></m:r>"));
        assertThat(run.style()).isEqualTo(MathNode.Style.NORMAL_TEXT);
        assertThat(run.props().fontAscii()).isNotEqualTo(ParagraphReader.MATH_FONT);
    }
}
