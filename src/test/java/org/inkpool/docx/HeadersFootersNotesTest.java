package org.inkpool.docx;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFEndnote;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.inkpool.model.Document;
import org.inkpool.model.section.HeaderFooterPart;
import org.inkpool.model.section.HeadersFooters;
import org.inkpool.model.Inline;
import org.inkpool.model.Note;
import org.inkpool.model.NoteReference;
import org.inkpool.model.PageField;
import org.inkpool.model.section.PageNumberFormat;
import org.inkpool.model.Paragraph;
import org.inkpool.model.style.RunProps;
import org.inkpool.model.section.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Headers and footers per section, footnotes, endnotes and live page fields, read from POI-built documents. */
class HeadersFootersNotesTest {
    @TempDir
    Path dir;

    private Document read(XWPFDocument doc) throws Exception {
        Path file = dir.resolve("h.docx");
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        doc.close();
        return new DocxReader().read(file);
    }

    private static String text(HeaderFooterPart part) {
        StringBuilder s = new StringBuilder();
        part.blocks().forEach(b -> s.append(Models.text((Paragraph) b)));
        return s.toString();
    }

    @Test
    void headersFootersOfEachTypeAndTitlePage() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph().createRun().setText("body");
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        header.createParagraph().createRun().setText("Default head");
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
        first.createParagraph().createRun().setText("First head");
        XWPFHeader even = doc.createHeader(HeaderFooterType.EVEN);
        even.createParagraph().createRun().setText("Even head");
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        footer.createParagraph().createRun().setText("Foot");
        doc.setEvenAndOddHeadings(true);
        CTSectPr sectPr = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        if (!sectPr.isSetTitlePg()) {
            sectPr.addNewTitlePg();
        }

