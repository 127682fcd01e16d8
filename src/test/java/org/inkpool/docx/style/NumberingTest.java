package org.inkpool.docx.style;

import org.inkpool.docx.DocxReader;
import org.inkpool.docx.Models;
import org.inkpool.docx.TestDocx;
import org.inkpool.model.style.Alignment;
import org.inkpool.model.Document;
import org.inkpool.model.style.ListLabel;
import org.inkpool.model.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.docx.TestDocx.p;

class NumberingTest {
    @TempDir
    Path dir;

    private static String lvl(int ilvl, int start, String fmt, String text, String extra) {
        return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"" + start + "\"/><w:numFmt w:val=\"" + fmt + "\"/>"
                + "<w:lvlText w:val=\"" + text + "\"/>" + extra
                + "<w:pPr><w:ind w:left=\"" + (720 * (ilvl + 1)) + "\" w:hanging=\"360\"/></w:pPr></w:lvl>";
    }

    private static final String NUMBERING = "<w:abstractNum w:abstractNumId=\"0\">"
            + lvl(0, 1, "decimal", "%1.", "")
            + lvl(1, 1, "decimal", "%1.%2.", "<w:suff w:val=\"space\"/>")
            + lvl(2, 1, "lowerRoman", "(%3)", "<w:lvlJc w:val=\"right\"/>")
            + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"1\">"
            + lvl(0, 1, "upperLetter", "%1)", "<w:rPr><w:b/><w:color w:val=\"FF0000\"/></w:rPr>")
            + lvl(1, 1, "upperRoman", "%2", "<w:lvlRestart w:val=\"0\"/>")
            + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"2\">"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\uF0B7\"/>"
            + "<w:rPr><w:rFonts w:ascii=\"Symbol\" w:hAnsi=\"Symbol\" w:hint=\"default\"/></w:rPr></w:lvl>"
            + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\uF0A7\"/>"
            + "<w:rPr><w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\"/></w:rPr></w:lvl>"
            + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"3\">"
            + lvl(0, 1, "decimal", "%1.", "")
            + lvl(1, 1, "lowerLetter", "%1.%2", "<w:isLgl/>")
            + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"4\">"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><mc:AlternateContent><mc:Choice Requires=\"w14\">"
            + "<w:numFmt w:val=\"custom\" w:format=\"001, 002, 003, ...\"/></mc:Choice><mc:Fallback>"
            + "<w:numFmt w:val=\"decimalZero\"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val=\"%1\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\"/>"
            + "<w:lvlPicBulletId w:val=\"0\"/></w:lvl>"
            + "</w:abstractNum>"
            + "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"4\"/></w:num>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
            + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"2\"/></w:num>"
            + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"0\"/>"
            + "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"7\"/></w:lvlOverride></w:num>"
            + "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"3\"/></w:num>"
            + "<w:num w:numId=\"6\"><w:abstractNumId w:val=\"0\"/></w:num>";

    private static final String STYLES = "<w:style w:type=\"paragraph\" w:styleId=\"ListNumber\"><w:name w:val=\"List Number\"/>"
            + "<w:pPr><w:numPr><w:numId w:val=\"2\"/></w:numPr><w:spacing w:after=\"60\"/></w:pPr></w:style>";

    private static String item(int numId, int ilvl, String text) {
        return p("<w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>", "", text);
    }

    private List<Paragraph> read(String body) throws Exception {
        Document d = new DocxReader().read(TestDocx.body(body).numbering(NUMBERING).styles(STYLES).write(dir, "n.docx"));
        return Models.blocks(d).stream().map(b -> (Paragraph) b).toList();
    }

    private static List<String> labels(List<Paragraph> ps) {
        return ps.stream().map(p -> p.label() == null ? "-" : p.label().text()).toList();
    }

    @Test
    void multiLevelPatternsCountAndRestart() throws Exception {
        List<Paragraph> ps = read(item(1, 0, "a") + item(1, 1, "b") + item(1, 1, "c") + item(1, 2, "d")
                + item(1, 2, "e") + item(1, 0, "f") + item(1, 1, "g") + item(1, 2, "h"));
        assertThat(labels(ps)).containsExactly("1.", "1.1.", "1.2.", "(i)", "(ii)", "2.", "2.1.", "(i)");
        assertThat(ps.get(1).label().suffix()).isEqualTo(ListLabel.Suffix.SPACE);
        assertThat(ps.get(0).label().suffix()).isEqualTo(ListLabel.Suffix.TAB);
        assertThat(ps.get(3).label().alignment()).isEqualTo(Alignment.RIGHT);
        assertThat(ps.get(1).props().indentLeft()).as("level indents apply").isEqualTo(72);
        assertThat(ps.get(1).props().firstLine()).isEqualTo(-18);
    }

    @Test
    void lettersRomanLevelRunPropsAndNoRestart() throws Exception {
        List<Paragraph> ps = read(item(2, 0, "a") + item(2, 1, "b") + item(2, 0, "c") + item(2, 1, "d"));
        assertThat(labels(ps)).containsExactly("A)", "I", "B)", "II");
        ListLabel a = ps.get(0).label();
        assertThat(a.props().bold()).isTrue();
        assertThat(a.props().color().value()).isEqualTo(0xFF0000);
        assertThat(ps.get(0).inlines()).allSatisfy(i -> assertThat(((org.inkpool.model.TextRun) i).props().bold()).isFalse());
    }

    @Test
    void symbolAndWingdingsBulletsAreMappedToUnicode() throws Exception {
        List<Paragraph> ps = read(item(3, 0, "a") + item(3, 1, "b"));
        assertThat(labels(ps)).containsExactly("\u2022", "\u25AA");
        assertThat(ps.get(0).label().props().fontAscii()).isNotEqualTo("Symbol");
        assertThat(ps.get(1).label().props().fontAscii()).isNotEqualTo("Wingdings");
    }

    @Test
    void customFormatsFallBackAndPictureBulletsBecomeBullets() throws Exception {
        List<Paragraph> ps = read(item(7, 0, "a") + item(7, 1, "b"));
        assertThat(labels(ps)).containsExactly("01", "\u2022");
    }

    @Test
    void startOverrideRestartsAndSharedAbstractsContinue() throws Exception {
        List<Paragraph> ps = read(item(1, 0, "a") + item(1, 0, "b") + item(4, 0, "c") + item(4, 0, "d")
                + item(6, 0, "e") + p("plain") + item(1, 0, "f"));
        assertThat(labels(ps)).containsExactly("1.", "2.", "7.", "8.", "3.", "-", "4.");
    }

    @Test
    void legalNumberingAndNumberingFromTheStyle() throws Exception {
        List<Paragraph> ps = read(item(5, 0, "a") + item(5, 1, "b")
                + p("<w:pStyle w:val=\"ListNumber\"/>", "", "styled")
                + p("<w:pStyle w:val=\"ListNumber\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>", "", "removed"));
        assertThat(labels(ps)).containsExactly("1.", "1.1", "A)", "-");
        assertThat(ps.get(2).props().indentLeft()).isEqualTo(36);
        assertThat(ps.get(2).props().spaceAfter()).isEqualTo(3);
        assertThat(ps.get(3).props().indentLeft()).as("numId 0 drops the level's indent too").isZero();
    }
}
