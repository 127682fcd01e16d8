package org.inkpool.docx;

import org.inkpool.model.Block;
import org.inkpool.model.Document;
import org.inkpool.model.Inline;
import org.inkpool.model.Paragraph;
import org.inkpool.model.Tab;
import org.inkpool.model.TextRun;

import java.util.List;
import java.util.stream.Collectors;

/** Small helpers to look into read documents in assertions. */
public final class Models {
    private Models() {
    }

    public static List<Block> blocks(Document d) {
        return d.sections().stream().flatMap(s -> s.blocks().stream()).toList();
    }

    public static Paragraph paragraph(Document d, int index) {
        return (Paragraph) blocks(d).get(index);
    }

    public static TextRun firstRun(Paragraph p) {
        return (TextRun) p.inlines().stream().filter(i -> i instanceof TextRun).findFirst().orElseThrow();
    }

    public static List<TextRun> runs(Paragraph p) {
        return p.inlines().stream().filter(i -> i instanceof TextRun).map(i -> (TextRun) i).toList();
    }

    /** The paragraph's text with tabs as "\t", page fields as their saved result and note references as their mark. */
    public static String text(Paragraph p) {
        return p.inlines().stream().map(Models::text).collect(Collectors.joining());
    }

    private static String text(Inline i) {
        if (i instanceof TextRun t) {
            return t.text();
        }
        if (i instanceof org.inkpool.model.PageField f) {
            return f.cachedResult();
        }
        if (i instanceof org.inkpool.model.NoteReference n) {
            return n.mark();
        }
        return i instanceof Tab ? "\t" : "";
    }
}
