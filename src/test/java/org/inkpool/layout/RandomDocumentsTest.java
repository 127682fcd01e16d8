package org.inkpool.layout;

import org.inkpool.layout.page.GlyphRun;
import org.inkpool.layout.page.LaidOutDocument;
import org.inkpool.layout.page.Page;
import org.inkpool.model.style.Alignment;
import org.inkpool.model.Block;
import org.inkpool.model.Break;
import org.inkpool.model.Document;
import org.inkpool.model.DocumentInfo;
import org.inkpool.model.Inline;
import org.inkpool.model.InlineImage;
import org.inkpool.model.style.LineSpacing;
import org.inkpool.model.style.ListLabel;
import org.inkpool.model.section.PageSetup;
import org.inkpool.model.Paragraph;
import org.inkpool.model.style.ParagraphProps;
import org.inkpool.model.style.RunProps;
import org.inkpool.model.section.Section;
import org.inkpool.model.section.SectionStart;
import org.inkpool.model.Tab;
import org.inkpool.model.style.TabStop;
import org.inkpool.model.Table;
import org.inkpool.model.table.TableCell;
import org.inkpool.model.table.TableRow;
import org.inkpool.model.TextRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random documents with every feature mixed, including hostile values (indents wider than the
 * page, lines taller than it, keep chains everywhere): layout must end, and every visible
 * character must be drawn exactly once; in order, unless table rows split across pages (where the
 * cells of a row share each page, so their text interleaves).
 */
class RandomDocumentsTest {

    private static final String LATIN = "abcdefghij klmnop qrstu vwxyz -/.,;";
    private static final String CJK = "日本語中文漢字。，「」（）";

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void layoutEndsAndLosesNoCharacter(long seed) {
        Random random = new Random(seed);
        StringBuilder expected = new StringBuilder();
        boolean hasTables = false;
        List<Section> sections = new ArrayList<>();
        int sectionCount = 1 + random.nextInt(3);
        for (int s = 0; s < sectionCount; s++) {
            List<Block> blocks = new ArrayList<>();
            int blockCount = random.nextInt(40);
            for (int b = 0; b < blockCount; b++) {
                if (random.nextInt(8) == 0) {
                    blocks.add(table(random, expected));
                    hasTables = true;
                } else {
                    blocks.add(paragraph(random, expected));
                }
            }
            PageSetup page = random.nextInt(4) == 0 ? new PageSetup(200, 150, 30, 30, 20, 20, 10, 10, 1, 0)
                    : Docs.PAGE;
            sections.add(new Section(page, SectionStart.values()[random.nextInt(4)], blocks));
        }
        Document document = new Document(DocumentInfo.EMPTY, sections, List.of());

        LaidOutDocument laidOut = new LayoutEngine(new FakeMetrics()).layout(document, LayoutProgress.NONE);

        StringBuilder drawn = new StringBuilder();
        for (Page page : laidOut.pages()) {
            for (GlyphRun run : Pages.runs(page)) {
                drawn.append(run.text());
            }
        }
        assertThat(laidOut.pages()).isNotEmpty();
        assertThat(sorted(visible(drawn))).isEqualTo(sorted(visible(expected)));
        if (!hasTables) {
            assertThat(visible(drawn)).isEqualTo(visible(expected));
        }
    }

    private static String sorted(String text) {
        return text.codePoints().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
    }

    /** Text without spaces and hyphens: spaces are not drawn at line ends, soft hyphens show as '-'. */
    private static String visible(CharSequence text) {
        return text.toString().replace(" ", "").replace("-", "").replace("\u00AD", "");
    }

    private static Table table(Random random, StringBuilder expected) {
        List<TableRow> rows = new ArrayList<>();
        for (int r = 0; r < 1 + random.nextInt(3); r++) {
            List<TableCell> cells = new ArrayList<>();
            for (int c = 0; c < 1 + random.nextInt(3); c++) {
                cells.add(new TableCell(List.of(paragraph(random, expected)), 1, false, null));
            }
            rows.add(new TableRow(cells, false));
        }
        return new Table(List.of(50.0, 50.0, 50.0), rows, random.nextInt(40));
    }

    private static Paragraph paragraph(Random random, StringBuilder expected) {
        List<Inline> inlines = new ArrayList<>();
        ListLabel label = null;
        if (random.nextInt(5) == 0) {
            label = new ListLabel(random.nextInt(30) + ".", Docs.TEXT,
                    ListLabel.Suffix.values()[random.nextInt(3)], Alignment.values()[random.nextInt(3)]);
            expected.append(label.text());
        }
        int pieces = random.nextInt(12);
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(10)) {
                case 0 -> inlines.add(new Tab(Docs.TEXT));
                case 1 -> inlines.add(new Break(Break.Kind.values()[random.nextInt(3)], Docs.TEXT));
                case 2 -> inlines.add(new InlineImage(new byte[0], InlineImage.ImageFormat.PNG,
                        1 + random.nextInt(500), 1 + random.nextInt(500), ""));
                case 3 -> inlines.add(new TextRun("hidden", new Docs.RP().hidden().build()));
                default -> {
                    String text = text(random);
                    RunProps props = runProps(random);
                    inlines.add(new TextRun(text, props));
                    expected.append(props.caps() || props.smallCaps() ? text.toUpperCase() : text);
                }
            }
        }
        ParagraphProps props = new ParagraphProps(Alignment.values()[random.nextInt(5)],
                random.nextInt(6) == 0 ? 400 : random.nextInt(50), random.nextInt(50), random.nextInt(60) - 30,
                random.nextInt(30), random.nextInt(30), random.nextBoolean(), random.nextBoolean(),
                new LineSpacing(LineSpacing.LineRule.values()[random.nextInt(3)], random.nextDouble() * 3),
                random.nextBoolean(), random.nextBoolean() ? "A" : "B", random.nextInt(3) == 0,
                random.nextInt(5) == 0, random.nextBoolean(), random.nextInt(10) == 0,
                random.nextBoolean() ? List.of() : List.of(new TabStop(random.nextInt(250),
                        TabStop.TabAlignment.values()[random.nextInt(5)], TabStop.TabLeader.NONE)),
                random.nextInt(3) == 0 ? 0 : 36, null);
        return new Paragraph(props, inlines, label, Docs.TEXT);
    }

    private static RunProps runProps(Random random) {
        double size = random.nextInt(10) == 0 ? 300 : 4 + random.nextInt(30);
        return new RunProps("F", "F", "E", "C", size, random.nextBoolean(), false, RunProps.Underline.NONE,
                false, false, random.nextInt(10) == 0, random.nextInt(10) == 0,
                RunProps.VerticalAlign.values()[random.nextInt(3)], null, null, random.nextInt(3) - 1, false);
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int n = random.nextInt(random.nextInt(10) == 0 ? 400 : 60);
        for (int i = 0; i < n; i++) {
            String alphabet = random.nextInt(3) == 0 ? CJK : LATIN;
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            text.append(random.nextInt(50) == 0 ? '\u00AD' : c);
        }
        return text.toString();
    }
}
