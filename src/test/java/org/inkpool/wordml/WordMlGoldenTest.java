package org.inkpool.wordml;

import org.inkpool.convert.ConversionListener;
import org.inkpool.convert.Engine;
import org.inkpool.model.style.Alignment;
import org.inkpool.model.Block;
import org.inkpool.model.Document;
import org.inkpool.model.section.HeaderFooterType;
import org.inkpool.model.InlineImage;
import org.inkpool.model.NoteReference;
import org.inkpool.model.PageField;
import org.inkpool.model.Paragraph;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.style.RunProps;
import org.inkpool.model.Table;
import org.inkpool.model.table.TableCell;
import org.inkpool.model.TextRun;
import org.inkpool.model.UnreadableDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Golden Word 2003 XML files read into the model and checked for structure. {@code golden.xml} is written by
 * hand in the shape Word 2003 saves (wx:sect wrappers, w:listPr, w:hlink, w:hmerge, inline w:hdr/w:ftr and
 * w:footnote, w:binData pictures, aml:annotation bookmarks and insertions, smart tags);
 * {@code formatting.xml} and {@code tables.xml} are what LibreOffice writes ({@code soffice --headless
 * --convert-to xml:"MS Word 2003 XML"}) from the .docx sources in {@code ../doc/golden}.
 */
class WordMlGoldenTest {
    @TempDir
    Path dir;

    @Test
    void propertiesStylesAndCharacterFormatting() throws Exception {
        Document doc = read("golden.xml");
        assertThat(doc.info().title()).isEqualTo("Golden WordML");
        assertThat(doc.info().author()).isEqualTo("李雷");
        assertThat(doc.info().created()).hasToString("2006-03-01T10:00:00Z");

        Paragraph heading = paragraph(doc, 0);
        assertThat(heading.props().styleId()).isEqualTo("Heading1");
        assertThat(heading.props().keepNext()).isTrue();
        assertThat(heading.props().spaceBefore()).isEqualTo(12.0);
        assertThat(heading.navigation().outlineLevel()).isEqualTo(0);
        assertThat(heading.navigation().bookmarks()).contains("intro");
        RunProps headingRun = run(heading, "Golden heading");
        assertThat(headingRun.bold()).isTrue();
        assertThat(headingRun.size()).isEqualTo(16.0);
        assertThat(headingRun.fontAscii()).isEqualTo("Arial");

        Paragraph plain = paragraph(doc, 1);
        assertThat(run(plain, "Plain, ").fontAscii()).isEqualTo("Times New Roman");
        assertThat(run(plain, "Plain, ").size()).isEqualTo(12.0);
        assertThat(run(plain, "bold").bold()).isTrue();
        assertThat(run(plain, "italic").italic()).isTrue();
        assertThat(run(plain, "blue dot-dash").underline()).isEqualTo(RunProps.Underline.DASHED);
        assertThat(run(plain, "blue dot-dash").color()).isEqualTo(new Rgb(0x0000FF));
        assertThat(plain.plainText()).startsWith("Plain, bold, italic and blue dot-dash in Hobart."); // smart tag kept

        Paragraph centred = paragraph(doc, 2);
        assertThat(centred.props().alignment()).isEqualTo(Alignment.CENTER);
        assertThat(centred.props().firstLine()).isEqualTo(21.0);
        assertThat(centred.props().spaceAfter()).isEqualTo(6.0);
        assertThat(run(centred, "中文段落").fontEastAsia()).isEqualTo("SimSun");
        TextRun link = textRun(centred, "a link");
        assertThat(link.link().uri()).isEqualTo("http://www.example.com/");
        assertThat(centred.plainText()).endsWith(" inserted"); // a tracked insertion prints
    }