        Document d = read(doc);
        HeadersFooters hf = d.sections().get(0).headersFooters();
        assertThat(text(hf.header(org.inkpool.model.section.HeaderFooterType.DEFAULT))).isEqualTo("Default head");
        assertThat(text(hf.header(org.inkpool.model.section.HeaderFooterType.FIRST))).isEqualTo("First head");
        assertThat(text(hf.header(org.inkpool.model.section.HeaderFooterType.EVEN))).isEqualTo("Even head");
        assertThat(text(hf.footer(org.inkpool.model.section.HeaderFooterType.DEFAULT))).isEqualTo("Foot");
        assertThat(hf.footer(org.inkpool.model.section.HeaderFooterType.FIRST)).isNull();
        assertThat(hf.titlePage()).isTrue();
        assertThat(d.evenAndOddHeaders()).isTrue();
    }

    @Test
    void aTextBoxInAHeaderIsKeptApartFromItsFlow() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph().createRun().setText("body");
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.createParagraph();
        p.createRun().setText("flow");
        p.getCTP().addNewR().set(org.apache.xmlbeans.XmlObject.Factory.parse(
                "<w:r xmlns:w=\"" + TestDocx.W + "\" xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:pict><v:shape>"
                        + "<v:textbox><w:txbxContent><w:p><w:r><w:t>boxed</w:t></w:r></w:p></w:txbxContent>"
                        + "</v:textbox></v:shape></w:pict></w:r>").selectPath("./*")[0]);

        Document d = read(doc);
        HeaderFooterPart part = d.sections().get(0).headersFooters().header(org.inkpool.model.section.HeaderFooterType.DEFAULT);
        assertThat(text(part)).isEqualTo("flow");
        assertThat(part.floating()).hasSize(1);
        assertThat(Models.text((Paragraph) part.floating().get(0))).isEqualTo("boxed");
    }

    @Test
    void aSectionWithoutItsOwnHeaderInheritsThePreviousOne() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
        policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun().setText("Shared");
        CTSectPr body = doc.getDocument().getBody().getSectPr();
        XWPFParagraph end = doc.createParagraph();
        end.createRun().setText("section one");
        CTSectPr one = end.getCTP().addNewPPr().addNewSectPr();
        one.set(body.copy());
        one.addNewPgNumType().setStart(BigInteger.valueOf(4));
        one.getPgNumType().setFmt(STNumberFormat.UPPER_ROMAN);
        while (body.sizeOfHeaderReferenceArray() > 0) {
            body.removeHeaderReference(0);
        }
        doc.createParagraph().createRun().setText("section two");

        Document d = read(doc);
        assertThat(d.sections()).hasSize(2);
        for (Section s : d.sections()) {
            assertThat(text(s.headersFooters().header(org.inkpool.model.section.HeaderFooterType.DEFAULT)))
                    .isEqualTo("Shared");
        }
        assertThat(d.sections().get(0).numbering().start()).isEqualTo(4);
        assertThat(d.sections().get(0).numbering().format()).isEqualTo(PageNumberFormat.UPPER_ROMAN);
        assertThat(d.sections().get(1).numbering().start()).isNull();
    }

    @Test
    void footnoteAndEndnoteReferencesAreNumberedAndTheirTextRead() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText("cited");
        XWPFFootnote f1 = doc.createFootnote();
        XWPFParagraph fp = f1.createParagraph();
        // POI starts a note's first paragraph with its w:footnoteRef mark
        fp.createRun().setText(" first note");
        p.addFootnoteReference(f1);
        XWPFFootnote f2 = doc.createFootnote();
        f2.createParagraph().createRun().setText("second note");
        p.createRun().setText(" again");
        p.addFootnoteReference(f2);
        XWPFEndnote e1 = doc.createEndnote();
        e1.createParagraph().createRun().setText("an endnote");
        p.addFootnoteReference(e1);

        Document d = read(doc);
        List<Inline> inlines = ((Paragraph) d.sections().get(0).blocks().get(0)).inlines();
        List<NoteReference> refs = inlines.stream().filter(i -> i instanceof NoteReference)
                .map(i -> (NoteReference) i).toList();
        assertThat(refs).extracting(NoteReference::kind).containsExactly(NoteReference.Kind.FOOTNOTE,
                NoteReference.Kind.FOOTNOTE, NoteReference.Kind.ENDNOTE);
        // footnotes count 1, 2…; endnotes in lower roman (OI§17.11.17)
        assertThat(refs).extracting(NoteReference::mark).containsExactly("1", "2", "i");
        assertThat(d.notes().footnotes()).extracting(Note::id)
                .containsExactly(refs.get(0).id(), refs.get(1).id());
        Paragraph noteText = (Paragraph) d.notes().footnote(refs.get(0).id()).blocks().get(0);
        assertThat(Models.text(noteText)).isEqualTo("1 first note");
        assertThat(Models.text((Paragraph) d.notes().endnote(refs.get(2).id()).blocks().get(0)))
                .as("its own mark, then its text").isEqualTo("ian endnote");
    }

    @Test
    void pageFieldsBecomeLiveAndOtherFieldsKeepTheirResult() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText("Page ");
        XWPFRun begin = p.createRun();
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" PAGE \\* roman \\* MERGEFORMAT ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        XWPFRun result = p.createRun();
        result.setBold(true);
        result.setText("ii");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        p.createRun().setText(" of ");
        CTSimpleField simple = p.getCTP().addNewFldSimple();
        simple.setInstr(" NUMPAGES ");
        simple.addNewR().addNewT().setStringValue("9");
        CTSimpleField author = p.getCTP().addNewFldSimple();
        author.setInstr(" AUTHOR ");
        author.addNewR().addNewT().setStringValue(" by Ann");

        Document d = read(doc);
        Paragraph para = (Paragraph) d.sections().get(0).blocks().get(0);
        List<PageField> fields = para.inlines().stream().filter(i -> i instanceof PageField)
                .map(i -> (PageField) i).toList();
        assertThat(fields).extracting(PageField::kind).containsExactly(PageField.Kind.PAGE, PageField.Kind.NUMPAGES);
        assertThat(fields.get(0).format()).isEqualTo(PageNumberFormat.LOWER_ROMAN);
        assertThat(fields.get(0).cachedResult()).isEqualTo("ii");
        RunProps props = fields.get(0).props();
        assertThat(props.bold()).as("the field shows in its result's format").isTrue();
        assertThat(fields.get(1).format()).isNull();
        assertThat(Models.text(para)).isEqualTo("Page ii of 9 by Ann");
    }
}
