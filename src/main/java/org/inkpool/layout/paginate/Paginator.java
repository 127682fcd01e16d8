package org.inkpool.layout.paginate;

import org.inkpool.layout.flow.BlockLayouters;
import org.inkpool.layout.flow.BorderBoxes;
import org.inkpool.layout.flow.ComposedParagraph;
import org.inkpool.layout.flow.FlowItem;
import org.inkpool.layout.flow.LaidOutTable;
import org.inkpool.layout.flow.Slice;
import org.inkpool.layout.line.Atom;
import org.inkpool.layout.line.DrawingItems;
import org.inkpool.layout.line.Line;
import org.inkpool.layout.line.LineEmitter;
import org.inkpool.layout.page.FilledRect;
import org.inkpool.layout.page.Page;
import org.inkpool.layout.page.PageItem;
import org.inkpool.layout.page.Rule;
import org.inkpool.layout.table.CellBox;
import org.inkpool.layout.table.RowBox;
import org.inkpool.layout.table.RowPainter;
import org.inkpool.model.section.PageSetup;
import org.inkpool.model.section.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * Stacks composed paragraphs onto pages (word-layout-facts §4, §6): collapses paragraph spacing,
 * honours page breaks, keep-with-next chains, keep-lines and widow/orphan control, and starts
 * sections on new pages. Every decision moves forward, so it always ends: a line that fits on no
 * page is placed alone on a fresh one, and keeps that cannot be met are dropped.
 */
public final class Paginator {

    /**
     * Why the current page began: decides what happens to the first paragraph's space before.
     * EXPLICIT is a break the paragraph itself asks for (pageBreakBefore, or a page break before any
     * of its text): it keeps its space before, as Word does (R§3, measured on a heading whose first
     * run is a page break). HARD_BREAK follows a page break that ended the previous content.
     */
    private enum PageStart { DOCUMENT, SECTION, EXPLICIT, HARD_BREAK, NATURAL }

    private static final double EPS = 1e-6;

    private final LineEmitter emitter;
    /** Headers, footers and notes; null lays out the body alone within the margins. */
    private final PageFurniture furniture;
    private final TablePlacer tables = new TablePlacer();
    private final FloatPlacer floats;
    private final FlowAround flow;
    private final Columns columns = new Columns();
    private final BorderBoxes boxes = new BorderBoxes();
    private final ColumnBalance balance = new ColumnBalance();
    /** The index, in the list being placed, of the item being placed (where column balancing measures from). */
    private int currentItem;
    private final LineNumbers lineNumbers;
    private final List<PageBuilder> pages = new ArrayList<>();
    private PageBuilder page;
    private double y;
    private boolean pageHasContent;
    /** The next paragraph opens a column after the first: its space before goes, as at a page top. */
    private boolean atColumnTop;
    private PageStart pageStart = PageStart.DOCUMENT;
    private ComposedParagraph previous;
    private int section = -1;
    /** Each section's page number format, by section index, for page labels. */
    private final List<org.inkpool.model.section.PageNumberFormat> numberFormats = new ArrayList<>();
    /** The pgNumType start of a section whose first page is not open yet. */
    private Integer pendingStart;
    private boolean nextPageFirstOfSection = true;
    /** Footnote lines that did not fit on their page: they continue on the next. */
    private List<FootnoteArea.NoteLine> continuedNotes = new ArrayList<>();
    /** Told of every page opened and table row placed: progress inside a block that spans many pages. */
    private Runnable alive = () -> { };

    public Paginator(LineEmitter emitter) {
        this(emitter, null);
    }

    public Paginator(LineEmitter emitter, PageFurniture furniture) {
        this.emitter = emitter;
        this.furniture = furniture;
        this.floats = new FloatPlacer(emitter.faces(), BlockLayouters.standard(emitter.faces()), emitter);
        this.flow = new FlowAround(this::bodyBottomForFlow);
        this.lineNumbers = new LineNumbers(emitter.faces());
    }

