package org.inkpool.docx;

import org.inkpool.docx.body.RevisionView;
import org.inkpool.docx.body.Revisions;
import org.inkpool.model.Document;
import org.inkpool.model.InlineImage;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.style.RunProps;
import org.inkpool.model.TextRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.docx.Models.paragraph;
import static org.inkpool.docx.Models.runs;
import static org.inkpool.docx.Models.text;

/** Tracked changes: shown inline as Word prints them (all markup), or dropped in the final view. */
class TrackedChangesTest {
    private static final String CHANGES = "<w:p><w:r><w:t xml:space=\"preserve\">kept </w:t></w:r>"
            + "<w:del w:id=\"1\" w:author=\"Ann\"><w:r><w:delText xml:space=\"preserve\">gone </w:delText></w:r></w:del>"
            + "<w:ins w:id=\"2\" w:author=\"Bob\"><w:r><w:t xml:space=\"preserve\">added </w:t></w:r></w:ins>"
            + "<w:del w:id=\"3\" w:author=\"Ann\"><w:r><w:rPr><w:b/></w:rPr><w:delText>again</w:delText></w:r></w:del>"
            + "<w:moveFrom w:id=\"4\" w:author=\"Ann\"><w:r><w:t>moved</w:t></w:r></w:moveFrom>"
            + "<w:moveTo w:id=\"5\" w:author=\"Ann\"><w:r><w:t>here</w:t></w:r></w:moveTo></w:p>";

    @TempDir
    Path dir;

    private Document read(String body, RevisionView view) throws Exception {
        return new DocxReader(view).read(TestDocx.body(body).write(dir, "t.docx"));
    }

    @Test
    void markupViewStrikesDeletionsAndUnderlinesInsertionsInTheAuthorsColour() throws Exception {
        List<TextRun> r = runs(paragraph(read(CHANGES, RevisionView.ALL_MARKUP), 0));
        assertThat(r).extracting(TextRun::text).containsExactly("kept ", "gone ", "added ", "again", "moved", "here");
        RunProps kept = r.get(0).props();
        RunProps gone = r.get(1).props();
        RunProps added = r.get(2).props();
        assertThat(kept.strike()).isFalse();
        assertThat(kept.color()).isNull();
        assertThat(gone.strike()).isTrue();
        assertThat(gone.color()).isNotNull();
        assertThat(added.underline()).isEqualTo(RunProps.Underline.SINGLE);
        assertThat(added.strike()).isFalse();
        assertThat(added.color()).as("another author, another colour").isNotNull().isNotEqualTo(gone.color());
        RunProps again = r.get(3).props();
        assertThat(again.color()).as("same author, same colour").isEqualTo(gone.color());
        assertThat(again.bold()).as("the run's own formatting stays").isTrue();
        assertThat(r.get(4).props().doubleStrike()).as("moved away").isTrue();
        assertThat(r.get(5).props().underline()).as("moved here").isEqualTo(RunProps.Underline.DOUBLE);
        assertThat(r.get(5).props().color()).isEqualTo(r.get(4).props().color());
    }

    @Test
    void finalViewDropsDeletionsAndShowsInsertionsPlain() throws Exception {
        List<TextRun> r = runs(paragraph(read(CHANGES, RevisionView.FINAL), 0));
        assertThat(r).extracting(TextRun::text).containsExactly("kept added here");
        assertThat(r.get(0).props().underline()).isEqualTo(RunProps.Underline.NONE);
    }

    @Test
    void deletedParagraphMarkKeepsTheParagraphsApart() throws Exception {
        Document d = read("<w:p><w:pPr><w:rPr><w:del w:id=\"1\" w:author=\"A\"/></w:rPr></w:pPr>"
                + "<w:r><w:t>one</w:t></w:r></w:p><w:p><w:r><w:t>two</w:t></w:r></w:p>", RevisionView.ALL_MARKUP);
        assertThat(text(paragraph(d, 0))).isEqualTo("one");
        assertThat(text(paragraph(d, 1))).isEqualTo("two");
    }

    @Test
    void deletedFieldCodeStaysHiddenAndItsResultShows() throws Exception {
        Document d = read("<w:p><w:del w:id=\"1\" w:author=\"A\"><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:delInstrText> PAGE </w:delInstrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:r><w:delText>3</w:delText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:del></w:p>",
                RevisionView.ALL_MARKUP);
        assertThat(text(paragraph(d, 0))).isEqualTo("3");
    }

    @Test
    void deletedPictureIsShown() throws Exception {
        String inline = "<w:drawing><wp:inline><wp:extent cx=\"254000\" cy=\"127000\"/><wp:docPr id=\"1\" name=\"p\"/>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                + "<pic:pic><pic:blipFill><a:blip r:embed=\"rIdImg0\"/></pic:blipFill></pic:pic>"
                + "</a:graphicData></a:graphic></wp:inline></w:drawing>";
        String body = "<w:p><w:del w:id=\"1\" w:author=\"A\"><w:r>" + inline + "</w:r></w:del></w:p>";
        byte[] png = InlineContentTest.png(4, 2);
        Document markup = new DocxReader(RevisionView.ALL_MARKUP).read(TestDocx.body(body).image(png).write(dir, "m.docx"));
        Document clean = new DocxReader(RevisionView.FINAL).read(TestDocx.body(body).image(png).write(dir, "f.docx"));
        assertThat(paragraph(markup, 0).inlines()).singleElement().isInstanceOf(InlineImage.class);
        assertThat(paragraph(clean, 0).inlines()).isEmpty();
    }

    @Test
    void corpusDeletionsAreShownStruckThrough() throws Exception {
        Path file = Corpus.root().resolve("docx/poi-delins.docx");
        Assumptions.assumeTrue(Files.isRegularFile(file), "corpus not present");
        List<TextRun> all = new java.util.ArrayList<>();
        for (org.inkpool.model.Block b : Models.blocks(new DocxReader().read(file))) {
            if (b instanceof org.inkpool.model.Paragraph p) {
                all.addAll(runs(p));
            }
        }
        assertThat(all).anySatisfy(r -> {
            assertThat(r.text()).contains("A pendant worn in place of the red spot");
            assertThat(r.props().strike()).isTrue();
        });
        Document clean = new DocxReader(RevisionView.FINAL).read(file);
        assertThat(Models.blocks(clean)).noneMatch(b -> b instanceof org.inkpool.model.Paragraph p
                && text(p).contains("A pendant worn in place"));
    }

    @Test
    void authorColoursFollowFirstAppearance() {
        Revisions revisions = new Revisions(RevisionView.ALL_MARKUP);
        Rgb first = revisions.colorOf("Zed");
        Rgb second = revisions.colorOf("Amy");
        assertThat(first).isNotEqualTo(second);
        assertThat(revisions.colorOf("Zed")).isEqualTo(first);
        assertThat(revisions.colorOf(null)).isNotNull();
    }
}
