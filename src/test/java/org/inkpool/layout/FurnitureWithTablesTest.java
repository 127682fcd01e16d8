package org.inkpool.layout;

import org.inkpool.layout.page.GlyphRun;
import org.inkpool.layout.page.LaidOutDocument;
import org.inkpool.layout.page.Page;
import org.inkpool.layout.page.Rule;
import org.inkpool.layout.paginate.FootnoteArea;
import org.assertj.core.data.Offset;
import org.inkpool.model.Block;
import org.inkpool.model.style.Border;
import org.inkpool.model.Document;
import org.inkpool.model.DocumentInfo;
import org.inkpool.model.section.HeaderFooterPart;
import org.inkpool.model.section.HeaderFooterType;
import org.inkpool.model.section.HeadersFooters;
import org.inkpool.model.Note;
import org.inkpool.model.NoteReference;
import org.inkpool.model.Notes;
import org.inkpool.model.section.PageNumbering;
import org.inkpool.model.section.Section;
import org.inkpool.model.section.SectionStart;
import org.inkpool.model.Table;
import org.inkpool.model.table.TableBorders;
import org.inkpool.model.table.TableCell;
import org.inkpool.model.table.TableProps;
import org.inkpool.model.table.TableRow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.layout.Docs.PAGE;
import static org.inkpool.layout.Docs.PP;
import static org.inkpool.layout.Docs.TEXT;
import static org.inkpool.layout.Docs.fillerLines;
import static org.inkpool.layout.Docs.para;
import static org.inkpool.layout.Docs.run;

/**
 * Headers, footers and notes meet tables laid out on their grid: a footnote called from a table cell
 * sits at the bottom of the page that shows the reference, and a header's table keeps its cells side
 * by side with their borders. Fake metrics: 10 pt text, 12 pt lines; a 300 × 400 page, margins 50,
 * header distance 20.
 */
class FurnitureWithTablesTest {

    private static final Offset<Double> EXACT = Offset.offset(1e-6);
    private static final Border SINGLE = new Border(Border.Kind.SINGLE, 0.5, null);

    private final LayoutEngine engine = new LayoutEngine(new FakeMetrics());

    private static Table twoCells(Block left, Block right, boolean borders) {
        TableProps d = TableProps.DEFAULT;
        TableProps props = borders ? new TableProps(d.width(), d.fixedLayout(), d.alignment(), d.cellMargins(),
                new TableBorders(SINGLE, SINGLE, SINGLE, SINGLE, SINGLE, SINGLE), 0) : d;
        TableRow row = new TableRow(List.of(new TableCell(List.of(left), 1, false, null),
                new TableCell(List.of(right), 1, false, null)), false);
        return new Table(List.of(100.0, 100.0), List.of(row), 0, props);
    }

    private LaidOutDocument layout(HeadersFooters hf, Notes notes, List<Block> body) {
        Document doc = new Document(DocumentInfo.EMPTY,
                List.of(new Section(PAGE, SectionStart.NEXT_PAGE, body, hf, PageNumbering.CONTINUE)), List.of(),
                notes, false);
        return engine.layout(doc, LayoutProgress.NONE);
    }

    @Test
    void aFootnoteCalledFromATableCellSitsAtTheBottomOfItsPage() {
        List<Block> body = new ArrayList<>(fillerLines(2));
        body.add(twoCells(para(new PP(), run("cell"), new NoteReference(NoteReference.Kind.FOOTNOTE, "3", "1",
                TEXT)), para("other"), false));
        body.addAll(fillerLines(40));
        Notes notes = new Notes(List.of(new Note("3", List.of(para("the cell note")))), List.of());

        LaidOutDocument out = layout(HeadersFooters.NONE, notes, body);

        Page first = out.pages().get(0);
        // the note's line ends at the body bottom (350): baseline 350 - 12 + 10
        assertThat(Pages.find(first, "the cell note").baseline()).isCloseTo(348, EXACT);
        assertThat(Pages.items(first, Rule.class)).anySatisfy(r -> {
            assertThat(r.x2() - r.x1()).isCloseTo(FootnoteArea.SEPARATOR_WIDTH, EXACT);
            assertThat(r.thickness()).isCloseTo(FootnoteArea.SEPARATOR_THICKNESS, EXACT);
        });
        // the body text stops above the note and its separator, and the note is not repeated later
        double lastBody = Pages.runs(first).stream().filter(r -> r.text().startsWith("filler"))
                .mapToDouble(GlyphRun::baseline).max().orElseThrow();
        assertThat(lastBody + 2).isLessThanOrEqualTo(350 - 24 + 1e-6);
        for (Page later : out.pages().subList(1, out.pages().size())) {
            assertThat(Pages.runs(later)).noneMatch(r -> r.text().contains("cell note"));
        }
    }

    @Test
    void aTableRowNearThePageBottomMovesWithItsNoteToTheNextPage() {
        // 24 filler lines end at 338: the row (12 pt) would fit, but not with its note and separator
        List<Block> body = new ArrayList<>(fillerLines(24));
        body.add(twoCells(para(new PP(), run("cell"), new NoteReference(NoteReference.Kind.FOOTNOTE, "3", "1",
                TEXT)), para("other"), false));
        body.addAll(fillerLines(3));
        Notes notes = new Notes(List.of(new Note("3", List.of(para("the cell note")))), List.of());

        LaidOutDocument out = layout(HeadersFooters.NONE, notes, body);

        Page second = out.pages().get(1);
        assertThat(Pages.runs(out.pages().get(0))).noneMatch(r -> r.text().contains("cell"));
        GlyphRun cell = Pages.find(second, "cell");
        GlyphRun note = Pages.find(second, "the cell note");
        assertThat(cell.baseline()).isLessThan(note.baseline());
        assertThat(note.baseline()).isCloseTo(348, EXACT);
    }

    @Test
    void aHeaderTableKeepsItsCellsSideBySideWithTheirBorders() {
        HeadersFooters hf = new HeadersFooters(Map.of(HeaderFooterType.DEFAULT,
                new HeaderFooterPart(List.of(twoCells(para("LEFT"), para("RIGHT"), true)))), Map.of(), false);

        LaidOutDocument out = layout(hf, Notes.NONE, fillerLines(40));

        assertThat(out.pages()).hasSizeGreaterThan(1);
        for (Page page : out.pages()) {
            GlyphRun left = Pages.find(page, "LEFT");
            GlyphRun right = Pages.find(page, "RIGHT");
            assertThat(right.baseline()).isCloseTo(left.baseline(), EXACT);
            assertThat(right.x() - left.x()).isCloseTo(100, Offset.offset(1.0));
            assertThat(left.baseline()).isLessThan(Pages.find(page, "filler").baseline());
            // the grid's borders are drawn in the header, above the body
            assertThat(Pages.items(page, Rule.class)).filteredOn(r -> r.y1() < 50).isNotEmpty();
        }
    }
}