    private double bodyBottomForFlow() {
        return page.bodyBottom();
    }


    /** Begins a section: a new page unless it is continuous on a page of the same size (R§7). */
    public void startSection(Section section) {
        PageSetup setup = section.page() == null ? PageSetup.LETTER : section.page();
        if (page != null) {
            // a section continuing on this page starts its columns below everything placed so far
            y = Math.max(y, columns.lowest());
            columns.startRegion(y);
        }
        columns.set(setup);
        this.section++;
        numberFormats.add(section.numbering() == null ? null : section.numbering().format());
        lineNumbers.startSection(section.look().lineNumbers());
        pendingStart = section.numbering() == null ? null : section.numbering().start();
        nextPageFirstOfSection = true;
        if (page == null) {
            openPage(setup, PageStart.DOCUMENT);
            return;
        }
        switch (section.start() == null ? org.inkpool.model.section.SectionStart.NEXT_PAGE : section.start()) {
            case CONTINUOUS -> {
                boolean sameSize = Math.abs(page.setup().width() - setup.width()) < EPS
                        && Math.abs(page.setup().height() - setup.height()) < EPS;
                if (!sameSize) {
                    startOnNewPage(setup);
                } else if (!pageHasContent) {
                    takeOverPage(setup);
                }
            }
            case ODD_PAGE -> {
                startOnNewPage(setup);
                if (pages.size() % 2 == 0) {
                    openPage(setup, PageStart.SECTION); // the page before stays blank
                }
            }
            case EVEN_PAGE -> {
                startOnNewPage(setup);
                if (pages.size() % 2 == 1) {
                    openPage(setup, PageStart.SECTION);
                }
            }
            default -> startOnNewPage(setup);
        }
    }

    /** A page left empty by a page break just before the section break serves the section (R§3.3). */
    private void startOnNewPage(PageSetup setup) {
        if (pageHasContent) {
            openPage(setup, PageStart.SECTION);
        } else {
            takeOverPage(setup);
            pageStart = PageStart.SECTION;
        }
    }

    /** The empty current page becomes the first page of the section beginning now. */
    private void takeOverPage(PageSetup setup) {
        int number = pendingStart != null ? pendingStart : page.number();
        pendingStart = null;
        nextPageFirstOfSection = false;
        page.changeSetup(setup, section, number, true, frameFor(setup, true, number));
        y = page.bodyTop();
        columns.startPage(y);
    }

    private PageFurniture.Frame frameFor(PageSetup setup, boolean firstOfSection, int number) {
        return furniture == null ? PageFurniture.plain(setup)
                : furniture.frame(Math.max(0, section), setup, firstOfSection, number);
    }

    /**
     * Places items that follow those placed before. A keep-with-next chain must not be split
     * between two calls: each call ends with an item without keepNext, or at a section end.
     */
    public void place(List<? extends FlowItem> flow) {
        int chainDecidedUntil = -1;
        for (int i = 0; i < flow.size(); i++) {
            FlowItem item = flow.get(i);
            currentItem = i;
            if (item instanceof LaidOutTable table) {
                tables.place(table);
                continue;
            }
            ComposedParagraph p = (ComposedParagraph) item;
            if (p.leadingPageBreak() || (p.pageBreakBefore() && pageHasContent)) {
                // a page break character opens a page even on an empty one (two breaks: an empty page);
                // pageBreakBefore only moves the paragraph to a page of its own
                openPage(page.setup(), PageStart.EXPLICIT);
            }
            if (p.props().keepNext() && i > chainDecidedUntil) {
                chainDecidedUntil = keepChainTogether(flow, i);
            }
            if (p.props().keepLines() && pageHasContent) {
                double h = gapBefore(p) + p.heightUntilBreak();
                if (y + h > page.bodyBottom() + EPS && p.heightUntilBreak() <= bodyHeight() + EPS) {
                    nextColumnOrPage();
                }
            }
            placeLines(p);
            previous = p;
        }
    }

