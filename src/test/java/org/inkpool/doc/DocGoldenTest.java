package org.inkpool.doc;

import org.inkpool.model.style.Alignment;
import org.inkpool.model.Block;
import org.inkpool.model.Document;
import org.inkpool.model.section.HeaderFooterType;
import org.inkpool.model.style.LineSpacing;
import org.inkpool.model.NoteReference;
import org.inkpool.model.Paragraph;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.table.RowProps;
import org.inkpool.model.style.RunProps;
import org.inkpool.model.section.Section;
import org.inkpool.model.Tab;
import org.inkpool.model.style.TabStop;
import org.inkpool.model.Table;
import org.inkpool.model.table.TableCell;
import org.inkpool.model.TextRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Golden .doc files: written once by LibreOffice ({@code soffice --headless --convert-to doc}) from the .docx
 * sources beside them (made by {@code make_sources.py}), read back into the model and checked for structure:
 * runs and their properties, paragraph properties, lists, table shape, sections, headers, notes.
 */
class DocGoldenTest {
    @TempDir
    Path dir;

    @Test
    void runPropertiesFontsAndEastAsianText() throws Exception {
        Document doc = read("formatting.doc");
        assertThat(doc.info().title()).isEqualTo("Golden formatting");
        assertThat(doc.info().author()).isEqualTo("王小明");
        Paragraph first = paragraph(doc, 0);
        assertThat(run(first, "Bold").bold()).isTrue();
        assertThat(run(first, " italic").italic()).isTrue();
        assertThat(run(first, " underlined").underline()).isEqualTo(RunProps.Underline.SINGLE);
        assertThat(run(first, " struck").strike()).isTrue();
        assertThat(run(first, " red").color()).isEqualTo(new Rgb(0xFF0000));
        assertThat(run(first, " big").size()).isEqualTo(16.0);
        assertThat(run(first, "2").verticalAlign()).isEqualTo(RunProps.VerticalAlign.SUPERSCRIPT);
        assertThat(run(first, " caps").caps()).isTrue();
        assertThat(run(first, " hidden").hidden()).isTrue();
        assertThat(run(first, " yellow").highlight()).isEqualTo(new Rgb(0xFFFF00));
        assertThat(run(first, " wide").spacing()).isEqualTo(2.0);
        assertThat(run(first, " Arial").fontAscii()).isEqualTo("Arial");
        assertThat(run(first, " Bold".substring(1)).size()).isEqualTo(11.0);

        Paragraph chinese = paragraph(doc, 1);
        assertThat(chinese.props().alignment()).isEqualTo(Alignment.CENTER);
        RunProps zh = run(chinese, "中文文本宋体");
        assertThat(zh.fontEastAsia()).isEqualTo("SimSun");
        assertThat(zh.fontAscii()).isEqualTo("Times New Roman");
    }

    @Test
    void paragraphPropertiesTabsAndLists() throws Exception {
        Document doc = read("formatting.doc");
        Paragraph right = paragraph(doc, 2);
        assertThat(right.props().alignment()).isEqualTo(Alignment.RIGHT);
        assertThat(right.props().indentLeft()).isEqualTo(36.0);
        assertThat(right.props().indentRight()).isEqualTo(18.0);
        assertThat(right.props().spaceBefore()).isEqualTo(12.0);
        assertThat(right.props().spaceAfter()).isEqualTo(6.0);
        assertThat(right.props().lineSpacing()).isEqualTo(new LineSpacing(LineSpacing.LineRule.EXACT, 18));

        Paragraph hanging = paragraph(doc, 3);
        assertThat(hanging.props().alignment()).isEqualTo(Alignment.JUSTIFY);
        assertThat(hanging.props().indentLeft()).isEqualTo(72.0);
        assertThat(hanging.props().firstLine()).isEqualTo(-36.0);
        assertThat(hanging.props().lineSpacing()).isEqualTo(new LineSpacing(LineSpacing.LineRule.AUTO, 2.0));

        Paragraph tabbed = paragraph(doc, 4);
        assertThat(tabbed.props().tabs()).containsExactly(
                new TabStop(432, TabStop.TabAlignment.RIGHT, TabStop.TabLeader.DOT));
        assertThat(tabbed.props().keepNext()).isTrue();
        assertThat(tabbed.inlines()).hasSize(3).element(1).isInstanceOf(Tab.class);

        assertThat(List.of(5, 6, 7, 8).stream().map(i -> paragraph(doc, i).label().text()))
                .containsExactly("1.", "2.", "a)", "3.");
        assertThat(paragraph(doc, 7).props().indentLeft()).isEqualTo(72.0);
        assertThat(paragraph(doc, 9).props().pageBreakBefore()).isTrue();
    }

