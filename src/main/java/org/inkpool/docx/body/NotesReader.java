package org.inkpool.docx.body;

import org.inkpool.docx.ReadContext;
import org.inkpool.docx.opc.DocxPackage;
import org.inkpool.docx.opc.Ooxml;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.inkpool.model.Block;
import org.inkpool.model.Note;
import org.inkpool.model.NoteReference;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the footnotes and endnotes parts: the text of every note the body references, in reference
 * order. Separator notes (ids -1 and 0, or of a separator type) are Word's own decoration, not text.
 */
public final class NotesReader {
    private final ReadContext ctx;

    public NotesReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    /** @param relationKind "footnotes" or "endnotes" */
    public List<Note> read(String relationKind, NoteReference.Kind kind, List<String> referencedIds) {
        if (referencedIds.isEmpty()) {
            return List.of();
        }
        try {
            PackagePart part = ctx.pkg.related(relationKind);
            if (part == null) {
                return List.of();
            }
            Element root = DocxPackage.parse(part).getDocumentElement();
            Map<String, Element> byId = new HashMap<>();
            for (Element note : Ooxml.children(root)) {
                String type = Ooxml.wAttr(note, "type");
                String id = Ooxml.wAttr(note, "id");
                if (id != null && (type == null || "normal".equals(type))) {
                    byId.putIfAbsent(id.trim(), note);
                }
            }
            ReadContext partCtx = ctx.forPart(part);
            BodyReader reader = new BodyReader(partCtx);
            List<Note> out = new ArrayList<>();
            for (String id : referencedIds) {
                Element note = byId.get(id);
                if (note == null) {
                    continue;
                }
                partCtx.currentNoteMark = ctx.noteMarks.mark(kind, id);
                List<Block> blocks = reader.readStory(note);
                out.add(new Note(id, blocks));
            }
            return out;
        } catch (Exception e) {
            if (e instanceof org.xml.sax.SAXException && String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw new IllegalStateException(e); // never tolerate an entity declaration, wherever it is
            }
            ctx.warnings.warn("The document's " + relationKind + " could not be read and were left out");
            return List.of();
        }
    }
}
