package org.inkpool.layout;

import org.inkpool.layout.page.GlyphRun;
import org.inkpool.layout.page.LaidOutDocument;
import org.inkpool.layout.page.Page;
import org.inkpool.layout.page.Rule;
import org.assertj.core.data.Offset;
import org.inkpool.model.Block;
import org.inkpool.model.Document;
import org.inkpool.model.DocumentInfo;
import org.inkpool.model.section.HeaderFooterPart;
import org.inkpool.model.section.HeaderFooterType;
import org.inkpool.model.section.HeadersFooters;
import org.inkpool.model.Note;
import org.inkpool.model.NoteReference;
import org.inkpool.model.Notes;
import org.inkpool.model.PageField;
import org.inkpool.model.section.PageNumberFormat;
import org.inkpool.model.section.PageNumbering;
import org.inkpool.model.style.RunProps;
import org.inkpool.model.section.Section;
import org.inkpool.model.section.SectionStart;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.layout.Docs.MARGIN;
import static org.inkpool.layout.Docs.PAGE;
import static org.inkpool.layout.Docs.PP;
import static org.inkpool.layout.Docs.TEXT;
import static org.inkpool.layout.Docs.fillerLines;
import static org.inkpool.layout.Docs.para;
import static org.inkpool.layout.Docs.run;

/**
 * Headers, footers, page fields, footnotes and endnotes (word-layout-facts §8, §9). The test page is
 * 300 × 400 pt, margins 50, header and footer distance 20; a 10 pt line is 12 pt, baseline 10 below its top.
 */
class HeadersFootersNotesTest {

    private static final Offset<Double> EXACT = Offset.offset(1e-6);
    private static final RunProps SUPER = new RunProps(TEXT.fontAscii(), TEXT.fontHAnsi(), TEXT.fontEastAsia(),
            TEXT.fontCs(), 10, false, false, RunProps.Underline.NONE, false, false, false, false,
            RunProps.VerticalAlign.SUPERSCRIPT, null, null, 0, false);

    private final LayoutEngine engine = new LayoutEngine(new FakeMetrics());

    private LaidOutDocument layout(Document document) {
        return engine.layout(document, LayoutProgress.NONE);
    }

    private static HeaderFooterPart part(Block... blocks) {
        return new HeaderFooterPart(List.of(blocks));
    }

    private static Map<HeaderFooterType, HeaderFooterPart> parts(Object... typeAndPart) {
        Map<HeaderFooterType, HeaderFooterPart> out = new EnumMap<>(HeaderFooterType.class);
        for (int i = 0; i < typeAndPart.length; i += 2) {
            out.put((HeaderFooterType) typeAndPart[i], (HeaderFooterPart) typeAndPart[i + 1]);
        }
        return out;
    }

    private static Document doc(HeadersFooters hf, PageNumbering numbering, boolean evenAndOdd, Notes notes,
                                List<Block> body) {
        return new Document(DocumentInfo.EMPTY,
                List.of(new Section(PAGE, SectionStart.NEXT_PAGE, body, hf, numbering)), List.of(), notes,
                evenAndOdd);
    }

    private static Document doc(HeadersFooters hf, List<Block> body) {
        return doc(hf, PageNumbering.CONTINUE, false, Notes.NONE, body);
    }

    private static PageField field(PageField.Kind kind) {
        return new PageField(kind, null, "?", TEXT);
    }

    @Test
    void headerAndFooterArePaintedOnEveryPageAtTheirDistances() {
        HeadersFooters hf = new HeadersFooters(parts(HeaderFooterType.DEFAULT, part(para("HEAD"))),
                parts(HeaderFooterType.DEFAULT, part(para("FOOT"))), false);
        LaidOutDocument out = layout(doc(hf, fillerLines(40)));

        assertThat(out.pages()).hasSize(2);
        for (Page page : out.pages()) {
            List<String> lines = Pages.lines(page);
            assertThat(lines.get(0)).isEqualTo("HEAD");
            assertThat(lines.get(lines.size() - 1)).isEqualTo("FOOT");
            assertThat(Pages.find(page, "HEAD").baseline()).isCloseTo(20 + 10, EXACT);
            // the footer's bottom sits footerDistance above the page bottom: 400 - 20 - 12 + 10
            assertThat(Pages.find(page, "FOOT").baseline()).isCloseTo(378, EXACT);
        }
        // a short header and footer leave the body where the margins put it
        assertThat(Pages.find(out.pages().get(0), "filler 0").baseline()).isCloseTo(MARGIN + 10, EXACT);
        assertThat(Pages.lines(out.pages().get(0))).hasSize(25 + 2);
    }

