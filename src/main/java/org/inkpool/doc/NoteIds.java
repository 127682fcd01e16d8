package org.inkpool.doc;

import org.inkpool.model.NoteReference;

/** The model's id of a binary note: its kind and its index in the document's note table. */
final class NoteIds {
    private NoteIds() {
    }

    static String of(NoteAnchors.Ref ref) {
        return (ref.kind() == NoteReference.Kind.FOOTNOTE ? "f" : "e") + ref.index();
    }
}
