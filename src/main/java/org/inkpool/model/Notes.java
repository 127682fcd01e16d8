package org.inkpool.model;

import java.util.List;

/** The document's footnotes and endnotes, each list in the order their references appear in the body. */
public record Notes(List<Note> footnotes, List<Note> endnotes) {

    public static final Notes NONE = new Notes(List.of(), List.of());

    public Notes {
        footnotes = List.copyOf(footnotes);
        endnotes = List.copyOf(endnotes);
    }

    /** The footnote with this id, or null. */
    public Note footnote(String id) {
        return find(footnotes, id);
    }

    /** The endnote with this id, or null. */
    public Note endnote(String id) {
        return find(endnotes, id);
    }

    private static Note find(List<Note> notes, String id) {
        for (Note n : notes) {
            if (n.id().equals(id)) {
                return n;
            }
        }
        return null;
    }
}
