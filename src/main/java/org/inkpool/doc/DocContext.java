package org.inkpool.doc;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.HWPFDocumentCore;

import java.util.function.Consumer;

/** What every part of one binary document's reading shares: the document, the property readers, the lists. */
final class DocContext {
    /** Nesting deeper than this (tables in tables…) is hostile or broken: it is cut off. */
    static final int MAX_DEPTH = 40;

    final HWPFDocumentCore doc;
    /** The full Word 97+ document, or null for a Word 6.0/95 file (text and basic formatting only). */
    final HWPFDocument full;
    final FontSlots fonts;
    final RunPropsReader runs;
    final ParagraphPropsReader paragraphs;
    final ListLabels lists;
    final Pictures pictures;
    final NoteAnchors notes;
    final Consumer<String> warnings;

    DocContext(HWPFDocumentCore doc, Consumer<String> warnings) {
        this.doc = doc;
        this.full = doc instanceof HWPFDocument d ? d : null;
        this.warnings = warnings;
        this.fonts = new FontSlots(doc);
        this.runs = new RunPropsReader(fonts);
        this.paragraphs = new ParagraphPropsReader(defaultTabStop(full), full == null ? null : new TabStops(doc));
        this.lists = new ListLabels(fonts);
        this.pictures = new Pictures(full, warnings);
        this.notes = new NoteAnchors(full);
    }

    private static double defaultTabStop(HWPFDocument doc) {
        try {
            int twips = doc == null ? 720 : doc.getDocProperties().getDxaTab();
            return twips > 0 ? Units.positivePt(twips) : 36;
        } catch (RuntimeException e) {
            return 36;
        }
    }
}
