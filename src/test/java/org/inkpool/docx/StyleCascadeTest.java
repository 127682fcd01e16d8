package org.inkpool.docx;

import org.inkpool.model.style.Alignment;
import org.inkpool.model.Document;
import org.inkpool.model.style.LineSpacing;
import org.inkpool.model.Paragraph;
import org.inkpool.model.style.ParagraphProps;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.style.RunProps;
import org.inkpool.model.style.TabStop;
import org.inkpool.model.TextRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.inkpool.docx.Models.firstRun;
import static org.inkpool.docx.Models.paragraph;
import static org.inkpool.docx.TestDocx.p;

class StyleCascadeTest {
    @TempDir
    Path dir;

    private static final String STYLES = """
            <w:docDefaults>
              <w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="SimSun" w:cs="Arial"/>
                <w:sz w:val="22"/></w:rPr></w:rPrDefault>
              <w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>
            </w:docDefaults>
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
            <w:style w:type="paragraph" w:styleId="Base"><w:name w:val="Base"/>
              <w:pPr><w:jc w:val="center"/><w:ind w:left="720"/><w:spacing w:before="240"/>
                <w:tabs><w:tab w:val="left" w:pos="1440"/><w:tab w:val="right" w:pos="4320" w:leader="dot"/></w:tabs>
              </w:pPr>
              <w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Derived"><w:name w:val="Derived"/><w:basedOn w:val="Base"/>
              <w:pPr><w:ind w:hanging="360"/><w:keepNext/></w:pPr>
              <w:rPr><w:i/><w:color w:val="FF0000"/><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/></w:rPr></w:style>
            <w:style w:type="character" w:styleId="Emph"><w:name w:val="Emph"/>
              <w:rPr><w:b/><w:u w:val="double"/></w:rPr></w:style>
            """;

    private Document read(TestDocx docx) throws Exception {
        return new DocxReader().read(docx.write(dir, "t.docx"));
    }

    @Test
    void runPropertiesCascadeFromDefaultsThroughStylesToDirectFormatting() throws Exception {
        Document d = read(TestDocx.body(
                "<w:p><w:pPr><w:pStyle w:val=\"Derived\"/></w:pPr>"
                        + "<w:r><w:t>styled</w:t></w:r>"
                        + "<w:r><w:rPr><w:rStyle w:val=\"Emph\"/></w:rPr><w:t>char</w:t></w:r>"
                        + "<w:r><w:rPr><w:rStyle w:val=\"Emph\"/><w:sz w:val=\"30\"/><w:b/></w:rPr><w:t>direct</w:t></w:r>"
                        + "</w:p>" + p("plain")).styles(STYLES));
        Paragraph styled = paragraph(d, 0);
        RunProps s = Models.runs(styled).get(0).props();
        assertThat(s.size()).isEqualTo(12); // Base's 24 half-points over the defaults' 22
        assertThat(s.bold()).isTrue();       // from Base through basedOn
        assertThat(s.italic()).isTrue();     // from Derived
        assertThat(s.color()).isEqualTo(new Rgb(0xFF0000));
        assertThat(s.fontAscii()).isEqualTo("Georgia");
        assertThat(s.fontEastAsia()).isEqualTo("SimSun"); // untouched slot keeps docDefaults
        assertThat(s.fontCs()).isEqualTo("Arial");

        RunProps c = Models.runs(styled).get(1).props();
        assertThat(c.bold()).as("bold in paragraph and character style toggles off").isFalse();
        assertThat(c.underline()).isEqualTo(RunProps.Underline.DOUBLE);
        assertThat(c.italic()).isTrue();

        RunProps direct = Models.runs(styled).get(2).props();
        assertThat(direct.size()).isEqualTo(15);
        assertThat(direct.bold()).as("direct formatting is absolute").isTrue();

        RunProps plain = firstRun(paragraph(d, 1)).props();
        assertThat(plain.size()).isEqualTo(11);
        assertThat(plain.bold()).isFalse();
        assertThat(plain.fontAscii()).isEqualTo("Arial");
    }

