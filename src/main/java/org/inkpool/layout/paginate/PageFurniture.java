package org.inkpool.layout.paginate;

import org.inkpool.layout.flow.BlockLayouter;
import org.inkpool.layout.flow.BlockLayouters;
import org.inkpool.layout.flow.BlockStack;
import org.inkpool.layout.flow.FieldValues;
import org.inkpool.layout.flow.FlowItem;
import org.inkpool.layout.font.FaceCache;
import org.inkpool.layout.line.LineEmitter;
import org.inkpool.layout.page.Destination;
import org.inkpool.layout.page.OutlineEntry;
import org.inkpool.layout.page.PageItem;
import org.inkpool.layout.page.StructKey;
import org.inkpool.model.Block;
import org.inkpool.model.Document;
import org.inkpool.model.section.HeaderFooterPart;
import org.inkpool.model.section.HeaderFooterType;
import org.inkpool.model.section.HeadersFooters;
import org.inkpool.model.Note;
import org.inkpool.model.NoteReference;
import org.inkpool.model.section.PageSetup;
import org.inkpool.model.section.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Headers, footers and notes around the body (facts §8): which header a page shows, how far down
 * they push the body, painting them with the page's field values, and composing note text.
 */
public final class PageFurniture {

    /** The body area of a page once its header and footer are in place. */
    record Frame(HeaderFooterType type, double bodyTop, double bodyBottom) {
    }

    private final Document doc;
    private final BlockLayouters layouters;
    private final FieldValues fields;
    private final LineEmitter emitter;
    private final FloatPlacer floats;
    private final Map<FrameKey, Frame> frames = new HashMap<>();
    /** Each footnote's Note element, wherever its lines land (the notes are the document's own objects). */
    private final Map<Note, StructKey> noteKeys = new IdentityHashMap<>();

    private record FrameKey(int section, HeaderFooterType type, PageSetup setup) {
    }

    public PageFurniture(Document doc, FaceCache faces, LineEmitter emitter) {
        this.doc = doc;
        this.fields = new FieldValues();
        this.layouters = BlockLayouters.standard(faces, fields);
        this.emitter = emitter;
        this.floats = new FloatPlacer(faces, BlockLayouters.standard(faces, fields), emitter);
    }

    /** A page with no headers, footers or notes: the body fills the margins. */
    static Frame plain(PageSetup setup) {
        return new Frame(HeaderFooterType.DEFAULT, PageBuilder.bodyTop(setup), PageBuilder.bodyBottom(setup));
    }

    /** First page of a titlePg section, else even pages when the settings ask, else the default. */
    HeaderFooterType typeFor(int section, boolean firstOfSection, int pageNumber) {
        HeadersFooters hf = headersFooters(section);
        if (firstOfSection && hf.titlePage()) {
            return HeaderFooterType.FIRST;
        }
        return doc.evenAndOddHeaders() && pageNumber % 2 == 0 ? HeaderFooterType.EVEN : HeaderFooterType.DEFAULT;
    }

    /** Body top = max(top margin, header distance + header height); the footer mirrors it (facts §8). */
    Frame frame(int section, PageSetup setup, boolean firstOfSection, int pageNumber) {
        HeaderFooterType type = typeFor(section, firstOfSection, pageNumber);
        return frames.computeIfAbsent(new FrameKey(section, type, setup), k -> {
            // the header's height is taken with page 1's values: a number's digits never change its lines
            fields.set(1, 1, 1, numberingFormat(section));
            HeadersFooters hf = headersFooters(section);
            double top = PageBuilder.bodyTop(setup);
            double bottom = PageBuilder.bodyBottom(setup);
            HeaderFooterPart header = hf.header(type);
            if (header != null && !BlockStack.reservesNothing(header.blocks())) {
                top = Math.max(top, setup.headerDistance() + stack(header.blocks(), setup).height());
            }
            HeaderFooterPart footer = hf.footer(type);
            if (footer != null && !footer.blocks().isEmpty()) {
                bottom = Math.min(bottom,
                        setup.height() - setup.footerDistance() - stack(footer.blocks(), setup).height());
            }
            // a header or footer taller than the page leaves the body at least one point
            if (bottom - top < 1) {
                top = PageBuilder.bodyTop(setup);
                bottom = Math.max(top + 1, PageBuilder.bodyBottom(setup));
            }
            return new Frame(type, top, bottom);
        });
    }