    @Test
    void titlePageTakesTheFirstHeaderAndOtherPagesTheDefault() {
        HeadersFooters hf = new HeadersFooters(parts(HeaderFooterType.DEFAULT, part(para("DEFAULT")),
                HeaderFooterType.FIRST, part(para("FIRST"))), Map.of(), true);
        LaidOutDocument out = layout(doc(hf, fillerLines(60)));

        assertThat(out.pages()).hasSize(3);
        assertThat(Pages.lines(out.pages().get(0)).get(0)).isEqualTo("FIRST");
        assertThat(Pages.lines(out.pages().get(1)).get(0)).isEqualTo("DEFAULT");
        assertThat(Pages.lines(out.pages().get(2)).get(0)).isEqualTo("DEFAULT");
    }

    @Test
    void evenPagesTakeTheEvenHeaderOnlyWhenTheSettingsAsk() {
        HeadersFooters hf = new HeadersFooters(parts(HeaderFooterType.DEFAULT, part(para("ODD")),
                HeaderFooterType.EVEN, part(para("EVEN"))), Map.of(), false);
        LaidOutDocument evenAndOdd = layout(doc(hf, PageNumbering.CONTINUE, true, Notes.NONE, fillerLines(60)));
        assertThat(evenAndOdd.pages()).extracting(p -> Pages.lines(p).get(0)).containsExactly("ODD", "EVEN", "ODD");

        LaidOutDocument same = layout(doc(hf, PageNumbering.CONTINUE, false, Notes.NONE, fillerLines(60)));
        assertThat(same.pages()).extracting(p -> Pages.lines(p).get(0)).containsExactly("ODD", "ODD", "ODD");
    }

    @Test
    void aTallHeaderPushesTheBodyDown() {
        // five lines from 20 pt down end at 80, below the 50 pt margin: the body starts there
        HeadersFooters hf = new HeadersFooters(parts(HeaderFooterType.DEFAULT,
                part(para("H1"), para("H2"), para("H3"), para("H4"), para("H5"))), Map.of(), false);
        LaidOutDocument out = layout(doc(hf, fillerLines(30)));

        Page first = out.pages().get(0);
        assertThat(Pages.find(first, "filler 0").baseline()).isCloseTo(80 + 10, EXACT);
        // 270 pt of body left: 22 lines
        assertThat(Pages.lines(first).stream().filter(l -> l.startsWith("filler"))).hasSize(22);
    }

    @Test
    void aTallFooterPushesTheBodyUp() {
        HeadersFooters hf = new HeadersFooters(Map.of(), parts(HeaderFooterType.DEFAULT,
                part(para("F1"), para("F2"), para("F3"), para("F4"), para("F5"))), false);
        LaidOutDocument out = layout(doc(hf, fillerLines(30)));
        // the footer's top is 400 - 20 - 60 = 320: 270 pt of body, 22 lines
        assertThat(Pages.lines(out.pages().get(0)).stream().filter(l -> l.startsWith("filler"))).hasSize(22);
    }

    @Test
    void pageAndNumPagesFieldsShowEachPagesValues() {
        HeadersFooters hf = new HeadersFooters(Map.of(), parts(HeaderFooterType.DEFAULT,
                part(para(new PP(), run("Page "), field(PageField.Kind.PAGE), run(" of "),
                        field(PageField.Kind.NUMPAGES)))), false);
        LaidOutDocument out = layout(doc(hf, fillerLines(60)));

        assertThat(out.pages()).extracting(p -> last(Pages.lines(p)))
                .containsExactly("Page 1 of 3", "Page 2 of 3", "Page 3 of 3");
    }

