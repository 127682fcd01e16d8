package org.inkpool.docx;

import org.inkpool.model.Document;
import org.inkpool.model.Paragraph;
import org.inkpool.model.style.RunProps;
import org.inkpool.model.TextRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.docx.Models.paragraph;
import static org.inkpool.docx.TestDocx.p;

/** w:bidi paragraphs, and complex-script formatting (w:rtl, w:szCs, w:bCs, w:iCs) of runs. */
class RightToLeftReadingTest {
    @TempDir
    Path dir;

    private static final String STYLES = """
            <w:docDefaults>
              <w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>
                <w:sz w:val="22"/><w:szCs w:val="28"/></w:rPr></w:rPrDefault>
            </w:docDefaults>
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
            <w:style w:type="paragraph" w:styleId="Arabic"><w:name w:val="Arabic"/>
              <w:pPr><w:bidi/><w:jc w:val="left"/><w:ind w:left="720"/></w:pPr></w:style>
            """;

    private Document read(String body) throws Exception {
        return new DocxReader().read(TestDocx.body(body).styles(STYLES).write(dir, "t.docx"));
    }

    @Test
    void bidiMakesARightToLeftParagraphFromStyleOrDirectFormatting() throws Exception {
        Document d = read(p("<w:pStyle w:val=\"Arabic\"/>", "", "نص")
                + p("<w:bidi/>", "", "نص")
                + p("<w:pStyle w:val=\"Arabic\"/><w:bidi w:val=\"0\"/>", "", "text")
                + p("text"));
        assertThat(paragraph(d, 0).props().rightToLeft()).isTrue();
        assertThat(paragraph(d, 0).props().indentLeft()).as("indents keep their logical meaning").isEqualTo(36);
        assertThat(paragraph(d, 1).props().rightToLeft()).isTrue();
        assertThat(paragraph(d, 2).props().rightToLeft()).isFalse();
        assertThat(paragraph(d, 3).props().rightToLeft()).isFalse();
    }

    @Test
    void complexScriptCharactersTakeTheCsSizeBoldAndItalic() throws Exception {
        Document d = read("<w:p><w:r><w:rPr><w:b/><w:iCs/><w:sz w:val=\"20\"/><w:szCs w:val=\"32\"/></w:rPr>"
                + "<w:t>abc نص</w:t></w:r></w:p>");
        List<TextRun> runs = Models.runs(paragraph(d, 0));
        assertThat(runs).extracting(TextRun::text).containsExactly("abc ", "نص");
        RunProps latin = runs.get(0).props();
        RunProps arabic = runs.get(1).props();
        assertThat(latin.size()).isEqualTo(10);
        assertThat(latin.bold()).isTrue();
        assertThat(latin.italic()).isFalse();
        assertThat(arabic.size()).isEqualTo(16);
        assertThat(arabic.bold()).as("w:b does not embolden complex scripts").isFalse();
        assertThat(arabic.italic()).isTrue();
    }

    @Test
    void anRtlRunFormatsAllItsCharactersAsComplexScript() throws Exception {
        Document d = read("<w:p><w:r><w:rPr><w:rtl/><w:rFonts w:ascii=\"Arial\" w:cs=\"Tahoma\"/><w:bCs/></w:rPr>"
                + "<w:t>نص 12</w:t></w:r></w:p>");
        Paragraph p = paragraph(d, 0);
        List<TextRun> runs = Models.runs(p);
        assertThat(runs).hasSize(1);
        RunProps props = runs.get(0).props();
        assertThat(props.size()).as("szCs from the defaults").isEqualTo(14);
        assertThat(props.bold()).isTrue();
        assertThat(props.fontFor('1')).as("digits of an rtl run use the cs font").isEqualTo("Tahoma");
    }
}
