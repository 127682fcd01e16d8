package org.inkpool.docx;

import org.inkpool.model.Document;
import org.inkpool.model.style.RunProps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.docx.Models.paragraph;

/** w:kern and w14:ligatures reach the model: the shaping step kerns and ligates from them. */
class TypographyReadingTest {
    @TempDir
    Path dir;

    private static final String W14 = "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\"";

    @Test
    void kernThresholdAndLigaturesAreReadFromStylesAndRuns() throws Exception {
        String styles = """
                <w:docDefaults><w:rPrDefault><w:rPr><w:kern w:val="2"/></w:rPr></w:rPrDefault></w:docDefaults>
                <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
                """;
        Document d = new DocxReader().read(TestDocx.body(
                "<w:p><w:r><w:t>defaults</w:t></w:r>"
                        + "<w:r><w:rPr><w:kern w:val=\"28\"/>"
                        + "<w14:ligatures " + W14 + " w14:val=\"standardContextual\"/></w:rPr><w:t>direct</w:t></w:r>"
                        + "<w:r><w:rPr><w:kern w:val=\"0\"/><w14:ligatures " + W14 + " w14:val=\"none\"/></w:rPr>"
                        + "<w:t>off</w:t></w:r></w:p>").styles(styles).write(dir, "t.docx"));
        RunProps defaults = Models.runs(paragraph(d, 0)).get(0).props();
        RunProps direct = Models.runs(paragraph(d, 0)).get(1).props();
        RunProps off = Models.runs(paragraph(d, 0)).get(2).props();

        assertThat(defaults.kern()).isEqualTo(1.0); // half-points: kerned from 1 pt up
        assertThat(defaults.ligatures()).isZero();
        assertThat(direct.kern()).isEqualTo(14.0);
        assertThat(direct.kerns(12)).isFalse();
        assertThat(direct.kerns(14)).isTrue();
        assertThat(direct.ligatures()).isEqualTo(RunProps.LIGATURES_STANDARD | RunProps.LIGATURES_CONTEXTUAL);
        assertThat(direct.standardLigatures()).isTrue();
        assertThat(off.kern()).isZero();
        assertThat(off.ligatures()).isZero();
    }
}