    @Test
    void sectionPagesCountsOnlyTheSectionsPages() {
        HeadersFooters hf = new HeadersFooters(parts(HeaderFooterType.DEFAULT, part(para(new PP(),
                field(PageField.Kind.PAGE), run("/"), field(PageField.Kind.SECTIONPAGES), run("/"),
                field(PageField.Kind.NUMPAGES)))), Map.of(), false);
        Section one = new Section(PAGE, SectionStart.NEXT_PAGE, fillerLines(30), hf, PageNumbering.CONTINUE);
        Section two = new Section(PAGE, SectionStart.NEXT_PAGE, fillerLines(5), hf, new PageNumbering(1, null));
        LaidOutDocument out = layout(new Document(DocumentInfo.EMPTY, List.of(one, two), List.of()));

        assertThat(out.pages()).extracting(p -> Pages.lines(p).get(0)).containsExactly("1/2/3", "2/2/3", "1/1/3");
    }

    @Test
    void pageNumberingStartsWhereTheSectionSaysInItsFormat() {
        HeadersFooters hf = new HeadersFooters(parts(HeaderFooterType.DEFAULT,
                part(para(new PP(), field(PageField.Kind.PAGE)))), Map.of(), false);
        LaidOutDocument out = layout(doc(hf, new PageNumbering(5, PageNumberFormat.LOWER_ROMAN), false, Notes.NONE,
                fillerLines(40)));
        assertThat(out.pages()).extracting(p -> Pages.lines(p).get(0)).containsExactly("v", "vi");

        // a field's own format switch wins over the section's
        HeadersFooters arabic = new HeadersFooters(parts(HeaderFooterType.DEFAULT, part(para(new PP(),
                new PageField(PageField.Kind.PAGE, PageNumberFormat.DECIMAL, "?", TEXT)))), Map.of(), false);
        LaidOutDocument numbered = layout(doc(arabic, new PageNumbering(5, PageNumberFormat.LOWER_ROMAN), false,
                Notes.NONE, fillerLines(10)));
        assertThat(Pages.lines(numbered.pages().get(0)).get(0)).isEqualTo("5");
    }

    @Test
    void aPageFieldInTheBodyShowsItsSavedResult() {
        LaidOutDocument out = layout(doc(HeadersFooters.NONE, List.of(para(new PP(), run("p. "),
                new PageField(PageField.Kind.PAGE, null, "7", TEXT)))));
        assertThat(Pages.lines(out.pages().get(0))).containsExactly("p. 7");
    }

    @Test
    void aFootnoteSitsAtTheBottomOfThePageOfItsReferenceUnderASeparator() {
        List<Block> body = new ArrayList<>(fillerLines(3));
        body.add(para(new PP(), run("cited"), new NoteReference(NoteReference.Kind.FOOTNOTE, "7", "1", SUPER)));
        body.addAll(fillerLines(40));
        Notes notes = new Notes(List.of(new Note("7", List.of(para(new PP(), run("1."), run(" the note"))))),
                List.of());
        LaidOutDocument out = layout(doc(HeadersFooters.NONE, PageNumbering.CONTINUE, false, notes, body));

        Page first = out.pages().get(0);
        GlyphRun note = Pages.find(first, "the note");
        // the note's line ends at the body bottom (350): baseline 350 - 12 + 10
        assertThat(note.baseline()).isCloseTo(348, EXACT);
        List<Rule> separators = Pages.items(first, Rule.class);
        assertThat(separators).hasSize(1);
        Rule separator = separators.get(0);
        assertThat(separator.x2() - separator.x1()).isCloseTo(144, EXACT);
        assertThat(separator.thickness()).isCloseTo(0.6, EXACT);
        assertThat(separator.y1()).isLessThan(note.baseline() - 10).isGreaterThan(Pages.find(first, "filler")
                .baseline());
        // the note and its separator take 24 pt from the body (350 - 24 = 326): the text stops above them
        double lastBody = Pages.runs(first).stream().filter(r -> r.text().startsWith("filler"))
                .mapToDouble(GlyphRun::baseline).max().orElseThrow();
        assertThat(lastBody + 2).isLessThanOrEqualTo(326 + 1e-6).isGreaterThan(326 - 12);
        assertThat(Pages.items(out.pages().get(1), Rule.class)).isEmpty();
        // the reference mark is raised in the text
        GlyphRun mark = Pages.runs(first).stream().filter(r -> r.text().equals("1") && r.baseline() < 200)
                .findFirst().orElseThrow();
        assertThat(mark.baseline()).isLessThan(Pages.find(first, "cited").baseline());
    }