    /**
     * Places a whole section whose columns end level on its last page (it ends at a continuous section
     * break): {@link ColumnBalance}.
     */
    public void placeBalanced(List<? extends FlowItem> section) {
        balance.start(section);
        try {
            place(section);
        } finally {
            balance.stop();
        }
    }

    /** Decides the balanced column bottom of this page when it is due (ColumnBalance). */
    private void balanceFrom(int line) {
        boolean atRegionTop = columns.offset() == 0 && Math.abs(y - columns.top()) < EPS;
        balance.at(currentItem, line, atRegionTop, columns.top(), page.bodyBottom(), columns.count());
    }

    /** Where the current column ends: the page body's bottom, or a balanced column's. */
    private double columnBottom() {
        return balance.bottom(page.bodyBottom(), columns.last());
    }

    /**
     * A keep-with-next chain runs from {@code start} to the first paragraph without keepNext, whose
     * first lines it must share a page with. If the chain does not fit in the rest of the page but
     * fits on a page of its own, it moves to the next page; if it fits on no page the keeps are
     * dropped (Word never overflows, R§3). Returns the last index the decision covers.
     */
    private int keepChainTogether(List<? extends FlowItem> flow, int start) {
        int end = start;
        while (end + 1 < flow.size() && flow.get(end).keepNext()) {
            end++;
        }
        double limit = bodyHeight();
        double h = 0;
        ComposedParagraph before = previous;
        for (int k = start; k <= end && h <= limit + EPS; k++) {
            if (flow.get(k) instanceof LaidOutTable table) {
                // a table keeps its first row (and the header rows) with the paragraph before it
                h += before == null ? 0 : before.spaceAfter();
                h += table.rows().get(Math.min(table.headerRows(), table.rows().size() - 1)).height()
                        + table.headerHeight();
                break;
            }
            ComposedParagraph p = (ComposedParagraph) flow.get(k);
            h += k == start ? gapBefore(p) : gapBetween(before, p);
            boolean last = k == end && k != start;
            h += last ? p.heightOfFirst(firstLinesKeptWithPrevious(p)) : p.heightUntilBreak();
            before = p;
        }
        double chainAlone = h - gapBefore((ComposedParagraph) flow.get(start));
        if (pageHasContent && y + h > page.bodyBottom() + EPS && chainAlone <= limit + EPS) {
            nextColumnOrPage();
        }
        return end - 1;
    }

    /** How many of a paragraph's first lines must follow a keepNext paragraph onto its page. */
    private static int firstLinesKeptWithPrevious(ComposedParagraph p) {
        if (p.props().keepLines()) {
            return p.lines().size();
        }
        return p.props().widowControl() ? 2 : 1;
    }