    @Test
    void footnoteReferenceAndItsText() throws Exception {
        Document doc = read("formatting.doc");
        NoteReference ref = paragraph(doc, 9).inlines().stream().filter(NoteReference.class::isInstance)
                .map(NoteReference.class::cast).findFirst().orElseThrow();
        assertThat(ref.kind()).isEqualTo(NoteReference.Kind.FOOTNOTE);
        assertThat(ref.mark()).isEqualTo("1");
        assertThat(doc.notes().footnotes()).hasSize(1);
        String text = text((Paragraph) doc.notes().footnote(ref.id()).blocks().get(0));
        assertThat(text).isEqualTo("1 The footnote text.");
    }

    @Test
    void tableShapeMergesBordersAndRows() throws Exception {
        Document doc = read("tables.doc");
        List<Block> blocks = doc.sections().get(0).blocks();
        assertThat(blocks).hasSize(3);
        Table table = (Table) blocks.get(1);
        assertThat(table.grid()).containsExactly(100.0, 100.0, 100.0);
        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().get(0).header()).isTrue();
        assertThat(table.rows().get(0).cells()).extracting(c -> text(c)).containsExactly("H1", "H2", "H3");

        RowProps tall = table.rows().get(1).props();
        assertThat(tall.rule()).isEqualTo(RowProps.HeightRule.EXACT);
        assertThat(tall.height()).isEqualTo(36.0);
        List<TableCell> merged = table.rows().get(1).cells();
        assertThat(merged).extracting(TableCell::gridSpan).containsExactly(2, 1);
        assertThat(merged).extracting(c -> text(c)).containsExactly("Wide", "Tall");

        List<TableCell> last = table.rows().get(2).cells();
        assertThat(last).extracting(TableCell::mergedFromAbove).containsExactly(false, false, true);
        assertThat(last.get(0).props().borders().top().visible()).isTrue();
        assertThat(last.get(0).props().borders().top().width()).isEqualTo(1.0);
    }

    @Test
    void sectionsPageSetupHeadersAndPageNumbering() throws Exception {
        Document doc = read("sections.doc");
        assertThat(doc.sections()).hasSize(2);
        Section letter = doc.sections().get(0);
        assertThat(letter.page().width()).isEqualTo(612.0);
        assertThat(letter.page().height()).isEqualTo(792.0);
        assertThat(letter.page().marginLeft()).isEqualTo(72.0);
        assertThat(letter.blocks()).hasSize(2);

        Section landscape = doc.sections().get(1);
        assertThat(landscape.page().width()).isCloseTo(841.9, within(0.1));
        assertThat(landscape.page().height()).isCloseTo(595.3, within(0.1));
        assertThat(landscape.page().marginLeft()).isCloseTo(85.05, within(0.01));
        assertThat(landscape.page().columns()).isEqualTo(2);
        assertThat(landscape.numbering().start()).isEqualTo(1);
        assertThat(landscape.numbering().format()).isEqualTo(org.inkpool.model.section.PageNumberFormat.LOWER_ROMAN);

        Paragraph header = (Paragraph) landscape.headersFooters().header(HeaderFooterType.DEFAULT).blocks().get(0);
        assertThat(text(header)).isEqualTo("Golden header");
        Paragraph footer = (Paragraph) landscape.headersFooters().footer(HeaderFooterType.DEFAULT).blocks().get(0);
        assertThat(footer.props().alignment()).isEqualTo(Alignment.RIGHT);
        assertThat(footer.inlines()).anyMatch(i -> i instanceof org.inkpool.model.PageField f
                && f.kind() == org.inkpool.model.PageField.Kind.PAGE);
    }

    @Test
    void docxAndDocOfTheSameContentReadAlike() throws Exception {
        Document fromDoc = read("formatting.doc");
        Document fromDocx = new org.inkpool.docx.DocxReader().read(copy("formatting.docx"));
        List<String> docTexts = fromDoc.sections().get(0).blocks().stream().map(b -> text((Paragraph) b)).toList();
        List<String> docxTexts = fromDocx.sections().get(0).blocks().stream().map(b -> text((Paragraph) b)).toList();
        assertThat(docTexts).isEqualTo(docxTexts);
    }

    private Document read(String name) throws Exception {
        return new DocReader().read(copy(name));
    }

    private Path copy(String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = DocGoldenTest.class.getResourceAsStream("golden/" + name)) {
            assertThat(in).as(name).isNotNull();
            Files.copy(in, target);
        }
        return target;
    }

    private static Paragraph paragraph(Document doc, int index) {
        return (Paragraph) doc.sections().get(0).blocks().get(index);
    }

    private static RunProps run(Paragraph p, String text) {
        return p.inlines().stream().filter(i -> i instanceof TextRun t && t.text().equals(text))
                .map(i -> ((TextRun) i).props()).findFirst()
                .orElseThrow(() -> new AssertionError("no run '" + text + "' in " + p.inlines()));
    }

    static String text(Paragraph p) {
        StringBuilder sb = new StringBuilder();
        p.inlines().forEach(i -> {
            if (i instanceof TextRun t) {
                sb.append(t.text());
            }
        });
        return sb.toString();
    }

    private static String text(TableCell cell) {
        return cell.blocks().isEmpty() ? "" : text((Paragraph) cell.blocks().get(0));
    }
}
