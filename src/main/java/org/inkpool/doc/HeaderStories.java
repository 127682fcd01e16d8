package org.inkpool.doc;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.FileInformationBlock;
import org.apache.poi.hwpf.model.GenericPropertyNode;
import org.apache.poi.hwpf.model.PlexOfCps;
import org.apache.poi.hwpf.usermodel.Range;
import org.inkpool.model.Block;
import org.inkpool.model.section.HeaderFooterPart;
import org.inkpool.model.section.HeaderFooterType;
import org.inkpool.model.section.HeadersFooters;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Headers and footers of every section. The header story holds six separator stories, then six stories per
 * section (even header, odd header, even footer, odd footer, first header, first footer; MS-DOC 2.8.33
 * Plcfhdd). An empty story continues the previous section's of the same kind ("same as previous"). POI's
 * HeaderStories exposes only the first section's, so the PLC is read here.
 */
final class HeaderStories {
    private static final int SEPARATORS = 6;
    private static final HeaderFooterType[] TYPES = {HeaderFooterType.EVEN, HeaderFooterType.DEFAULT,
            HeaderFooterType.EVEN, HeaderFooterType.DEFAULT, HeaderFooterType.FIRST, HeaderFooterType.FIRST};

    private final DocContext ctx;
    private final PlexOfCps plc;
    private final int storyStart;
    private final boolean evenAndOdd;
    /** The stories in effect so far, index = story kind 0–5 (inherited across sections). */
    private final HeaderFooterPart[] current = new HeaderFooterPart[6];

    HeaderStories(DocContext ctx) {
        this.ctx = ctx;
        HWPFDocument doc = ctx.full;
        PlexOfCps p = null;
        int start = 0;
        boolean facing = false;
        if (doc != null) {
            try {
                FileInformationBlock fib = doc.getFileInformationBlock();
                if (fib.getPlcfHddSize() > 0 && doc.getHeaderStoryRange().getEndOffset()
                        > doc.getHeaderStoryRange().getStartOffset()) {
                    p = new PlexOfCps(doc.getTableStream(), fib.getPlcfHddOffset(), fib.getPlcfHddSize(), 0);
                    start = doc.getHeaderStoryRange().getStartOffset();
                }
                facing = doc.getDocProperties().isFFacingPages();
            } catch (RuntimeException e) {
                ctx.warnings.accept("The headers and footers of this .doc file could not be read");
                p = null;
            }
        }
        this.plc = p;
        this.storyStart = start;
        this.evenAndOdd = facing;
    }

    /** Whether even pages take their own header and footer (the document's "different odd and even"). */
    boolean evenAndOdd() {
        return evenAndOdd;
    }

    /** The headers and footers of section {@code index}, with the ones it inherits. */
    HeadersFooters section(int index, boolean titlePage) {
        if (plc == null) {
            return HeadersFooters.NONE;
        }
        for (int kind = 0; kind < 6; kind++) {
            HeaderFooterPart part = story(SEPARATORS + index * 6 + kind);
            if (part != null) {
                current[kind] = part;
            }
        }
        Map<HeaderFooterType, HeaderFooterPart> headers = new EnumMap<>(HeaderFooterType.class);
        Map<HeaderFooterType, HeaderFooterPart> footers = new EnumMap<>(HeaderFooterType.class);
        for (int kind = 0; kind < 6; kind++) {
            if (current[kind] != null) {
                (kind == 0 || kind == 1 || kind == 4 ? headers : footers).put(TYPES[kind], current[kind]);
            }
        }
        return new HeadersFooters(headers, footers, titlePage);
    }

    /** One story, or null when it is empty (then the previous section's continues). */
    private HeaderFooterPart story(int i) {
        if (i >= plc.length()) {
            return null;
        }
        GenericPropertyNode node = plc.getProperty(i);
        int start = storyStart + node.getStart();
        int end = storyStart + node.getEnd();
        if (end <= start) {
            return null;
        }
        try {
            Range range = new Range(start, end, ctx.doc);
            Story story = new Story(Story.Kind.HEADER, ctx.pictures.headerDrawings(), storyStart, null);
            List<Block> blocks = new BlockReader(ctx, story).read(range, 0, false, x -> { });
            return new HeaderFooterPart(blocks);
        } catch (RuntimeException e) {
            ctx.warnings.accept("A header or footer of this .doc file could not be read; it was left out");
            return null;
        }
    }
}