    private void placeLines(ComposedParagraph p) {
        List<Line> lines = p.lines();
        int index = 0;
        boolean floatsPlaced = p.floats().isEmpty();
        while (index < lines.size()) {
            balanceFrom(index);
            double top = index == 0 ? boxes.enter(p, y, gapBefore(p), page.items) : boxes.resume(p, y, page.items);
            int mark = page.floatMark();
            if (!floatsPlaced) {
                // a paragraph-relative position is measured from the paragraph's top, above its space before
                placeFloats(p, index == 0 ? y : top);
            }
            lines = flow.around(p, lines, index, top, page.area, columns.offset());
            int n = lines.size();
            double bottom = columnBottom();
            int fit = 0;
            boolean hardBreak = false;
            double cursor = top;
            double bandTop = top;
            double notesReserve = 0; // footnotes of the lines accepted so far
            boolean separatorCounted = !page.footnotes.isEmpty();
            while (index + fit < n) {
                Line line = lines.get(index + fit);
                double lineTop = line.sameBand() ? bandTop : cursor + line.skip();
                List<FootnoteArea.NoteLine> notes = footnotesOf(p, line);
                double separator = notes.isEmpty() || separatorCounted ? 0 : FootnoteArea.SEPARATOR_SPACE;
                // a reference and at least its note's first line share a page
                double firstNoteLine = notes.isEmpty() ? 0 : notes.get(0).height();
                if (lineTop + line.box().fitHeight() + notesReserve + separator + firstNoteLine > bottom + EPS) {
                    break;
                }
                notesReserve += separator + FootnoteArea.height(notes);
                separatorCounted |= !notes.isEmpty();
                bandTop = lineTop;
                cursor = Math.max(line.sameBand() ? cursor : 0, lineTop + line.box().height());
                fit++;
                if (line.endsPage()) {
                    hardBreak = true;
                    break;
                }
            }
            int count = fit;
            if (!hardBreak && index + fit < n) {
                count = keepWidowsAndOrphans(p, lines, index, fit);
                if (count == 0 && !pageHasContent) {
                    count = Math.max(1, fit); // never loop: an oversized line goes alone on a page (clipped)
                }
            }
            if (count > 0) {
                floatsPlaced = true;
                placeFragment(p, lines, index, count, top);
                y = boxes.placed(p, y, index + count == n);
                hardBreak = lines.get(index + count - 1).endsPage();
            } else {
                boxes.retract();
                hardBreak = false;
                if (!floatsPlaced) {
                    page.removeFloatsSince(mark); // the paragraph moves on, and its floats with it (Word's rule)
                }
            }
            index += count;
            if (hardBreak && columns.count() > 1 && endsColumn(p, lines.get(index - 1))) {
                nextColumnOrPage();
            } else if (hardBreak) {
                openPage(page.setup(), PageStart.HARD_BREAK);
            } else if (index < n) {
                nextColumnOrPage();
            }
        }
    }

    /** The next column of the section on this page, or a new page when this was the last column. */
    private void nextColumnOrPage() {
        if (columns.next(y)) {
            y = columns.top();
            pageStart = PageStart.NATURAL;
            atColumnTop = true;
        } else {
            openPage(page.setup(), PageStart.NATURAL);
        }
    }

    /** Whether a line ends at a column break (not a page break). */
    private static boolean endsColumn(ComposedParagraph p, Line line) {
        return line.to() > line.from() && p.atoms().get(line.to() - 1).columnBreak;
    }

    /** Items painted for a column other than the first move right by its offset. */
    private List<PageItem> columnSink() {
        return columns.offset() == 0 ? page.items : new ArrayList<>();
    }

    private void flushColumnSink(List<PageItem> sink) {
        if (sink != page.items) {
            DrawingItems.translate(sink, columns.offset(), 0, page.items);
        }
    }

    /** Positions the paragraph's floating objects against its top on this page. */
    private void placeFloats(ComposedParagraph p, double top) {
        Column column = new Column(p.column().originX() + columns.offset(), p.column().width(),
                p.column().bodyHeight());
        FloatPlacer.Where where = new FloatPlacer.Where(page.setup(), page.number(), column, top);
        for (org.inkpool.model.AnchoredObject object : p.floats()) {
            page.addFloat(floats.place(object, where));
        }
    }

    /**
     * How many of the {@code fit} lines that fit stay on this page so that neither one line is
     * left alone at the page bottom (orphan) nor one line carried to the next page (widow).
     */
    private int keepWidowsAndOrphans(ComposedParagraph p, List<Line> lines, int index, int fit) {
        if (!p.props().widowControl()) {
            return fit;
        }
        int firstLeft = index + fit; // the first line that does not fit
        boolean oneLineLeft = firstLeft == lines.size() - 1 || lines.get(firstLeft).endsPage();
        int count = fit;
        if (oneLineLeft && count > 0) {
            count--; // bring a second line along to the next page
        }
        if (index == 0 && count == 1) {
            count = 0; // the first line alone would be an orphan: the paragraph moves
        }
        return count;
    }

