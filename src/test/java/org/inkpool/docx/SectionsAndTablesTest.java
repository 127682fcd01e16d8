package org.inkpool.docx;

import org.inkpool.model.Document;
import org.inkpool.model.section.PageSetup;
import org.inkpool.model.Paragraph;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.section.Section;
import org.inkpool.model.section.SectionStart;
import org.inkpool.model.Table;
import org.inkpool.model.table.TableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.docx.Models.text;
import static org.inkpool.docx.TestDocx.p;

class SectionsAndTablesTest {
    @TempDir
    Path dir;

    @Test
    void eachSectPrEndsASectionWithItsPageSetup() throws Exception {
        String a4Portrait = "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                + "<w:pgMar w:top=\"1440\" w:right=\"1134\" w:bottom=\"1440\" w:left=\"1134\" w:header=\"708\" "
                + "w:footer=\"708\" w:gutter=\"0\"/><w:cols w:space=\"708\"/></w:sectPr>";
        String letterLandscape = "<w:sectPr><w:type w:val=\"continuous\"/>"
                + "<w:pgSz w:w=\"15840\" w:h=\"12240\" w:orient=\"landscape\"/>"
                + "<w:pgMar w:top=\"720\" w:right=\"720\" w:bottom=\"720\" w:left=\"720\" w:header=\"360\" w:footer=\"360\"/>"
                + "<w:cols w:num=\"2\" w:space=\"360\"/></w:sectPr>";
        Document d = new DocxReader().read(TestDocx.body(
                p("first") + p(a4Portrait, "", "ends A4") + p("second") + letterLandscape).write(dir, "s.docx"));
        List<Section> sections = d.sections();
        assertThat(sections).hasSize(2);
        Section a4 = sections.get(0);
        assertThat(a4.blocks()).hasSize(2);
        assertThat(a4.page().width()).isEqualTo(595.3);
        assertThat(a4.page().height()).isEqualTo(841.9);
        assertThat(a4.page().marginLeft()).isEqualTo(56.7);
        assertThat(a4.page().headerDistance()).isEqualTo(35.4);
        assertThat(a4.page().columns()).isEqualTo(1);
        assertThat(a4.start()).isEqualTo(SectionStart.NEXT_PAGE);
        Section land = sections.get(1);
        assertThat(land.start()).isEqualTo(SectionStart.CONTINUOUS);
        assertThat(land.page().width()).isEqualTo(792);
        assertThat(land.page().height()).isEqualTo(612);
        assertThat(land.page().columns()).isEqualTo(2);
        assertThat(land.page().columnGap()).isEqualTo(18);
        assertThat(text((Paragraph) land.blocks().get(0))).isEqualTo("second");
    }

    @Test
    void documentWithoutSectPrIsLetter() throws Exception {
        Document d = new DocxReader().read(TestDocx.body(p("x")).write(dir, "l.docx"));
        assertThat(d.sections()).singleElement().extracting(Section::page).isEqualTo(PageSetup.LETTER);
    }

    @Test
    void tableStructureAndCellTextArePreserved() throws Exception {
        String body = "<w:tbl><w:tblPr><w:tblInd w:w=\"144\" w:type=\"dxa\"/></w:tblPr>"
                + "<w:tblGrid><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"3000\"/><w:gridCol w:w=\"1000\"/></w:tblGrid>"
                + "<w:tr><w:trPr><w:tblHeader/></w:trPr>"
                + "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/><w:shd w:val=\"clear\" w:fill=\"D9D9D9\"/></w:tcPr>" + p("head") + "</w:tc>"
                + "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" + p("tall") + "</w:tc></w:tr>"
                + "<w:tr><w:tc>" + p("a") + p("a2") + "</w:tc>"
                + "<w:tc><w:tbl><w:tblGrid><w:gridCol w:w=\"1000\"/></w:tblGrid><w:tr><w:tc>" + p("nested")
                + "</w:tc></w:tr></w:tbl>" + p("") + "</w:tc>"
                + "<w:tc><w:tcPr><w:vMerge/></w:tcPr>" + p("") + "</w:tc></w:tr>"
                + "<w:sdt><w:sdtContent><w:tr><w:tc>" + p("in sdt row") + "</w:tc></w:tr></w:sdtContent></w:sdt>"
                + "</w:tbl>" + p("after");
        Document d = new DocxReader().read(TestDocx.body(body).write(dir, "t.docx"));
        Table t = (Table) Models.blocks(d).get(0);
        assertThat(t.grid()).containsExactly(100.0, 150.0, 50.0);
        assertThat(t.indent()).isEqualTo(7.2);
        assertThat(t.rows()).hasSize(3);
        assertThat(t.rows().get(0).header()).isTrue();
        assertThat(t.rows().get(1).header()).isFalse();
        TableCell head = t.rows().get(0).cells().get(0);
        assertThat(head.gridSpan()).isEqualTo(2);
        assertThat(head.shading()).isEqualTo(new Rgb(0xD9D9D9));
        assertThat(text((Paragraph) head.blocks().get(0))).isEqualTo("head");
        assertThat(t.rows().get(0).cells().get(1).mergedFromAbove()).isFalse();
        assertThat(t.rows().get(1).cells().get(2).mergedFromAbove()).isTrue();
        assertThat(t.rows().get(1).cells().get(0).blocks()).extracting(b -> text((Paragraph) b)).containsExactly("a", "a2");
        Table nested = (Table) t.rows().get(1).cells().get(1).blocks().get(0);
        assertThat(text((Paragraph) nested.rows().get(0).cells().get(0).blocks().get(0))).isEqualTo("nested");
        assertThat(text((Paragraph) t.rows().get(2).cells().get(0).blocks().get(0))).isEqualTo("in sdt row");
        assertThat(text((Paragraph) Models.blocks(d).get(1))).isEqualTo("after");
    }

