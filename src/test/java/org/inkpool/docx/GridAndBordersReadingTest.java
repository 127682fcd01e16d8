package org.inkpool.docx;

import org.inkpool.model.style.Border;
import org.inkpool.model.section.DocGrid;
import org.inkpool.model.Document;
import org.inkpool.model.section.LineNumbering;
import org.inkpool.model.section.PageBorders;
import org.inkpool.model.Paragraph;
import org.inkpool.model.style.ParagraphBorders;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.section.Section;
import org.inkpool.model.TextRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.docx.TestDocx.p;

/** Reading the document grid, paragraph and page borders, line numbering, background and w:position/w:w. */
class GridAndBordersReadingTest {
    @TempDir
    Path dir;

    private static final String SECT = "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
            + "<w:pgBorders w:offsetFrom=\"page\" w:display=\"firstPage\">"
            + "<w:top w:val=\"double\" w:sz=\"12\" w:space=\"24\" w:color=\"FF0000\"/>"
            + "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"24\"/></w:pgBorders>"
            + "<w:lnNumType w:countBy=\"5\" w:start=\"9\" w:distance=\"360\" w:restart=\"continuous\"/>"
            + "<w:docGrid w:type=\"linesAndChars\" w:linePitch=\"579\" w:charSpace=\"-849\"/></w:sectPr>";

    private static final String SETTINGS = "<w:displayBackgroundShape/><w:compat><w:adjustLineHeightInTable/></w:compat>";

    private Document read(String body, boolean withSettings) throws Exception {
        Path file = TestDocx.body(body).write(dir, "g.docx");
        Path withBackground = TestDocx.replaceEntry(file, "word/document.xml",
                xml -> xml.replaceFirst("(<w:body[ >])", "<w:background w:color=\"FFFFCC\"/>$1"), dir.resolve("b.docx"));
        if (!withSettings) {
            return new DocxReader().read(withBackground);
        }
        Path settings = TestDocx.replaceEntry(withBackground, "word/settings.xml",
                xml -> xml.matches("(?s).*<w:settings[^>]*/>.*")
                        ? xml.replaceFirst("<w:settings([^>]*)/>", "<w:settings$1>" + SETTINGS + "</w:settings>")
                        : xml.replaceFirst("(<w:settings[^>]*>)", "$1" + SETTINGS),
                dir.resolve("s.docx"));
        return new DocxReader().read(settings);
    }

    @Test
    void sectionGridBordersAndLineNumbers() throws Exception {
        Document d = read(p("x") + SECT, true);
        Section s = d.sections().get(0);
        DocGrid grid = s.look().grid();
        assertThat(grid.type()).isEqualTo(DocGrid.Type.LINES_AND_CHARS);
        assertThat(grid.linePitch()).isEqualTo(28.95);
        assertThat(grid.charSpace()).isCloseTo(-849 / 4096.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(grid.inTables()).isTrue();
        PageBorders borders = s.look().borders();
        assertThat(borders.fromText()).isFalse();
        assertThat(borders.firstOnly()).isTrue();
        assertThat(borders.top().line()).isEqualTo(new Border(Border.Kind.DOUBLE, 1.5, new Rgb(0xFF0000)));
        assertThat(borders.top().space()).isEqualTo(24);
        assertThat(borders.left().line().width()).isEqualTo(0.5);
        assertThat(borders.bottom().visible()).isFalse();
        LineNumbering numbers = s.look().lineNumbers();
        assertThat(numbers).isEqualTo(new LineNumbering(5, 10, 18, LineNumbering.Restart.CONTINUOUS));
        assertThat(d.pageBackground()).isEqualTo(new Rgb(0xFFFFCC));
    }

    @Test
    void theBackgroundShowsOnlyWhenTheSettingsAskAndNoSectPrMeansNoGrid() throws Exception {
        Document d = read(p("x"), false);
        assertThat(d.pageBackground()).isNull();
        assertThat(d.sections().get(0).look().grid()).isEqualTo(DocGrid.NONE);
        assertThat(d.sections().get(0).look().lineNumbers()).isNull();
    }

    @Test
    void paragraphBordersSnapAndRunEffects() throws Exception {
        String pPr = "<w:snapToGrid w:val=\"0\"/><w:pBdr><w:top w:val=\"single\" w:sz=\"8\" w:space=\"1\"/>"
                + "<w:between w:val=\"dotted\" w:sz=\"4\" w:space=\"2\"/></w:pBdr>";
        Document d = read(p(pPr, "<w:position w:val=\"-6\"/><w:w w:val=\"150\"/>", "x") + SECT, false);
        Paragraph para = (Paragraph) d.sections().get(0).blocks().get(0);
        ParagraphBorders b = para.props().borders();
        assertThat(b.top()).isEqualTo(new ParagraphBorders.Edge(new Border(Border.Kind.SINGLE, 1, null), 1));
        assertThat(b.between().line().kind()).isEqualTo(Border.Kind.DOTTED);
        assertThat(b.between().space()).isEqualTo(2);
        assertThat(b.bottom().visible()).isFalse();
        assertThat(para.props().snapToGrid()).isFalse();
        TextRun run = (TextRun) para.inlines().get(0);
        assertThat(run.props().raise()).isEqualTo(-3);
        assertThat(run.props().scale()).isEqualTo(1.5);
    }
}
