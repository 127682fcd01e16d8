package org.inkpool.doc;

import org.inkpool.model.style.Border;
import org.inkpool.model.section.DocGrid;
import org.inkpool.model.Document;
import org.inkpool.model.style.ParagraphBorders;
import org.inkpool.model.Paragraph;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.Table;
import org.inkpool.model.table.TableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Paragraph borders, shading, the section's line grid and cell shading of a .doc (golden/borders.doc and
 * cells.doc, written by LibreOffice from the .docx made by make_floating_sources.py), read as the docx reader
 * reads the same source.
 */
class DocBordersGoldenTest {
    @TempDir
    Path dir;

    @Test
    void paragraphBordersAndShading() throws Exception {
        Paragraph boxed = paragraph(read("borders.doc"), 0);
        ParagraphBorders b = boxed.props().borders();
        assertThat(b.top().line().kind()).isEqualTo(Border.Kind.SINGLE);
        assertThat(b.top().line().width()).isCloseTo(1.5, within(0.01));
        assertThat(b.top().line().color()).isEqualTo(new Rgb(0xFF0000));
        assertThat(b.top().space()).isEqualTo(1.0);
        assertThat(b.bottom().line().kind()).isEqualTo(Border.Kind.DOUBLE);
        assertThat(b.bottom().line().color()).isEqualTo(new Rgb(0x0000FF));
        assertThat(b.left().visible()).isTrue();
        assertThat(b.left().space()).isEqualTo(4.0);
        assertThat(b.right().visible()).isTrue();
        assertThat(b.bar().visible()).isFalse();
        assertThat(boxed.props().shading()).isEqualTo(new Rgb(0xFFFF00));

        Paragraph plain = paragraph(read("borders.doc"), 1);
        assertThat(plain.props().borders()).isEqualTo(ParagraphBorders.NONE);
        assertThat(plain.props().shading()).isNull();
    }

    @Test
    void sectionLineGrid() throws Exception {
        DocGrid grid = read("borders.doc").sections().get(0).look().grid();
        assertThat(grid.type()).isEqualTo(DocGrid.Type.LINES);
        assertThat(grid.linePitch()).isCloseTo(18, within(0.01));
    }

    @Test
    void bordersReadAsTheDocxReaderReadsTheSource() throws Exception {
        Paragraph fromDoc = paragraph(read("borders.doc"), 0);
        Paragraph fromDocx = paragraph(new org.inkpool.docx.DocxReader().read(copy("borders.docx")), 0);
        ParagraphBorders d = fromDoc.props().borders();
        ParagraphBorders x = fromDocx.props().borders();
        assertThat(d.top()).isEqualTo(x.top());
        assertThat(d.left()).isEqualTo(x.left());
        assertThat(d.right()).isEqualTo(x.right());
        assertThat(d.bottom().line().kind()).isEqualTo(x.bottom().line().kind());
    }

    @Test
    void cellShadingFromTheRowsShadingArray() throws Exception {
        Table table = (Table) read("cells.doc").sections().get(0).blocks().get(0);
        List<Rgb> first = table.rows().get(0).cells().stream().map(TableCell::shading).toList();
        List<Rgb> second = table.rows().get(1).cells().stream().map(TableCell::shading).toList();
        assertThat(first).containsExactly(new Rgb(0xFF8000), null, new Rgb(0x008080));
        assertThat(second).containsExactly(null, new Rgb(0xC0C0C0), null);
    }

    private static Paragraph paragraph(Document doc, int index) {
        return (Paragraph) doc.sections().get(0).blocks().get(index);
    }

    private Document read(String name) throws Exception {
        return new DocReader().read(copy(name));
    }

    private Path copy(String name) throws Exception {
        Path target = dir.resolve(name);
        if (!Files.exists(target)) {
            try (InputStream in = DocBordersGoldenTest.class.getResourceAsStream("golden/" + name)) {
                assertThat(in).as(name).isNotNull();
                Files.copy(in, target);
            }
        }
        return target;
    }
}
