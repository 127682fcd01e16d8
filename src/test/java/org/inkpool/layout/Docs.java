package org.inkpool.layout;

import org.inkpool.model.Alignment;
import org.inkpool.model.Block;
import org.inkpool.model.Document;
import org.inkpool.model.DocumentInfo;
import org.inkpool.model.Inline;
import org.inkpool.model.LineSpacing;
import org.inkpool.model.ListLabel;
import org.inkpool.model.PageSetup;
import org.inkpool.model.Paragraph;
import org.inkpool.model.ParagraphBorders;
import org.inkpool.model.ParagraphProps;
import org.inkpool.model.Rgb;
import org.inkpool.model.RunProps;
import org.inkpool.model.Section;
import org.inkpool.model.SectionStart;
import org.inkpool.model.TabStop;
import org.inkpool.model.TextRun;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builders for test documents. The standard page is 300 × 400 pt with 50 pt margins: a body of
 * 200 × 300 pt, so with FakeMetrics and 10 pt text a line holds 40 Latin characters and a page
 * 25 lines of 12 pt.
 */
final class Docs {

    static final PageSetup PAGE = new PageSetup(300, 400, 50, 50, 50, 50, 20, 20, 1, 0);
    static final double MARGIN = 50;
    static final RunProps TEXT = RunProps.DEFAULT.withSize(10);

    private Docs() {
    }

    static Document doc(Block... blocks) {
        return doc(PAGE, blocks);
    }

    static Document doc(PageSetup page, Block... blocks) {
        return new Document(DocumentInfo.EMPTY, List.of(new Section(page, SectionStart.NEXT_PAGE, List.of(blocks))),
                List.of());
    }

    static Document doc(Section... sections) {
        return new Document(DocumentInfo.EMPTY, List.of(sections), List.of());
    }

    static Section section(PageSetup page, SectionStart start, Block... blocks) {
        return new Section(page, start, List.of(blocks));
    }

    static Paragraph para(String text) {
        return para(new PP(), text);
    }

    static Paragraph para(PP props, String text) {
        return para(props, new TextRun(text, TEXT));
    }

    static Paragraph para(PP props, Inline... inlines) {
        return new Paragraph(props.build(), Arrays.asList(inlines), props.label, TEXT);
    }

    static TextRun run(String text) {
        return new TextRun(text, TEXT);
    }

    static TextRun run(String text, RP props) {
        return new TextRun(text, props.build());
    }

    /** {@code count} one-line paragraphs. */
    static List<Block> fillerLines(int count) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            blocks.add(para("filler " + i));
        }
        return blocks;
    }

    /** Fluent paragraph properties, starting from Word's defaults. */
    static final class PP {
        Alignment alignment = Alignment.LEFT;
        double left;
        double right;
        double firstLine;
        double before;
        double after;
        boolean beforeAuto;
        boolean afterAuto;
        LineSpacing spacing = LineSpacing.SINGLE;
        boolean contextual;
        String style = "";
        boolean keepNext;
        boolean keepLines;
        boolean widowControl = true;
        boolean pageBreakBefore;
        List<TabStop> tabs = new ArrayList<>();
        double defaultTab = 36;
        Rgb shading;
        ListLabel label;
        boolean rightToLeft;
        ParagraphBorders borders = ParagraphBorders.NONE;
        boolean snapToGrid = true;

        PP borders(ParagraphBorders b) { borders = b; return this; }
        PP offGrid() { snapToGrid = false; return this; }
        PP rtl() { rightToLeft = true; return this; }
        PP align(Alignment a) { alignment = a; return this; }
        PP indent(double l, double r, double first) { left = l; right = r; firstLine = first; return this; }
        PP space(double b, double a) { before = b; after = a; return this; }
        PP auto(boolean b, boolean a) { beforeAuto = b; afterAuto = a; return this; }
        PP line(LineSpacing.LineRule rule, double value) { spacing = new LineSpacing(rule, value); return this; }
        PP contextual(String styleId) { contextual = true; style = styleId; return this; }
        PP style(String styleId) { style = styleId; return this; }
        PP keepNext() { keepNext = true; return this; }
        PP keepLines() { keepLines = true; return this; }
        PP noWidowControl() { widowControl = false; return this; }
        PP pageBreakBefore() { pageBreakBefore = true; return this; }
        PP tab(double pos, TabStop.TabAlignment a, TabStop.TabLeader leader) {
            tabs.add(new TabStop(pos, a, leader));
            return this;
        }
        PP defaultTab(double d) { defaultTab = d; return this; }
        PP shading(Rgb c) { shading = c; return this; }
        PP label(String text, ListLabel.Suffix suffix) {
            label = new ListLabel(text, TEXT, suffix, Alignment.LEFT);
            return this;
        }

        ParagraphProps build() {
            return new ParagraphProps(alignment, left, right, firstLine, before, after, beforeAuto, afterAuto,
                    spacing, contextual, style, keepNext, keepLines, widowControl, pageBreakBefore, tabs,
                    defaultTab, shading, rightToLeft, borders, snapToGrid);
        }
    }

    /** Fluent run properties, starting from 10 pt Times New Roman. */
    static final class RP {
        String font = "Times New Roman";
        double size = 10;
        boolean bold;
        boolean italic;
        RunProps.Underline underline = RunProps.Underline.NONE;
        boolean strike;
        boolean doubleStrike;
        boolean caps;
        boolean smallCaps;
        RunProps.VerticalAlign valign = RunProps.VerticalAlign.BASELINE;
        Rgb color;
        Rgb highlight;
        double spacing;
        boolean hidden;
        double raise;
        double scale = 1;

        RP raise(double points) { raise = points; return this; }
        RP scale(double factor) { scale = factor; return this; }
        RP font(String f) { font = f; return this; }
        RP size(double s) { size = s; return this; }
        RP bold() { bold = true; return this; }
        RP underline(RunProps.Underline u) { underline = u; return this; }
        RP strike() { strike = true; return this; }
        RP doubleStrike() { doubleStrike = true; return this; }
        RP caps() { caps = true; return this; }
        RP smallCaps() { smallCaps = true; return this; }
        RP superscript() { valign = RunProps.VerticalAlign.SUPERSCRIPT; return this; }
        RP subscript() { valign = RunProps.VerticalAlign.SUBSCRIPT; return this; }
        RP color(Rgb c) { color = c; return this; }
        RP highlight(Rgb c) { highlight = c; return this; }
        RP spacing(double s) { spacing = s; return this; }
        RP hidden() { hidden = true; return this; }

        RunProps build() {
            return new RunProps(font, font, "SimSun", font, size, bold, italic, underline, strike, doubleStrike,
                    caps, smallCaps, valign, color, highlight, spacing, hidden, raise, scale);
        }
    }
}
