package org.inkpool.layout;

import org.inkpool.model.style.Alignment;
import org.inkpool.model.Block;
import org.inkpool.model.Document;
import org.inkpool.model.DocumentInfo;
import org.inkpool.model.Inline;
import org.inkpool.model.style.LineSpacing;
import org.inkpool.model.style.ListLabel;
import org.inkpool.model.section.PageSetup;
import org.inkpool.model.Paragraph;
import org.inkpool.model.style.ParagraphBorders;
import org.inkpool.model.style.ParagraphProps;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.style.RunProps;
import org.inkpool.model.section.Section;
import org.inkpool.model.section.SectionStart;
import org.inkpool.model.style.TabStop;
import org.inkpool.model.TextRun;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builders for test documents. The standard page is 300 × 400 pt with 50 pt margins: a body of
 * 200 × 300 pt, so with FakeMetrics and 10 pt text a line holds 40 Latin characters and a page
 * 25 lines of 12 pt.
 */
public final class Docs {

    public static final PageSetup PAGE = new PageSetup(300, 400, 50, 50, 50, 50, 20, 20, 1, 0);
    public static final double MARGIN = 50;
    public static final RunProps TEXT = RunProps.DEFAULT.withSize(10);

    private Docs() {
    }

    public static Document doc(Block... blocks) {
        return doc(PAGE, blocks);
    }

    public static Document doc(PageSetup page, Block... blocks) {
        return new Document(DocumentInfo.EMPTY, List.of(new Section(page, SectionStart.NEXT_PAGE, List.of(blocks))),
                List.of());
    }

    public static Document doc(Section... sections) {
        return new Document(DocumentInfo.EMPTY, List.of(sections), List.of());
    }

    public static Section section(PageSetup page, SectionStart start, Block... blocks) {
        return new Section(page, start, List.of(blocks));
    }

    public static Paragraph para(String text) {
        return para(new PP(), text);
    }

    public static Paragraph para(PP props, String text) {
        return para(props, new TextRun(text, TEXT));
    }

    public static Paragraph para(PP props, Inline... inlines) {
        return new Paragraph(props.build(), Arrays.asList(inlines), props.label, TEXT);
    }

    public static TextRun run(String text) {
        return new TextRun(text, TEXT);
    }

    public static TextRun run(String text, RP props) {
        return new TextRun(text, props.build());
    }

    /** {@code count} one-line paragraphs. */
    public static List<Block> fillerLines(int count) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            blocks.add(para("filler " + i));
        }
        return blocks;
    }

    /** Fluent paragraph properties, starting from Word's defaults. */
    public static final class PP {
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

        public PP borders(ParagraphBorders b) { borders = b; return this; }
        public PP offGrid() { snapToGrid = false; return this; }
        public PP rtl() { rightToLeft = true; return this; }
        public PP align(Alignment a) { alignment = a; return this; }
        public PP indent(double l, double r, double first) { left = l; right = r; firstLine = first; return this; }
        public PP space(double b, double a) { before = b; after = a; return this; }
        public PP auto(boolean b, boolean a) { beforeAuto = b; afterAuto = a; return this; }
        public PP line(LineSpacing.LineRule rule, double value) { spacing = new LineSpacing(rule, value); return this; }
        public PP contextual(String styleId) { contextual = true; style = styleId; return this; }
        public PP style(String styleId) { style = styleId; return this; }
        public PP keepNext() { keepNext = true; return this; }
        public PP keepLines() { keepLines = true; return this; }
        public PP noWidowControl() { widowControl = false; return this; }
        public PP pageBreakBefore() { pageBreakBefore = true; return this; }
        public PP tab(double pos, TabStop.TabAlignment a, TabStop.TabLeader leader) {
            tabs.add(new TabStop(pos, a, leader));
            return this;
        }
        public PP defaultTab(double d) { defaultTab = d; return this; }
        public PP shading(Rgb c) { shading = c; return this; }
        public PP label(String text, ListLabel.Suffix suffix) {
            label = new ListLabel(text, TEXT, suffix, Alignment.LEFT);
            return this;
        }

        public ParagraphProps build() {
            return new ParagraphProps(alignment, left, right, firstLine, before, after, beforeAuto, afterAuto,
                    spacing, contextual, style, keepNext, keepLines, widowControl, pageBreakBefore, tabs,
                    defaultTab, shading, rightToLeft, borders, snapToGrid);
        }
    }

    /** Fluent run properties, starting from 10 pt Times New Roman. */
    public static final class RP {
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

        public RP raise(double points) { raise = points; return this; }
        public RP scale(double factor) { scale = factor; return this; }
        public RP font(String f) { font = f; return this; }
        public RP size(double s) { size = s; return this; }
        public RP bold() { bold = true; return this; }
        public RP underline(RunProps.Underline u) { underline = u; return this; }
        public RP strike() { strike = true; return this; }
        public RP doubleStrike() { doubleStrike = true; return this; }
        public RP caps() { caps = true; return this; }
        public RP smallCaps() { smallCaps = true; return this; }
        public RP superscript() { valign = RunProps.VerticalAlign.SUPERSCRIPT; return this; }
        public RP subscript() { valign = RunProps.VerticalAlign.SUBSCRIPT; return this; }
        public RP color(Rgb c) { color = c; return this; }
        public RP highlight(Rgb c) { highlight = c; return this; }
        public RP spacing(double s) { spacing = s; return this; }
        public RP hidden() { hidden = true; return this; }

        public RunProps build() {
            return new RunProps(font, font, "SimSun", font, size, bold, italic, underline, strike, doubleStrike,
                    caps, smallCaps, valign, color, highlight, spacing, hidden, raise, scale);
        }
    }
}