    @Test
    void paragraphPropertiesCascadeAndTabsMerge() throws Exception {
        Document d = read(TestDocx.body(
                p("<w:pStyle w:val=\"Derived\"/><w:tabs><w:tab w:val=\"clear\" w:pos=\"1440\"/>"
                        + "<w:tab w:val=\"center\" w:pos=\"2880\"/></w:tabs><w:spacing w:after=\"0\"/>", "", "x")
                        + p("plain")).styles(STYLES));
        ParagraphProps pp = paragraph(d, 0).props();
        assertThat(pp.styleId()).isEqualTo("Derived");
        assertThat(pp.alignment()).isEqualTo(Alignment.CENTER);
        assertThat(pp.indentLeft()).isEqualTo(36);
        assertThat(pp.firstLine()).isEqualTo(-18);
        assertThat(pp.spaceBefore()).isEqualTo(12);
        assertThat(pp.spaceAfter()).isZero();
        assertThat(pp.keepNext()).isTrue();
        assertThat(pp.widowControl()).isTrue();
        assertThat(pp.lineSpacing().rule()).isEqualTo(LineSpacing.LineRule.AUTO);
        assertThat(pp.lineSpacing().value()).isCloseTo(259 / 240.0, within(1e-9));
        assertThat(pp.tabs()).containsExactly(
                new TabStop(144, TabStop.TabAlignment.CENTER, TabStop.TabLeader.NONE),
                new TabStop(216, TabStop.TabAlignment.RIGHT, TabStop.TabLeader.DOT));
        assertThat(pp.defaultTabStop()).isEqualTo(36);

        ParagraphProps plain = paragraph(d, 1).props();
        assertThat(plain.styleId()).as("default paragraph style").isEqualTo("Normal");
        assertThat(plain.spaceAfter()).isEqualTo(8);
        assertThat(plain.tabs()).isEmpty();
    }

    @Test
    void blankAndInheritFontNamesKeepTheCascadedFont() throws Exception {
        Document d = read(TestDocx.body(
                "<w:p><w:r><w:rPr><w:rFonts w:ascii=\"inherit\" w:hAnsi=\" \" w:cs=\"Arial \"/></w:rPr>"
                        + "<w:t>x</w:t></w:r></w:p>"));
        RunProps r = firstRun(paragraph(d, 0)).props();
        assertThat(r.fontAscii()).isEqualTo("Times New Roman");
        assertThat(r.fontHAnsi()).isEqualTo("Times New Roman");
        assertThat(r.fontCs()).isEqualTo("Arial");
    }

    @Test
    void missingDefaultsGiveTenPointTimesNewRoman() throws Exception {
        Document d = read(TestDocx.body(p("x")));
        RunProps r = firstRun(paragraph(d, 0)).props();
        assertThat(r.size()).isEqualTo(10);
        assertThat(r.fontAscii()).isEqualTo("Times New Roman");
        assertThat(r.fontHAnsi()).isEqualTo("Times New Roman");
        assertThat(r.fontCs()).isEqualTo("Times New Roman");
        assertThat(r.fontEastAsia()).isNotNull();
        assertThat(paragraph(d, 0).markProps().size()).isEqualTo(10);
    }

