package org.inkpool.docx;

import org.inkpool.model.Alignment;
import org.inkpool.model.Break;
import org.inkpool.model.Document;
import org.inkpool.model.Paragraph;
import org.inkpool.model.RunProps;
import org.inkpool.model.TextRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.docx.Models.paragraph;
import static org.inkpool.docx.Models.runs;
import static org.inkpool.docx.Models.text;

/** Office Math read as linear text runs in document order. */
class MathReadingTest {
    @TempDir
    Path dir;

    private Paragraph math(String omml) throws Exception {
        Document d = new DocxReader().read(TestDocx.body("<w:p><w:r><w:t xml:space=\"preserve\">Let </w:t></w:r>"
                + "<m:oMath>" + omml + "</m:oMath></w:p>").write(dir, "m.docx"));
        return paragraph(d, 0);
    }

    private static String r(String text) {
        return "<m:r><m:t>" + text + "</m:t></m:r>";
    }

    private static String plain(String text) {
        return "<m:r><m:rPr><m:sty m:val=\"p\"/></m:rPr><m:t>" + text + "</m:t></m:r>";
    }

    @Test
    void lettersAreItalicCambriaMathAndOperatorsUpright() throws Exception {
        List<TextRun> runs = runs(math(r("x") + plain("=") + r("2y")));
        assertThat(runs).extracting(TextRun::text).containsExactly("Let ", "x", "=2", "y");
        assertThat(runs.get(0).props().fontAscii()).isNotEqualTo(ParagraphReader.MATH_FONT);
        assertThat(runs.get(1).props().fontAscii()).isEqualTo(ParagraphReader.MATH_FONT);
        assertThat(runs.get(1).props().italic()).isTrue();
        assertThat(runs.get(2).props().italic()).isFalse();
        assertThat(runs.get(3).props().italic()).isTrue();
    }

    @Test
    void fractionsReadAsNumeratorSlashDenominator() throws Exception {
        assertThat(text(math("<m:f><m:num>" + r("a") + "</m:num><m:den>" + r("b") + "</m:den></m:f>")))
                .isEqualTo("Let a/b");
        assertThat(text(math("<m:f><m:num>" + r("a") + plain("+") + r("1") + "</m:num><m:den>" + r("2")
                + "</m:den></m:f>"))).as("a compound numerator is grouped").isEqualTo("Let (a+1)/2");
    }

    @Test
    void scriptsFollowTheirBaseRaisedOrLowered() throws Exception {
        Paragraph p = math("<m:sSubSup><m:e>" + r("R") + "</m:e><m:sub>" + r("i") + "</m:sub><m:sup>" + r("j")
                + "</m:sup></m:sSubSup>");
        List<TextRun> runs = runs(p);
        assertThat(runs).extracting(TextRun::text).containsExactly("Let ", "R", "i", "j");
        assertThat(runs.get(1).props().verticalAlign()).isEqualTo(RunProps.VerticalAlign.BASELINE);
        assertThat(runs.get(2).props().verticalAlign()).isEqualTo(RunProps.VerticalAlign.SUBSCRIPT);
        assertThat(runs.get(3).props().verticalAlign()).isEqualTo(RunProps.VerticalAlign.SUPERSCRIPT);
    }

    @Test
    void delimitersNaryRadicalsAndAccents() throws Exception {
        assertThat(text(math("<m:d><m:e>" + r("x") + "</m:e></m:d>"))).isEqualTo("Let (x)");
        assertThat(text(math("<m:d><m:dPr><m:begChr m:val=\"[\"/><m:sepChr m:val=\",\"/><m:endChr m:val=\"\"/></m:dPr>"
                + "<m:e>" + r("a") + "</m:e><m:e>" + r("b") + "</m:e></m:d>"))).isEqualTo("Let [a,b");
        assertThat(text(math("<m:nary><m:naryPr><m:chr m:val=\"∑\"/></m:naryPr><m:sub>" + r("k") + "</m:sub><m:sup>"
                + r("n") + "</m:sup><m:e>" + r("k") + "</m:e></m:nary>"))).isEqualTo("Let ∑knk");
        assertThat(text(math("<m:nary><m:naryPr><m:subHide m:val=\"1\"/><m:supHide m:val=\"1\"/></m:naryPr>"
                + "<m:sub/><m:sup/><m:e>" + r("f") + "</m:e></m:nary>"))).as("the default n-ary operator").isEqualTo("Let ∫f");
        assertThat(text(math("<m:rad><m:radPr><m:degHide m:val=\"1\"/></m:radPr><m:deg/><m:e>" + r("2")
                + "</m:e></m:rad>"))).isEqualTo("Let √2");
        assertThat(text(math("<m:acc><m:e>" + r("e") + "</m:e></m:acc>"))).as("default accent: circumflex")
                .isEqualTo("Let e^");
    }

    @Test
    void displayMathIsCentredAndItsEquationsGetTheirOwnLines() throws Exception {
        Document d = new DocxReader().read(TestDocx.body("<w:p><m:oMathPara><m:oMath>" + r("a") + "</m:oMath>"
                + "<m:oMath>" + r("b") + "</m:oMath></m:oMathPara></w:p>").write(dir, "d.docx"));
        Paragraph p = paragraph(d, 0);
        assertThat(p.props().alignment()).isEqualTo(Alignment.CENTER);
        assertThat(p.inlines()).hasSize(3);
        assertThat(p.inlines().get(1)).isInstanceOf(Break.class);
    }

    @Test
    void trackedChangesInsideMathAreMarked() throws Exception {
        Paragraph p = math(r("x") + "<w:del w:id=\"1\" w:author=\"A\">" + r("y") + "</w:del>");
        List<TextRun> runs = runs(p);
        assertThat(runs).extracting(TextRun::text).containsExactly("Let ", "x", "y");
        assertThat(runs.get(2).props().strike()).isTrue();
    }

    @Test
    void normalTextRunsKeepTheirOwnFont() throws Exception {
        List<TextRun> runs = runs(math("<m:r><m:rPr><m:nor/></m:rPr><m:t>if</m:t></m:r>"));
        assertThat(runs).extracting(TextRun::text).containsExactly("Let if");
    }
}
