package org.inkpool.docx.opc;

import org.inkpool.model.UnreadableDocumentException;
import org.inkpool.model.UnreadableDocumentException.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells what a file is from its first bytes, before any parser sees it. */
public final class FileSniffer {
    public enum Kind { ZIP, OLE2 }

    private FileSniffer() {
    }

    /** ZIP or OLE2; any other content fails here with the reason a user should see. */
    public static Kind sniff(Path file) throws UnreadableDocumentException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(512);
        } catch (IOException e) {
            throw new UnreadableDocumentException(Reason.CORRUPT, "The file could not be read: " + e.getMessage(), e);
        }
        if (head.length == 0) {
            throw new UnreadableDocumentException(Reason.NOT_WORD, "The file is empty (0 bytes), not a Word document");
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5 || head[2] == 7)) {
            return Kind.ZIP;
        }
        if (head.length >= 8 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11
                && (head[3] & 0xff) == 0xE0) {
            return Kind.OLE2;
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0xDB && (head[1] & 0xff) == 0xA5) {
            throw new UnreadableDocumentException(Reason.UNSUPPORTED,
                    "This is a Word for Windows 2.0 document; it is not supported");
        }
        if (head.length >= 4 && (head[0] & 0xff) == 0xFF && head[1] == 'W' && head[2] == 'P' && head[3] == 'C'
                || head.length >= 2 && (head[0] & 0xff) == 0xCB && head[1] == 0x0A) {
            throw new UnreadableDocumentException(Reason.NOT_WORD, "This is a WordPerfect file, not a Word document");
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (text.contains("<?xml") || text.startsWith("\uFEFF") || text.startsWith("\u00EF\u00BB\u00BF<")) {
            if (text.contains("Word.Document") || text.contains("w:wordDocument") || text.contains("wordml")) {
                throw new UnreadableDocumentException(Reason.UNSUPPORTED,
                        "This is a Word 2003 XML document; only .docx is supported");
            }
            if (text.contains("pkg:package")) {
                throw new UnreadableDocumentException(Reason.UNSUPPORTED,
                        "This is a flat (single XML file) Word document; only .docx is supported");
            }
        }
        if (text.startsWith("{\\rtf")) {
            throw new UnreadableDocumentException(Reason.UNSUPPORTED, "This is an RTF file; RTF is not supported");
        }
        throw new UnreadableDocumentException(Reason.NOT_WORD, "This file is not a Word document");
    }
}