    @Test
    void themeFontsResolveThroughTheThemeAndTheEastAsianLanguage() throws Exception {
        String styles = """
                <w:docDefaults><w:rPrDefault><w:rPr>
                  <w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:cstheme="minorBidi"/>
                  <w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>
                </w:rPr></w:rPrDefault></w:docDefaults>
                <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>
                  <w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/></w:rPr></w:style>
                """;
        Document d = read(TestDocx.body(p("body 中文") + p("<w:pStyle w:val=\"Heading1\"/>", "", "head")
                        + p("", "<w:rFonts w:ascii=\"Courier New\" w:eastAsia=\"SimHei\"/>", "direct"))
                .styles(styles).theme("Calibri", "", "等线"));
        RunProps body = firstRun(paragraph(d, 0)).props();
        assertThat(body.fontAscii()).isEqualTo("Calibri");
        assertThat(body.fontHAnsi()).isEqualTo("Calibri");
        assertThat(body.fontEastAsia()).as("empty a:ea falls back to the Hans script font").isEqualTo("等线");
        assertThat(body.fontCs()).as("no complex-script face in the theme: never null").isNotNull();
        assertThat(body.fontFor('中')).isEqualTo("等线");

        assertThat(firstRun(paragraph(d, 1)).props().fontAscii()).isEqualTo("Major Calibri");

        RunProps direct = firstRun(paragraph(d, 2)).props();
        assertThat(direct.fontAscii()).as("an explicit name above a theme reference wins").isEqualTo("Courier New");
        assertThat(direct.fontEastAsia()).isEqualTo("SimHei");
        assertThat(direct.fontHAnsi()).isEqualTo("Calibri");
    }

    @Test
    void eastAsiaHintSendsSharedPunctuationToTheEastAsianFont() throws Exception {
        Document d = read(TestDocx.body(p("",
                "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"SimSun\" w:hint=\"eastAsia\"/>",
                "\u201C中文\u201D abc\u2026") + p("", "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" "
                + "w:eastAsia=\"SimSun\"/>", "\u201C中文\u201D")));
        java.util.List<TextRun> hinted = Models.runs(paragraph(d, 0));
        assertThat(Models.text(paragraph(d, 0))).isEqualTo("\u201C中文\u201D abc\u2026");
        for (TextRun run : hinted) {
            for (int i = 0; i < run.text().length(); i++) {
                char c = run.text().charAt(i);
                String expected = c == '\u201C' || c == '\u201D' || c == '\u2026' || c == '中' || c == '文'
                        ? "SimSun" : "Times New Roman";
                assertThat(run.props().fontFor(c)).as("font of %s", c).isEqualTo(expected);
            }
        }
        TextRun plain = Models.firstRun(paragraph(d, 1));
        assertThat(plain.props().fontFor('\u201C')).as("no hint: the Latin slot").isEqualTo("Times New Roman");
    }

    @Test
    void runDetailsAreResolved() throws Exception {
        Document d = read(TestDocx.body(p("",
                "<w:caps/><w:smallCaps/><w:strike/><w:dstrike/><w:vertAlign w:val=\"superscript\"/>"
                        + "<w:color w:val=\"auto\"/><w:highlight w:val=\"yellow\"/><w:spacing w:val=\"40\"/>"
                        + "<w:u w:val=\"wave\"/>", "fancy")
                + p("", "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"00FF00\"/><w:u w:val=\"dotted\"/>", "shaded")));
        RunProps r = firstRun(paragraph(d, 0)).props();
        assertThat(r.caps()).isTrue();
        assertThat(r.smallCaps()).isTrue();
        assertThat(r.strike()).isTrue();
        assertThat(r.doubleStrike()).isTrue();
        assertThat(r.verticalAlign()).isEqualTo(RunProps.VerticalAlign.SUPERSCRIPT);
        assertThat(r.color()).isNull();
        assertThat(r.highlight()).isEqualTo(new Rgb(0xFFFF00));
        assertThat(r.spacing()).isEqualTo(2);
        assertThat(r.underline()).isEqualTo(RunProps.Underline.WAVY);
        RunProps s = firstRun(paragraph(d, 1)).props();
        assertThat(s.highlight()).isEqualTo(new Rgb(0x00FF00));
        assertThat(s.underline()).isEqualTo(RunProps.Underline.DOTTED);
    }