    /** Paints the page's header and footer with its page number and the document's page counts. */
    void paint(PageBuilder page, int totalPages, int sectionPages) {
        HeadersFooters hf = headersFooters(page.section());
        PageSetup setup = page.setup();
        fields.set(page.number(), totalPages, sectionPages, numberingFormat(page.section()));
        HeaderFooterType type = page.type();
        HeaderFooterPart header = hf.header(type);
        if (header != null) {
            // the header is painted first, so text extraction reads it before the body, as on paper
            List<PageItem> items = new ArrayList<>();
            BlockStack stack = stack(header.blocks(), setup);
            stack.emit(setup.headerDistance(), emitter, items);
            placeFloats(stack, setup.headerDistance(), page);
            // floating objects are not placed yet: their content is drawn from the header's top
            stack(header.floating(), setup).emit(setup.headerDistance(), emitter, items);
            items.removeIf(PageFurniture::repeatsOnEveryPage);
            asArtifact(items);
            page.items.addAll(0, items);
        }
        HeaderFooterPart footer = hf.footer(type);
        if (footer != null) {
            List<PageItem> items = new ArrayList<>();
            for (List<Block> blocks : List.of(footer.floating(), footer.blocks())) {
                BlockStack stack = stack(blocks, setup);
                double top = setup.height() - setup.footerDistance() - stack.height();
                stack.emit(top, emitter, items);
                placeFloats(stack, top, page);
            }
            items.removeIf(PageFurniture::repeatsOnEveryPage);
            asArtifact(items);
            page.items.addAll(items);
        }
    }

    /** A header's or footer's floating objects, on every page that shows it, in the page's layers. */
    private void placeFloats(BlockStack stack, double top, PageBuilder page) {
        stack.floats(top, (p, paragraphTop) -> {
            FloatPlacer.Where where = new FloatPlacer.Where(page.setup(), page.number(), p.column(), paragraphTop);
            for (org.inkpool.model.AnchoredObject object : p.floats()) {
                page.addFloat(floats.place(object, where));
            }
        });
    }

    /** Headers and footers (page numbers included) repeat on every page: no part of the text read aloud. */
    private static void asArtifact(List<PageItem> items) {
        if (!items.isEmpty()) {
            items.add(0, org.inkpool.layout.page.Tag.artifact());
            items.add(org.inkpool.layout.page.Tag.close());
        }
    }

    /** A heading or bookmark in a header or footer is on every page: it is no place to navigate to. */
    private static boolean repeatsOnEveryPage(PageItem item) {
        return item instanceof OutlineEntry || item instanceof Destination;
    }

    /** The page's background colour and its section's page borders ({@link PageDecor}). */
    void decorate(PageBuilder page) {
        Section s = page.section() >= 0 && page.section() < doc.sections().size()
                ? doc.sections().get(page.section()) : null;
        PageDecor.paint(page, doc.pageBackground(), s == null ? null : s.look().borders());
    }

    /** The lines of the footnotes a reference calls for, composed in the page's body column. */
    List<FootnoteArea.NoteLine> footnote(NoteReference ref, PageSetup setup) {
        if (ref.kind() != NoteReference.Kind.FOOTNOTE) {
            return List.of();
        }
        Note note = doc.notes().footnote(ref.id());
        if (note == null) {
            return List.of();
        }
        List<FootnoteArea.NoteLine> out = new ArrayList<>();
        Column column = new Column(setup.marginLeft(), setup.bodyWidth(), PageBuilder.bodyHeight(setup));
        StructKey key = noteKeys.computeIfAbsent(note, n -> new StructKey());
        for (BlockStack.StackedLine line : BlockStack.compose(note.blocks(), column, layouters).lines(emitter)) {
            FootnoteArea.NoteLine plain = FootnoteArea.NoteLine.of(line);
            // each line of the note belongs to one Note element, wherever the note continues
            out.add(plain.painter() == null ? plain : new FootnoteArea.NoteLine(plain.gapBefore(),
                    plain.contentHeight(), plain.gapAfter(), (top, items) -> {
                        items.add(org.inkpool.layout.page.Tag.open(key, org.inkpool.layout.page.StructRole.NOTE));
                        plain.painter().paint(top, items);
                        items.add(org.inkpool.layout.page.Tag.close());
                    }));
        }
        return out;
    }

    /** Every endnote's paragraphs, in reference order, for the end of the document. */
    public List<FlowItem> endnotes(Column column) {
        List<FlowItem> out = new ArrayList<>();
        for (Note note : doc.notes().endnotes()) {
            for (Block block : note.blocks()) {
                layouters.layout(block, column, new BlockLayouter.Context(true, false), out::add);
            }
        }
        return out;
    }

    private BlockStack stack(List<Block> blocks, PageSetup setup) {
        Column column = new Column(setup.marginLeft(), setup.bodyWidth(), PageBuilder.bodyHeight(setup));
        return BlockStack.compose(blocks, column, layouters, true);
    }

    private HeadersFooters headersFooters(int section) {
        Section s = section >= 0 && section < doc.sections().size() ? doc.sections().get(section) : null;
        return s == null ? HeadersFooters.NONE : s.headersFooters();
    }

    private org.inkpool.model.section.PageNumberFormat numberingFormat(int section) {
        Section s = section >= 0 && section < doc.sections().size() ? doc.sections().get(section) : null;
        return s == null ? null : s.numbering().format();
    }
}