    @Test
    void tableStyleConditionalFormatsFollowTheTableLook() throws Exception {
        String styles = """
                <w:style w:type="table" w:styleId="Banded"><w:name w:val="Banded"/>
                  <w:rPr><w:color w:val="111111"/></w:rPr>
                  <w:tcPr><w:shd w:val="clear" w:fill="FFFFFF"/></w:tcPr>
                  <w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="FF0000"/></w:rPr>
                    <w:tcPr><w:shd w:val="clear" w:fill="000080"/></w:tcPr></w:tblStylePr>
                  <w:tblStylePr w:type="firstCol"><w:rPr><w:i/><w:color w:val="00FF00"/></w:rPr></w:tblStylePr>
                  <w:tblStylePr w:type="band1Horz"><w:tcPr><w:shd w:val="clear" w:fill="DDDDDD"/></w:tcPr></w:tblStylePr>
                </w:style>
                """;
        StringBuilder rows = new StringBuilder();
        for (int r = 0; r < 3; r++) {
            rows.append("<w:tr>");
            for (int c = 0; c < 2; c++) {
                rows.append("<w:tc>").append(p("r" + r + "c" + c)).append("</w:tc>");
            }
            rows.append("</w:tr>");
        }
        Document d = new DocxReader().read(TestDocx.body("<w:tbl><w:tblPr><w:tblStyle w:val=\"Banded\"/>"
                + "<w:tblLook w:val=\"04A0\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/>"
                + "</w:tblGrid>" + rows + "</w:tbl>").styles(styles).write(dir, "banded.docx"));
        Table t = (Table) Models.blocks(d).get(0);
        TableCell corner = t.rows().get(0).cells().get(0);
        TableCell header = t.rows().get(0).cells().get(1);
        TableCell band1 = t.rows().get(1).cells().get(1);
        TableCell band2 = t.rows().get(2).cells().get(1);
        TableCell firstCol = t.rows().get(1).cells().get(0);
        assertThat(header.shading()).isEqualTo(new Rgb(0x000080));
        assertThat(band1.shading()).isEqualTo(new Rgb(0xDDDDDD));
        assertThat(band2.shading()).as("whole-table fill").isEqualTo(new Rgb(0xFFFFFF));
        var headerRun = Models.firstRun((Paragraph) header.blocks().get(0)).props();
        assertThat(headerRun.bold()).isTrue();
        assertThat(headerRun.color()).isEqualTo(new Rgb(0xFF0000));
        var cornerRun = Models.firstRun((Paragraph) corner.blocks().get(0)).props();
        assertThat(cornerRun.bold()).isTrue();
        assertThat(cornerRun.italic()).isTrue();
        assertThat(cornerRun.color()).as("first column beats first row").isEqualTo(new Rgb(0x00FF00));
        var colRun = Models.firstRun((Paragraph) firstCol.blocks().get(0)).props();
        assertThat(colRun.bold()).isFalse();
        assertThat(colRun.italic()).isTrue();
        var plainRun = Models.firstRun((Paragraph) band2.blocks().get(0)).props();
        assertThat(plainRun.color()).isEqualTo(new Rgb(0x111111));
        assertThat(plainRun.bold()).isFalse();
    }

    @Test
    void hostileNestingIsCutOffWithAWarningNotACrash() throws Exception {
        int depth = 300;
        StringBuilder body = new StringBuilder();
        body.append("<w:tbl><w:tr><w:tc>".repeat(depth)).append(p("deep")).append("</w:tc></w:tr></w:tbl>".repeat(depth));
        List<String> warnings = new ArrayList<>();
        Document d = new DocxReader().read(TestDocx.body(body + p("end")).write(dir, "deep.docx"), warnings::add);
        assertThat(text((Paragraph) Models.blocks(d).get(1))).isEqualTo("end");
        assertThat(warnings).anyMatch(w -> w.contains("nested"));
    }
}
