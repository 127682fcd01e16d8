package org.inkpool.docx.body;

/** Which view of a document's tracked changes is converted. */
public enum RevisionView {
    /**
     * Word's default for printing and "Save as PDF" (Simple/All Markup, balloons off): deleted text stays,
     * struck through, inserted text is underlined, both in the reviewer's colour.
     */
    ALL_MARKUP,
    /** The document as if every change were accepted: deletions gone, insertions plain. */
    FINAL
}
