package org.inkpool.layout;

import org.inkpool.layout.page.Destination;
import org.inkpool.layout.page.GlyphRun;
import org.inkpool.layout.page.Landmark;
import org.inkpool.layout.page.LinkArea;
import org.inkpool.layout.page.OutlineEntry;
import org.inkpool.layout.page.Page;
import org.inkpool.model.LinkTarget;
import org.inkpool.model.Navigation;
import org.inkpool.model.section.PageNumberFormat;
import org.inkpool.model.section.PageNumbering;
import org.inkpool.model.Paragraph;
import org.inkpool.model.section.Section;
import org.inkpool.model.section.SectionStart;
import org.inkpool.model.TextRun;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.inkpool.layout.Docs.PAGE;
import static org.inkpool.layout.Docs.TEXT;
import static org.inkpool.layout.Docs.doc;
import static org.inkpool.layout.Docs.run;

/**
 * Pages carry what a reader navigates by: link areas over exactly the linked characters, on every line
 * the link runs over; bookmark destinations and headings at their paragraph's first line; page numbers
 * and formats for page labels. Fake metrics: Latin characters are 5 pt wide at 10 pt.
 */
class NavigationLayoutTest {

    private final LayoutEngine engine = new LayoutEngine(new FakeMetrics());
    private static final LinkTarget SITE = LinkTarget.external("https://example.org/");

    private List<Page> layout(org.inkpool.model.Document d) {
        return engine.layout(d, LayoutProgress.NONE).pages();
    }

    private static Paragraph para(org.inkpool.model.Inline... inlines) {
        return new Paragraph(org.inkpool.model.style.ParagraphProps.DEFAULT, List.of(inlines), null, TEXT);
    }

    @Test
    void aLinkAreaCoversExactlyItsCharacters() {
        Page page = layout(doc(para(run("see "), new TextRun("here", TEXT, SITE), run(" now")))).get(0);
        assertThat(page.marks().links()).hasSize(1);
        LinkArea area = page.marks().links().get(0);
        assertThat(area.target()).isEqualTo(SITE);
        assertThat(area.x()).isCloseTo(Docs.MARGIN + 4 * 5, within(1e-6));
        assertThat(area.width()).isCloseTo(4 * 5, within(1e-6));
        GlyphRun line = page.items().stream().filter(GlyphRun.class::isInstance).map(GlyphRun.class::cast)
                .findFirst().orElseThrow();
        assertThat(area.y()).isLessThan(line.baseline());
        assertThat(area.y() + area.height()).isGreaterThan(line.baseline());
        assertThat(page.items()).as("landmarks are not painted").noneMatch(Landmark.class::isInstance);
    }

    @Test
    void aLinkBrokenOverTwoLinesHasAnAreaOnEach() {
        // 200 pt measure = 40 characters: the link's words wrap onto the second line
        String linked = "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii";
        Page page = layout(doc(para(run("x "), new TextRun(linked, TEXT, SITE)))).get(0);
        List<LinkArea> areas = page.marks().links();
        assertThat(areas).hasSize(2);
        assertThat(areas.get(1).y()).isGreaterThan(areas.get(0).y());
        assertThat(areas.get(0).x()).isCloseTo(Docs.MARGIN + 2 * 5, within(1e-6));
        assertThat(areas.get(1).x()).isCloseTo(Docs.MARGIN, within(1e-6));
    }

    @Test
    void headingsAndBookmarksMarkTheirFirstLine() {
        Paragraph heading = new Paragraph(org.inkpool.model.style.ParagraphProps.DEFAULT, List.of(run("Intro")), null,
                TEXT, new Navigation(1, List.of("_Toc1")));
        Page page = layout(doc(para(run("before")), heading)).get(0);
        assertThat(page.marks().headings()).containsExactly(
                new OutlineEntry(1, "Intro", Docs.MARGIN, page.marks().destinations().get(0).y()));
        assertThat(page.marks().destinations()).extracting(Destination::name).containsExactly("_Toc1");
        assertThat(page.marks().destinations().get(0).y()).isGreaterThan(Docs.MARGIN);
    }

    @Test
    void pagesKnowTheirNumberAndFormatForLabels() {
        Section front = new Section(PAGE, SectionStart.NEXT_PAGE, List.of(para(run("front"))), null,
                new PageNumbering(null, PageNumberFormat.LOWER_ROMAN));
        Section body = new Section(PAGE, SectionStart.NEXT_PAGE, List.of(para(run("body"))), null,
                new PageNumbering(1, PageNumberFormat.DECIMAL));
        List<Page> pages = layout(doc(front, body));
        assertThat(pages).extracting(p -> p.marks().format() + " " + p.marks().number())
                .containsExactly("LOWER_ROMAN 1", "DECIMAL 1");
    }
}