    private void placeFragment(ComposedParagraph p, List<Line> lines, int index, int count, double top) {
        List<PageItem> sink = columnSink();
        int shadingAt = sink.size();
        double cursor = top;
        double bandTop = top;
        for (int k = index; k < index + count; k++) {
            Line line = lines.get(k);
            double lineTop = line.sameBand() ? bandTop : cursor + line.skip();
            emitter.emit(p, line, lineTop, sink);
            if (!line.sameBand()) {
                lineNumbers.line(p, line, lineTop, page.setup().marginLeft(), page.items);
            }
            page.footnotes.add(footnotesOf(p, line));
            bandTop = lineTop;
            cursor = Math.max(line.sameBand() ? cursor : 0, lineTop + line.box().height());
        }
        double lineTop = cursor;
        if (p.shading() != null && !BorderBoxes.boxed(p)) {
            Column column = p.column();
            double x = column.originX() + p.props().indentLeft();
            double width = column.width() - p.props().indentLeft() - p.props().indentRight();
            sink.add(shadingAt, new FilledRect(x, top, width, lineTop - top, p.shading()));
        }
        flushColumnSink(sink);
        y = lineTop;
        pageHasContent = true;
        atColumnTop = false;
    }

    /** The footnote lines called for by the references on a line (none without furniture). */
    private List<FootnoteArea.NoteLine> footnotesOf(ComposedParagraph p, Line line) {
        if (furniture == null) {
            return List.of();
        }
        List<FootnoteArea.NoteLine> out = null;
        List<Atom> atoms = p.atoms();
        for (int i = line.from(); i < line.to(); i++) {
            Atom a = atoms.get(i);
            if (a.note != null) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.addAll(furniture.footnote(a.note, page.setup()));
            }
        }
        return out == null ? List.of() : out;
    }

    /**
     * Endnotes at the end of the document, after a separator rule (facts §8), flowing like the body.
     */
    public void placeEndnotes(List<? extends FlowItem> endnotes) {
        if (endnotes.isEmpty() || page == null) {
            return;
        }
        if (y + FootnoteArea.SEPARATOR_SPACE > page.bodyBottom() + EPS && pageHasContent) {
            openPage(page.setup(), PageStart.NATURAL);
        }
        boxes.close();
        lineNumbers.startSection(null); // notes are not numbered
        double x = page.setup().marginLeft();
        double ruleY = y + FootnoteArea.SEPARATOR_SPACE / 2;
        page.items.add(new Rule(x, ruleY, x + FootnoteArea.SEPARATOR_WIDTH, ruleY, FootnoteArea.SEPARATOR_THICKNESS,
                org.inkpool.model.style.Rgb.BLACK, Rule.Style.SOLID));
        y += FootnoteArea.SEPARATOR_SPACE;
        pageHasContent = true;
        previous = null;
        place(endnotes);
    }

    /** The space above a paragraph, given what precedes it on the page (word-layout-facts §4). */
    private double gapBefore(ComposedParagraph p) {
        if (atColumnTop) {
            return 0;
        }
        if (!pageHasContent) {
            if (p.props().beforeAuto()) {
                return 0; // auto spacing is dropped at the top of the body
            }
            return switch (pageStart) {
                case DOCUMENT, EXPLICIT -> p.spaceBefore();
                case SECTION -> Math.max(0, p.spaceBefore() - (previous == null ? 0 : previous.spaceAfter()));
                // Word 2013+ drops it after a hard break; at a natural break it is discarded
                case HARD_BREAK, NATURAL -> 0;
            };
        }
        return gapBetween(previous, p);
    }

    /** max(after, before); none between same-style paragraphs with contextual spacing; no auto between list items. */
    public static double gapBetween(ComposedParagraph before, ComposedParagraph p) {
        if (before == null) {
            return p.spaceBefore();
        }
        if ((before.props().contextualSpacing() || p.props().contextualSpacing())
                && before.styleId().equals(p.styleId())) {
            return 0;
        }
        boolean listItems = before.hasLabel() && p.hasLabel();
        double after = listItems && before.props().afterAuto() ? 0 : before.spaceAfter();
        double spaceBefore = listItems && p.props().beforeAuto() ? 0 : p.spaceBefore();
        return Math.max(after, spaceBefore);
    }

    private double bodyHeight() {
        return page.bodyBottom() - columns.top();
    }

    public void onStillWorking(Runnable listener) {
        this.alive = listener;
    }

    private void openPage(PageSetup setup, PageStart reason) {
        alive.run();
        boxes.close();
        settleFootnotes(false);
        int number = pendingStart != null ? pendingStart : page == null ? 1 : page.number() + 1;
        pendingStart = null;
        boolean first = nextPageFirstOfSection;
        nextPageFirstOfSection = false;
        page = new PageBuilder(setup, Math.max(0, section), number, first, frameFor(setup, first, number));
        pages.add(page);
        balance.newPage();
        lineNumbers.newPage();
        y = page.bodyTop();
        columns.startPage(y);
        pageHasContent = false;
        atColumnTop = false;
        pageStart = reason;
        // continued footnotes take at most half the body, so the page still carries text
        page.footnotes.addContinued(continuedNotes, (page.frameBottom() - page.bodyTop()) / 2);
        continuedNotes = new ArrayList<>();
    }

    /** Paints the current page's footnotes below its text; what does not fit continues on the next page. */
    private void settleFootnotes(boolean atLeastOne) {
        if (page == null) {
            return;
        }
        double bodyEnd = pageHasContent ? Math.max(y, columns.lowest()) : page.bodyTop();
        continuedNotes = page.footnotes.paint(bodyEnd, page.frameBottom(), atLeastOne || !pageHasContent,
                page.setup().marginLeft(), page.items);
    }

    /** The pages, headers and footers painted; at least one, even for an empty document. */
    public List<Page> finish() {
        boxes.close();
        if (pages.isEmpty()) {
            openPage(PageSetup.LETTER, PageStart.DOCUMENT);
        }
        settleFootnotes(false);
        while (!continuedNotes.isEmpty()) {
            openPage(page.setup(), PageStart.NATURAL); // notes longer than their page go on by themselves
            settleFootnotes(true);
        }
        if (furniture != null) {
            int[] sectionPages = new int[section + 2];
            for (PageBuilder builder : pages) {
                sectionPages[builder.section()]++;
            }
            for (PageBuilder builder : pages) {
                furniture.paint(builder, pages.size(), sectionPages[builder.section()]);
                furniture.decorate(builder);
            }
        }
        List<Page> result = new ArrayList<>(pages.size());
        for (PageBuilder builder : pages) {
            int s = builder.section();
            result.add(builder.build(s >= 0 && s < numberFormats.size() ? numberFormats.get(s) : null));
        }
        return result;
    }

    /**
     * Places a table row by row (word-layout-facts §7): a row that does not fit in what is left of
     * the page is split between lines of its cells, unless it may not split (cantSplit, exact
     * height) and fits on a page of its own; header rows repeat at the top of each page the table
     * continues on. Every pass places something on a fresh page, so it always ends.
     */
    private final class TablePlacer {

        private boolean pageOpenedHere;
        private int placedOnPage;
        /** The key of the table being placed: its structure element. */
        private org.inkpool.layout.page.StructKey tableKey;

        public void place(LaidOutTable table) {
            this.tableKey = table.key();
            boxes.close();
            if (table.pageBreakBefore() && pageHasContent) {
                openPage(page.setup(), PageStart.EXPLICIT);
            }
            if (table.floated() != null) {
                y += table.floated().top(); // measured from its paragraph's top: where the text before ends
            } else if (pageHasContent && previous != null) {
                y += previous.spaceAfter();
            }
            pageOpenedHere = !pageHasContent;
            placedOnPage = 0;
            balanceFrom(0);
            List<RowBox> rows = table.rows();
            boolean repeatHeaders = table.headerRows() > 0 && table.headerHeight() <= bodyHeight() / 2;
            for (int r = 0; r < rows.size(); r++) {
                alive.run();
                RowBox row = rows.get(r);
                RowPainter.BottomEdge end = r == rows.size() - 1 ? RowPainter.BottomEdge.OUTER
                        : RowPainter.BottomEdge.NONE;
                int[] from = new int[row.cells().size()];
                while (true) {
                    double avail = columnBottom() - y;
                    double needed = partHeight(row, from);
                    boolean fresh = pageOpenedHere && placedOnPage == 0;
                    double notes = notesRoom(row, from);
                    if (needed + notes <= avail + EPS || (fresh && row.exact())) {
                        paint(row, from, allSlices(row), needed, end);
                        break;
                    }
                    double room = bodyHeight() - (repeatHeaders && r >= table.headerRows() ? table.headerHeight() : 0);
                    boolean whole = row.exact() || (row.cantSplit() && needed <= room + EPS);
                    // a split row leaves its notes room below it (when the part holds fewer, some stays blank)
                    double partAvail = Math.max(0, avail - notes);
                    if (!fresh && (whole || nothingFits(row, from, partAvail))) {
                        nextPage(table, repeatHeaders && r >= table.headerRows());
                        continue;
                    }
                    int[] to = fitting(row, from, partAvail, fresh);
                    paint(row, from, to, Math.max(partAvail, partHeight(row, from, to)),
                            RowPainter.BottomEdge.INSIDE);
                    from = to;
                    if (done(row, from)) {
                        break;
                    }
                    nextPage(table, repeatHeaders && r >= table.headerRows());
                }
            }
            if (table.floated() != null) {
                y += table.floated().bottom();
            }
            previous = null;
        }

        private void nextPage(LaidOutTable table, boolean repeatHeaders) {
            nextColumnOrPage();
            pageOpenedHere = true;
            placedOnPage = 0;
            if (repeatHeaders) {
                for (int h = 0; h < table.headerRows(); h++) {
                    RowBox header = table.rows().get(h);
                    // a repeated header shows its note marks again, but their notes are placed once
                    List<PageItem> sink = columnSink();
                    // read once, where the table starts: its repetitions are artifacts
                    sink.add(org.inkpool.layout.page.Tag.artifact());
                    RowPainter.paint(header, new int[header.cells().size()], allSlices(header), y, header.height(),
                            RowPainter.BottomEdge.NONE, sink);
                    sink.add(org.inkpool.layout.page.Tag.close());
                    flushColumnSink(sink);
                    y += header.height();
                    pageHasContent = true;
                }
                placedOnPage = 0;
            }
        }

        private void paint(RowBox row, int[] from, int[] to, double height, RowPainter.BottomEdge edge) {
            List<PageItem> sink = columnSink();
            sink.add(org.inkpool.layout.page.Tag.open(tableKey, org.inkpool.layout.page.StructRole.TABLE));
            RowPainter.paint(row, from, to, y, height, edge, sink);
            sink.add(org.inkpool.layout.page.Tag.close());
            flushColumnSink(sink);
            addFootnotes(row, from, to);
            y += height;
            pageHasContent = true;
            atColumnTop = false;
            placedOnPage++;
        }

        /**
         * Room the footnotes of the rest of a row need on the page that shows it whole: the separator
         * if the page has no notes yet, each note in full, and at least the first line of the last,
         * as a reference in a paragraph needs (facts §8).
         */
        private double notesRoom(RowBox row, int[] from) {
            if (furniture == null) {
                return 0;
            }
            List<List<FootnoteArea.NoteLine>> notes = new ArrayList<>();
            for (int c = 0; c < from.length; c++) {
                List<Slice> slices = row.cells().get(c).slices();
                for (int s = from[c]; s < slices.size(); s++) {
                    for (org.inkpool.model.NoteReference ref : slices.get(s).notes()) {
                        List<FootnoteArea.NoteLine> lines = furniture.footnote(ref, page.setup());
                        if (!lines.isEmpty()) {
                            notes.add(lines);
                        }
                    }
                }
            }
            if (notes.isEmpty()) {
                return 0;
            }
            double room = page.footnotes.isEmpty() ? FootnoteArea.SEPARATOR_SPACE : 0;
            for (int i = 0; i < notes.size() - 1; i++) {
                room += FootnoteArea.height(notes.get(i));
            }
            return room + notes.get(notes.size() - 1).get(0).height();
        }

        /**
         * The notes of the references in the painted slices go to this page's footnote area. The row
         * was fitted without them: what then does not fit under the body continues on the next page.
         */
        private void addFootnotes(RowBox row, int[] from, int[] to) {
            if (furniture == null) {
                return;
            }
            for (int c = 0; c < from.length; c++) {
                List<Slice> slices = row.cells().get(c).slices();
                for (int s = from[c]; s < to[c]; s++) {
                    for (org.inkpool.model.NoteReference ref : slices.get(s).notes()) {
                        page.footnotes.add(furniture.footnote(ref, page.setup()));
                    }
                }
            }
        }

        /** Height of the row part starting at {@code from}: the whole row when nothing of it was placed yet. */
        private double partHeight(RowBox row, int[] from) {
            boolean untouched = true;
            for (int f : from) {
                untouched &= f == 0;
            }
            if (untouched) {
                return row.height();
            }
            double h = 0;
            for (int c = 0; c < from.length; c++) {
                h = Math.max(h, row.cells().get(c).heightFrom(from[c]));
            }
            return h;
        }

        /** Height the slices [from, to) of each cell take when they open a row part. */
        private double partHeight(RowBox row, int[] from, int[] to) {
            double h = 0;
            for (int c = 0; c < from.length; c++) {
                CellBox cell = row.cells().get(c);
                if (to[c] > from[c]) {
                    Slice last = cell.slices().get(to[c] - 1);
                    h = Math.max(h, last.top() + last.fitHeight() - cell.shiftFrom(from[c]) + cell.marginBottom());
                }
            }
            return h;
        }

        private static int[] allSlices(RowBox row) {
            int[] to = new int[row.cells().size()];
            for (int c = 0; c < to.length; c++) {
                to[c] = row.cells().get(c).slices().size();
            }
            return to;
        }

        /** Per cell, the end of the slices that fit in {@code avail}; on a fresh page at least one each. */
        private static int[] fitting(RowBox row, int[] from, double avail, boolean force) {
            int[] to = new int[from.length];
            for (int c = 0; c < from.length; c++) {
                CellBox cell = row.cells().get(c);
                double shift = cell.shiftFrom(from[c]);
                int k = from[c];
                while (k < cell.slices().size()) {
                    Slice s = cell.slices().get(k);
                    if (s.top() - shift + s.fitHeight() > avail + EPS) {
                        break;
                    }
                    k++;
                }
                if (force && k == from[c] && k < cell.slices().size()) {
                    k++; // never loop: a slice taller than the page goes alone on one
                }
                to[c] = k;
            }
            return to;
        }

        private static boolean nothingFits(RowBox row, int[] from, double avail) {
            int[] to = fitting(row, from, avail, false);
            for (int c = 0; c < from.length; c++) {
                if (to[c] > from[c]) {
                    return false;
                }
            }
            return true;
        }

        private static boolean done(RowBox row, int[] from) {
            for (int c = 0; c < from.length; c++) {
                if (from[c] < row.cells().get(c).slices().size()) {
                    return false;
                }
            }
            return true;
        }
    }
}
