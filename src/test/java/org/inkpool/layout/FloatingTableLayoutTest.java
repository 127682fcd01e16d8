package org.inkpool.layout;

import org.inkpool.layout.page.GlyphRun;
import org.inkpool.layout.page.LaidOutDocument;
import org.inkpool.layout.page.Page;
import org.inkpool.model.AnchoredObject;
import org.inkpool.model.Block;
import org.inkpool.model.Table;
import org.inkpool.model.TextRun;
import org.inkpool.model.drawing.Anchor;
import org.inkpool.model.drawing.TextBox;
import org.inkpool.model.table.TableCell;
import org.inkpool.model.table.TableRow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.inkpool.layout.Docs.MARGIN;
import static org.inkpool.layout.Docs.PP;
import static org.inkpool.layout.Docs.TEXT;
import static org.inkpool.layout.Docs.doc;
import static org.inkpool.layout.Docs.para;

/**
 * Floating tables (w:tblpPr): one that leaves no room for text beside it breaks across pages as Word
 * breaks it, its paragraph after it; a narrow one floats with text beside it. The page is 300 × 400
 * with 50 pt margins (a 200 pt wide, 300 pt tall body); FakeMetrics gives 5 pt per character at 10 pt.
 */
class FloatingTableLayoutTest {

    private final LayoutEngine engine = new LayoutEngine(new FakeMetrics());

    private static Table table(double width, int rows) {
        List<TableRow> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            out.add(new TableRow(List.of(new TableCell(List.of(para("row" + r)), 1, false, null)), false));
        }
        return new Table(List.of(width), out, 0);
    }

    /** A floating table against the margin horizontally and its paragraph vertically, as Word writes vertAnchor="text". */
    private static AnchoredObject floating(Table table, double width, double below) {
        Anchor anchor = new Anchor(Anchor.Position.offset(Anchor.RelativeFrom.MARGIN, 0),
                Anchor.Position.offset(Anchor.RelativeFrom.PARAGRAPH, below),
                new Anchor.Wrap(Anchor.WrapType.SQUARE, Anchor.WrapText.BOTH_SIDES, 0, 0, 9, 9, List.of()),
                false, 0, true, true, false, null);
        TextBox box = new TextBox(List.of(table), TextBox.Insets.NONE, TextBox.VerticalAnchor.TOP,
                TextBox.Direction.HORIZONTAL, true, null, 0, true);
        return new AnchoredObject(anchor, width, 0, null, box, "");
    }

    private static Block anchoring(AnchoredObject object, String text) {
        return para(new PP(), object, new TextRun(text, TEXT));
    }

    @Test
    void aTableAsWideAsTheTextBreaksAcrossPagesWithItsParagraphAfterIt() {
        LaidOutDocument out = engine.layout(doc(para("before"),
                anchoring(floating(table(200, 40), 200, 6), "after")), LayoutProgress.NONE);

        assertThat(out.pages()).hasSizeGreaterThan(1);
        Page first = out.pages().get(0);
        Page last = out.pages().get(out.pages().size() - 1);
        GlyphRun before = Pages.find(first, "before");
        GlyphRun row0 = Pages.find(first, "row0");
        // the table stands its offset below the top of its paragraph, which begins where "before" ends
        assertThat(row0.baseline() - before.baseline()).isGreaterThan(6);
        assertThat(Pages.find(last, "row39")).isNotNull();
        assertThat(Pages.find(last, "after").baseline()).isGreaterThan(Pages.find(last, "row39").baseline());
        for (Page page : out.pages()) {
            for (GlyphRun run : Pages.runs(page)) {
                assertThat(run.baseline()).as(run.text()).isLessThanOrEqualTo(350);
            }
        }
        int rows = 0;
        for (Page page : out.pages()) {
            rows += (int) Pages.runs(page).stream().filter(r -> r.text().startsWith("row")).count();
        }
        assertThat(rows).isEqualTo(40);
    }

    @Test
    void aNarrowTableFloatsWithTheParagraphsTextBesideIt() {
        Page page = engine.layout(doc(anchoring(floating(table(100, 3), 100, 0),
                "beside beside beside beside beside beside")), LayoutProgress.NONE).pages().get(0);

        GlyphRun row0 = Pages.find(page, "row0");
        GlyphRun text = Pages.find(page, "beside");
        assertThat(row0.x()).isCloseTo(MARGIN, within(6.0));
        assertThat(text.x()).isGreaterThanOrEqualTo(MARGIN + 100 + 9 - 1e-6);
        assertThat(text.baseline()).isLessThan(Pages.find(page, "row2").baseline());
    }
}
