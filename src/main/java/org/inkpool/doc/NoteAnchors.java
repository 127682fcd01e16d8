package org.inkpool.doc;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Notes;
import org.inkpool.docx.SharedValues;
import org.inkpool.model.NoteReference;

import java.util.ArrayList;
import java.util.List;

/**
 * Footnote and endnote references of the main text: which note a 0x02 character at a position stands for, and
 * the number it shows (notes are numbered in reading order, in the document's note number formats).
 */
final class NoteAnchors {
    record Ref(NoteReference.Kind kind, int index, String mark) {
    }

    private final Notes footnotes;
    private final Notes endnotes;
    private final String footnoteFormat;
    private final String endnoteFormat;
    private final int footnoteStart;
    private final int endnoteStart;
    /** Notes in the order their references were met (the model lists them so). */
    final List<Ref> seenFootnotes = new ArrayList<>();
    final List<Ref> seenEndnotes = new ArrayList<>();

    NoteAnchors(HWPFDocument doc) {
        Notes f = null;
        Notes e = null;
        String ff = "decimal";
        String ef = "lowerRoman";
        int fs = 1;
        int es = 1;
        if (doc != null) {
            try {
                f = doc.getFootnotes();
                e = doc.getEndnotes();
                ff = ListLabels.numFmt(doc.getDocProperties().getNfcFtnRef1());
                ef = ListLabels.numFmt(doc.getDocProperties().getNfcEdnRef1());
                fs = Math.max(1, doc.getDocProperties().getNFtn());
                es = Math.max(1, doc.getDocProperties().getNEdn());
            } catch (RuntimeException ignored) {
                // notes that cannot be indexed show their references as nothing, the text still reads
            }
        }
        footnotes = f;
        endnotes = e;
        footnoteFormat = ff;
        endnoteFormat = ef;
        footnoteStart = fs;
        endnoteStart = es;
    }

    /** The note whose reference sits at main-text position {@code cp}, or null. */
    Ref at(int cp) {
        int i = index(footnotes, cp);
        if (i >= 0) {
            Ref ref = new Ref(NoteReference.Kind.FOOTNOTE, i,
                    SharedValues.listNumber(footnoteFormat, footnoteStart + seenFootnotes.size()));
            seenFootnotes.add(ref);
            return ref;
        }
        i = index(endnotes, cp);
        if (i >= 0) {
            Ref ref = new Ref(NoteReference.Kind.ENDNOTE, i,
                    SharedValues.listNumber(endnoteFormat, endnoteStart + seenEndnotes.size()));
            seenEndnotes.add(ref);
            return ref;
        }
        return null;
    }

    Notes footnotes() {
        return footnotes;
    }

    Notes endnotes() {
        return endnotes;
    }

    private static int index(Notes notes, int cp) {
        if (notes == null) {
            return -1;
        }
        try {
            return notes.getNoteIndexByAnchorPosition(cp);
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
