package org.inkpool.doc;

import org.apache.poi.hwpf.usermodel.Notes;
import org.apache.poi.hwpf.usermodel.Range;
import org.inkpool.model.Block;
import org.inkpool.model.Note;

import java.util.ArrayList;
import java.util.List;

/** The text of the footnotes and endnotes the main text referred to, in the order of their references. */
final class NoteTexts {
    private final DocContext ctx;

    NoteTexts(DocContext ctx) {
        this.ctx = ctx;
    }

    List<Note> read(List<NoteAnchors.Ref> refs, Notes notes, Range story) {
        List<Note> out = new ArrayList<>();
        if (notes == null || story == null) {
            return out;
        }
        for (NoteAnchors.Ref ref : refs) {
            try {
                int start = story.getStartOffset() + notes.getNoteTextStartOffset(ref.index());
                int end = story.getStartOffset() + notes.getNoteTextEndOffset(ref.index());
                List<Block> blocks = List.of();
                if (end > start) {
                    Story kind = new Story(Story.Kind.NOTE, null, 0, ref.mark());
                    blocks = new BlockReader(ctx, kind).read(new Range(start, end, ctx.doc), 0, false, i -> { });
                }
                out.add(new Note(NoteIds.of(ref), blocks));
            } catch (RuntimeException e) {
                ctx.warnings.accept("A footnote or endnote of this .doc file could not be read; it was left out");
            }
        }
        return out;
    }
}