    @Test
    void listsTableAndPicture() throws Exception {
        Document doc = read("golden.xml");
        assertThat(List.of(3, 4, 5).stream().map(i -> paragraph(doc, i).label().text()))
                .containsExactly("1.", "a)", "2.");
        assertThat(paragraph(doc, 4).props().indentLeft()).isEqualTo(72.0);
        assertThat(paragraph(doc, 6).label().text()).isEqualTo("•");

        Table table = (Table) block(doc, 7);
        assertThat(table.grid()).containsExactly(100.0, 100.0, 100.0);
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).header()).isTrue();
        List<TableCell> top = table.rows().get(0).cells();
        assertThat(top).extracting(TableCell::gridSpan).containsExactly(2, 1);
        assertThat(top).extracting(WordMlGoldenTest::text).containsExactly("Across two", "Down two");
        assertThat(top.get(0).shading()).isEqualTo(new Rgb(0xFFFF00));
        assertThat(table.props().borders().top().visible()).isTrue(); // from the table style
        assertThat(table.rows().get(1).cells()).extracting(TableCell::mergedFromAbove)
                .containsExactly(false, false, true);

        InlineImage picture = (InlineImage) paragraph(doc, 8).inlines().get(0);
        assertThat(picture.width()).isEqualTo(36.0);
        assertThat(picture.height()).isEqualTo(36.0);
        assertThat(picture.data()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    @Test
    void sectionHeaderFooterAndFootnote() throws Exception {
        Document doc = read("golden.xml");
        assertThat(doc.sections()).hasSize(1);
        var section = doc.sections().get(0);
        assertThat(section.page().width()).isCloseTo(595.3, within(0.1));
        assertThat(section.page().marginLeft()).isEqualTo(90.0);
        Paragraph header = (Paragraph) section.headersFooters().header(HeaderFooterType.DEFAULT).blocks().get(0);
        assertThat(header.plainText()).isEqualTo("Golden header");
        assertThat(header.props().alignment()).isEqualTo(Alignment.RIGHT);
        Paragraph footer = (Paragraph) section.headersFooters().footer(HeaderFooterType.DEFAULT).blocks().get(0);
        assertThat(footer.inlines()).anyMatch(i -> i instanceof PageField f && f.kind() == PageField.Kind.PAGE);
        assertThat(footer.inlines()).anyMatch(i -> i instanceof PageField f && f.kind() == PageField.Kind.NUMPAGES);

        NoteReference ref = paragraph(doc, 1).inlines().stream().filter(NoteReference.class::isInstance)
                .map(NoteReference.class::cast).findFirst().orElseThrow();
        assertThat(doc.notes().footnotes()).hasSize(1); // the separators in w:docPr are not notes
        assertThat(((Paragraph) doc.notes().footnote(ref.id()).blocks().get(0)).plainText())
                .contains("The golden footnote.");
    }

    @Test
    void libreOfficesWordMlReadsLikeItsDocxSource() throws Exception {
        Document doc = read("formatting.xml");
        assertThat(doc.info().title()).isEqualTo("Golden formatting");
        Paragraph first = paragraph(doc, 0);
        assertThat(run(first, "Bold").bold()).isTrue();
        assertThat(run(first, " italic").italic()).isTrue();
        assertThat(run(first, " underlined").underline()).isEqualTo(RunProps.Underline.SINGLE);
        assertThat(run(first, " red").color()).isEqualTo(new Rgb(0xFF0000));
        assertThat(run(first, " big").size()).isEqualTo(16.0);
        assertThat(run(first, "2").verticalAlign()).isEqualTo(RunProps.VerticalAlign.SUPERSCRIPT);
        Paragraph right = paragraph(doc, 2);
        assertThat(right.props().alignment()).isEqualTo(Alignment.RIGHT);
        assertThat(right.props().indentLeft()).isCloseTo(36.0, within(0.05)); // 720.09 twips, rounded
        assertThat(List.of(5, 6, 7, 8).stream().map(i -> paragraph(doc, i).label().text()))
                .containsExactly("1.", "2.", "a)", "3.");
        assertThat(paragraph(doc, 9).props().pageBreakBefore()).isTrue();
        assertThat(doc.notes().footnotes()).hasSize(1);

        Table table = (Table) read("tables.xml").sections().get(0).blocks().stream()
                .filter(Table.class::isInstance).findFirst().orElseThrow();
        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().get(1).cells()).extracting(TableCell::gridSpan).containsExactly(2, 1);
        // LibreOffice's 2003 writer drops the vertical merge (it writes two cells); golden.xml has one
        assertThat(table.rows().get(2).cells()).extracting(WordMlGoldenTest::text).containsExactly("A", "B");
    }

    @Test
    void aDocThatIsWord2003XmlConverts() throws Exception {
        Path doc = copy("golden.xml", "saved-as.doc");
        var result = Engine.converter().convert(doc, dir.resolve("saved-as.pdf"), ConversionListener.NONE);
        assertThat(result.pages()).isEqualTo(1);
        assertThat(Files.size(dir.resolve("saved-as.pdf"))).isPositive();
    }

    @Test
    void otherXmlAndEntityDeclarationsAreRefused() throws Exception {
        Path other = dir.resolve("other.xml");
        Files.writeString(other, "<?xml version=\"1.0\"?><catalog><book/></catalog>", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new WordMlReader().read(other, w -> { }, f -> { }))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.NOT_WORD));
        Path xxe = dir.resolve("xxe.xml");
        Files.writeString(xxe, "<?xml version=\"1.0\"?><!DOCTYPE w:wordDocument [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:wordDocument xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\"><w:body><w:p><w:r>"
                + "<w:t>&x;</w:t></w:r></w:p></w:body></w:wordDocument>", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new WordMlReader().read(xxe, w -> { }, f -> { }))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.getMessage()).contains("DOCTYPE"));
    }

    private Document read(String name) throws Exception {
        List<String> warnings = new ArrayList<>();
        Document doc = new WordMlReader().read(copy(name, name), warnings::add, f -> { });
        assertThat(warnings).as("warnings").isEmpty();
        return doc;
    }

    private Path copy(String name, String as) throws IOException {
        Path target = dir.resolve(as);
        try (InputStream in = WordMlGoldenTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Files.copy(in, target);
        }
        return target;
    }

    private static Block block(Document doc, int index) {
        return doc.sections().get(0).blocks().get(index);
    }

    private static Paragraph paragraph(Document doc, int index) {
        return (Paragraph) block(doc, index);
    }

    private static TextRun textRun(Paragraph p, String text) {
        return p.inlines().stream().filter(i -> i instanceof TextRun t && t.text().equals(text))
                .map(TextRun.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no run '" + text + "' in " + p.inlines()));
    }

    private static RunProps run(Paragraph p, String text) {
        return textRun(p, text).props();
    }

    private static String text(TableCell cell) {
        return cell.blocks().isEmpty() ? "" : ((Paragraph) cell.blocks().get(0)).plainText();
    }
}