    @Test
    void aReferenceNearThePageBottomMovesWithItsNoteToTheNextPage() {
        List<Block> body = new ArrayList<>(fillerLines(24));
        body.add(para(new PP(), run("cited"), new NoteReference(NoteReference.Kind.FOOTNOTE, "1", "1", SUPER)));
        Notes notes = new Notes(List.of(new Note("1", List.of(para("the note")))), List.of());
        LaidOutDocument out = layout(doc(HeadersFooters.NONE, PageNumbering.CONTINUE, false, notes, body));

        // line 25 would fit alone, but not with the separator and the note's first line
        assertThat(out.pages()).hasSize(2);
        List<String> second = Pages.lines(out.pages().get(1));
        assertThat(second).contains("the note");
        assertThat(second.stream().anyMatch(l -> l.startsWith("cited"))).isTrue();
        assertThat(Pages.lines(out.pages().get(0))).doesNotContain("the note");
    }

    @Test
    void aFootnoteTooLongForItsPageContinuesOnTheNext() {
        List<Block> noteText = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            noteText.add(para("note line " + i));
        }
        List<Block> body = new ArrayList<>(fillerLines(20));
        body.add(para(new PP(), run("cited"), new NoteReference(NoteReference.Kind.FOOTNOTE, "1", "1", SUPER)));
        body.addAll(fillerLines(30));
        Notes notes = new Notes(List.of(new Note("1", noteText)), List.of());
        LaidOutDocument out = layout(doc(HeadersFooters.NONE, PageNumbering.CONTINUE, false, notes, body));

        List<String> all = new ArrayList<>();
        out.pages().forEach(p -> all.addAll(Pages.lines(p)));
        for (int i = 0; i < 30; i++) {
            assertThat(all).contains("note line " + i);
        }
        Page first = out.pages().get(0);
        Page second = out.pages().get(1);
        assertThat(Pages.lines(first)).contains("cited1", "note line 0");
        assertThat(Pages.lines(first)).doesNotContain("note line 29");
        // the continuation sits at the next page's bottom under its own rule, and the page still has text
        assertThat(Pages.lines(second)).contains("note line " + (Pages.lines(first).stream()
                .filter(l -> l.startsWith("note")).count()));
        assertThat(Pages.items(second, Rule.class)).hasSize(1);
        assertThat(Pages.lines(second).stream().filter(l -> l.startsWith("filler")).count()).isGreaterThan(10);
        // notes never overlap the text: every note line lies below every body line of its page
        for (Page page : out.pages()) {
            double lastBody = page.items().stream().filter(i -> i instanceof GlyphRun r
                    && !r.text().startsWith("note")).mapToDouble(i -> ((GlyphRun) i).baseline()).max().orElse(0);
            double firstNote = page.items().stream().filter(i -> i instanceof GlyphRun r
                    && r.text().startsWith("note")).mapToDouble(i -> ((GlyphRun) i).baseline()).min().orElse(1e9);
            assertThat(firstNote).isGreaterThan(lastBody);
            assertThat(Pages.baselines(page).get(Pages.baselines(page).size() - 1)).isLessThanOrEqualTo(350);
        }
    }

    @Test
    void endnotesFollowTheLastTextOfTheDocument() {
        List<Block> body = new ArrayList<>(fillerLines(30));
        body.add(para(new PP(), run("end"), new NoteReference(NoteReference.Kind.ENDNOTE, "2", "i", SUPER)));
        Notes notes = new Notes(List.of(), List.of(new Note("2", List.of(para("the endnote")))));
        LaidOutDocument out = layout(doc(HeadersFooters.NONE, PageNumbering.CONTINUE, false, notes, body));

        Page last = out.pages().get(out.pages().size() - 1);
        List<String> lines = Pages.lines(last);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("the endnote");
        assertThat(Pages.find(last, "the endnote").baseline()).isGreaterThan(Pages.find(last, "end").baseline());
        assertThat(Pages.items(last, Rule.class)).hasSize(1);
        assertThat(Pages.lines(out.pages().get(0))).doesNotContain("the endnote");
    }

    private static String last(List<String> lines) {
        return lines.get(lines.size() - 1);
    }
}
