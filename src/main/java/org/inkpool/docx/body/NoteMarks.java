package org.inkpool.docx.body;

import org.inkpool.docx.style.NumberFormats;
import org.inkpool.model.NoteReference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers footnotes and endnotes in the order their references appear (1, 2, 3… in the notes' number
 * format) and remembers which notes are referenced, so only those are read and laid out.
 */
public final class NoteMarks {
    private final Map<String, String> footnotes = new LinkedHashMap<>();
    private final Map<String, String> endnotes = new LinkedHashMap<>();
    private String footnoteFormat = "decimal";
    private String endnoteFormat = "lowerRoman"; // OI§17.11.17: endnotes default to lower roman

    public void formats(String footnoteNumFmt, String endnoteNumFmt) {
        if (footnoteNumFmt != null) {
            footnoteFormat = footnoteNumFmt;
        }
        if (endnoteNumFmt != null) {
            endnoteFormat = endnoteNumFmt;
        }
    }

    /**
     * The mark of a reference. A note referenced twice keeps its first number; a custom mark
     * (customMarkFollows) takes no number and shows as the text that follows it.
     */
    String reference(NoteReference.Kind kind, String id, boolean customMark) {
        Map<String, String> marks = kind == NoteReference.Kind.FOOTNOTE ? footnotes : endnotes;
        String known = marks.get(id);
        if (known != null) {
            return known;
        }
        String mark = customMark ? "" : NumberFormats.format(
                kind == NoteReference.Kind.FOOTNOTE ? footnoteFormat : endnoteFormat,
                (int) marks.values().stream().filter(m -> !m.isEmpty()).count() + 1);
        marks.put(id, mark);
        return mark;
    }

    /** Referenced footnote ids in reference order. */
    public List<String> footnoteIds() {
        return new ArrayList<>(footnotes.keySet());
    }

    public List<String> endnoteIds() {
        return new ArrayList<>(endnotes.keySet());
    }

    String mark(NoteReference.Kind kind, String id) {
        return (kind == NoteReference.Kind.FOOTNOTE ? footnotes : endnotes).getOrDefault(id, "");
    }
}