    @Test
    void characterUnitIndentsAndLineSpacingRules() throws Exception {
        Document d = read(TestDocx.body(
                p("<w:ind w:firstLineChars=\"200\" w:firstLine=\"480\" w:leftChars=\"100\" w:left=\"100\"/>"
                        + "<w:spacing w:beforeLines=\"50\" w:before=\"156\" w:line=\"360\" w:lineRule=\"exact\"/>",
                        "<w:sz w:val=\"24\"/>", "x")
                        + p("<w:spacing w:line=\"300\" w:lineRule=\"atLeast\" w:beforeAutospacing=\"1\" w:afterAutospacing=\"1\"/>"
                        + "<w:jc w:val=\"both\"/><w:widowControl w:val=\"0\"/><w:pageBreakBefore/>"
                        + "<w:shd w:val=\"clear\" w:fill=\"EEEEEE\"/><w:contextualSpacing/>", "", "y"))
                .styles("<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"21\"/></w:rPr></w:rPrDefault></w:docDefaults>"));
        ParagraphProps a = paragraph(d, 0).props();
        assertThat(a.firstLine()).as("two characters of 10.5 pt").isEqualTo(21);
        assertThat(a.indentLeft()).isEqualTo(10.5);
        assertThat(a.spaceBefore()).as("half a line of 12 pt").isEqualTo(6);
        assertThat(a.lineSpacing()).isEqualTo(new LineSpacing(LineSpacing.LineRule.EXACT, 18));
        ParagraphProps b = paragraph(d, 1).props();
        assertThat(b.lineSpacing()).isEqualTo(new LineSpacing(LineSpacing.LineRule.AT_LEAST, 15));
        assertThat(b.beforeAuto()).isTrue();
        assertThat(b.afterAuto()).isTrue();
        assertThat(b.alignment()).isEqualTo(Alignment.JUSTIFY);
        assertThat(b.widowControl()).isFalse();
        assertThat(b.pageBreakBefore()).isTrue();
        assertThat(b.shading()).isEqualTo(new Rgb(0xEEEEEE));
        assertThat(b.contextualSpacing()).isTrue();
    }

    @Test
    void paragraphMarkPropertiesComeFromThePPrRPr() throws Exception {
        Document d = read(TestDocx.body("<w:p><w:pPr><w:rPr><w:sz w:val=\"48\"/><w:b/></w:rPr></w:pPr></w:p>"));
        Paragraph empty = paragraph(d, 0);
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.markProps().size()).isEqualTo(24);
        assertThat(empty.markProps().bold()).isTrue();
    }

    @Test
    void tableStyleSitsBetweenDefaultsAndTheParagraphStyle() throws Exception {
        String styles = STYLES + """
                <w:style w:type="table" w:styleId="Grid"><w:name w:val="Grid"/>
                  <w:pPr><w:spacing w:after="0"/><w:jc w:val="right"/></w:pPr>
                  <w:rPr><w:sz w:val="16"/><w:color w:val="0000FF"/></w:rPr></w:style>
                """;
        String cell = "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>%s</w:tc>";
        Document d = read(TestDocx.body("<w:tbl><w:tblPr><w:tblStyle w:val=\"Grid\"/></w:tblPr>"
                + "<w:tblGrid><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/></w:tblGrid><w:tr>"
                + String.format(cell, p("in table"))
                + String.format(cell, p("<w:pStyle w:val=\"Base\"/>", "", "styled"))
                + "</w:tr></w:tbl>" + p("after")).styles(styles));
        org.inkpool.model.Table t = (org.inkpool.model.Table) Models.blocks(d).get(0);
        Paragraph plain = (Paragraph) t.rows().get(0).cells().get(0).blocks().get(0);
        assertThat(plain.props().alignment()).isEqualTo(Alignment.RIGHT);
        assertThat(plain.props().spaceAfter()).isZero();
        TextRun run = firstRun(plain);
        assertThat(run.props().size()).isEqualTo(8);
        assertThat(run.props().color()).isEqualTo(new Rgb(0x0000FF));
        Paragraph styled = (Paragraph) t.rows().get(0).cells().get(1).blocks().get(0);
        assertThat(styled.props().alignment()).as("paragraph style over table style").isEqualTo(Alignment.CENTER);
        assertThat(firstRun(styled).props().size()).isEqualTo(12);
        assertThat(firstRun(styled).props().color()).isEqualTo(new Rgb(0x0000FF));
        assertThat(firstRun(paragraph(d, 1)).props().size()).as("outside the table").isEqualTo(11);
    }
}
