package org.inkpool.model;

import org.inkpool.model.style.RunProps;

/**
 * A footnote or endnote reference in the text (w:footnoteReference, w:endnoteReference).
 *
 * @param id    the note's w:id in {@link Notes}
 * @param mark  the text the reference shows: its number in the note numbering format, or "" when a
 *              custom mark follows as ordinary text (w:customMarkFollows)
 * @param props the reference mark's character properties (usually superscript)
 */
public record NoteReference(Kind kind, String id, String mark, RunProps props) implements Inline {
    public enum Kind { FOOTNOTE, ENDNOTE }
}
