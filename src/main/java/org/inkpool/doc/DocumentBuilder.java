package org.inkpool.doc;

import org.apache.poi.hwpf.model.SEPX;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.SectionProperties;
import org.inkpool.model.Block;
import org.inkpool.model.Document;
import org.inkpool.model.DocumentInfo;
import org.inkpool.model.section.HeadersFooters;
import org.inkpool.model.Note;
import org.inkpool.model.Notes;
import org.inkpool.model.section.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/** Builds the model of one opened binary document: its sections with their headers and footers, then its notes. */
final class DocumentBuilder {
    private final DocContext ctx;
    private final DoubleConsumer progress;

    DocumentBuilder(DocContext ctx, DoubleConsumer progress) {
        this.ctx = ctx;
        this.progress = progress;
    }

    Document build(DocumentInfo info) {
        Range main = ctx.doc.getRange();
        List<SEPX> seps = ctx.doc.getSectionTable().getSections();
        // the SEPXs' own sprms, taken before POI resolves them: once resolved, a SEPX answers with a grpprl
        // rebuilt from its properties, without the sprms POI does not read (sprmSClm)
        List<byte[]> sepxSprms = seps.stream().map(SEPX::getGrpprl).toList();
        HeaderStories headers = new HeaderStories(ctx);
        Story story = new Story(Story.Kind.MAIN, ctx.pictures.mainDrawings(), 0, null);
        BlockReader reader = new BlockReader(ctx, story);
        double total = Math.max(1, main.numParagraphs());
        int sectionCount = Math.max(1, main.numSections());
        List<Section> sections = new ArrayList<>();
        int before = 0;
        for (int i = 0; i < sectionCount; i++) {
            Range range = main.numSections() == 0 ? main : main.getSection(i);
            SectionProperties sep = i < seps.size() ? seps.get(i).getSectionProperties() : null;
            int base = before;
            List<Block> blocks = reader.read(range, 0, true, p -> progress.accept(Math.min(1, (base + p) / total)));
            before += range.numParagraphs();
            HeadersFooters hf = headers.section(i, sep != null && sep.getFTitlePage());
            sections.add(new Section(SectionSetup.page(sep), SectionSetup.start(sep), blocks, hf,
                    SectionSetup.numbering(sep), SectionSetup.look(sep, i < sepxSprms.size() ? sepxSprms.get(i) : null)));
        }
        NoteTexts notes = new NoteTexts(ctx);
        List<Note> footnotes = notes.read(ctx.notes.seenFootnotes, ctx.notes.footnotes(), footnoteStory());
        List<Note> endnotes = notes.read(ctx.notes.seenEndnotes, ctx.notes.endnotes(), endnoteStory());
        progress.accept(1);
        return new Document(info, sections, List.of(), new Notes(footnotes, endnotes), headers.evenAndOdd());
    }

    private Range footnoteStory() {
        return ctx.full == null ? null : ctx.full.getFootnoteRange();
    }

    private Range endnoteStory() {
        return ctx.full == null ? null : ctx.full.getEndnoteRange();
    }
}
