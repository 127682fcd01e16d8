package org.inkpool.doc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a file named like a Word document really is, decided by its content, not its name: offices rename
 * files freely (a .doc that is a .docx, an RTF or a web page saved as .doc), so the reader is chosen here.
 */
public enum WordFormat {
    /** A zip package: .docx, .docm, .dotx, .dotm (or some other zip the docx reader will refuse). */
    OOXML_PACKAGE(null),
    /** An OLE2 compound file with a WordDocument stream: Word 97–2003 .doc/.dot, or Word 6.0/95. */
    BINARY_DOC(null),
    /** Any other OLE2 compound file: an encrypted .docx, or not a Word document (the docx reader says which). */
    OLE2_OTHER(null),
    /** Word 2003 XML (WordprocessingML 2003, one XML file with a w:wordDocument root). */
    WORD_2003_XML(null),
    RTF("This is an RTF file; RTF is not supported"),
    HTML("This is an HTML (web page) file, not a Word document; HTML is not supported"),
    TEXT("This is a plain text file, not a Word document"),
    /** Word for Windows 1.x/2.0 and Word for DOS: older than anything POI reads. */
    WORD_2_OR_OLDER("This is a Word 2.0 (or older) document; it is not supported"),
    /** Anything else: the docx reader gives its reason (empty file, WordPerfect, not a Word document). */
    OTHER(null);

    private final String refusal;

    WordFormat(String refusal) {
        this.refusal = refusal;
    }

    /** The one-line reason this format is not converted, or null when a reader takes it. */
    public String refusal() {
        return refusal;
    }

    /** The format of a file from its first bytes; an unreadable file is OTHER (the reader then says why). */
    public static WordFormat of(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        } catch (IOException e) {
            return OTHER;
        }
        return of(head);
    }

    static WordFormat of(byte[] h) {
        if (h.length >= 4 && h[0] == 'P' && h[1] == 'K' && (h[2] == 3 || h[2] == 5 || h[2] == 7)) {
            return OOXML_PACKAGE;
        }
        if (h.length >= 8 && (h[0] & 0xff) == 0xD0 && (h[1] & 0xff) == 0xCF && (h[2] & 0xff) == 0x11
                && (h[3] & 0xff) == 0xE0) {
            return OLE2_OTHER; // the caller looks inside for the WordDocument stream
        }
        if (h.length >= 2 && ((h[0] & 0xff) == 0xDB || (h[0] & 0xff) == 0x9B) && (h[1] & 0xff) == 0xA5
                || h.length >= 4 && (h[0] & 0xff) == 0x31 && (h[1] & 0xff) == 0xBE && h[2] == 0 && h[3] == 0) {
            return WORD_2_OR_OLDER;
        }
        if (h.length == 0) {
            return OTHER;
        }
        String text = decode(h);
        String start = text.stripLeading();
        String lower = text.toLowerCase(Locale.ROOT);
        if (start.startsWith("{\\rtf")) {
            return RTF;
        }
        if (start.startsWith("<")) {
            if (lower.contains("w:worddocument") || lower.contains("progid=\"word.document\"")
                    && lower.contains("wordml") || lower.contains(":worddocument")
                    && lower.contains("schemas.microsoft.com/office/word/2003/wordml")) {
                return WORD_2003_XML;
            }
            if (lower.contains("<html") || lower.startsWith("<!doctype html")) {
                return HTML;
            }
            return OTHER;
        }
        if (looksLikeText(h)) {
            return TEXT;
        }
        return OTHER;
    }

    private static String decode(byte[] h) {
        if (h.length >= 2 && ((h[0] & 0xff) == 0xFF && (h[1] & 0xff) == 0xFE)) {
            return new String(h, 2, h.length - 2, StandardCharsets.UTF_16LE);
        }
        if (h.length >= 2 && ((h[0] & 0xff) == 0xFE && (h[1] & 0xff) == 0xFF)) {
            return new String(h, 2, h.length - 2, StandardCharsets.UTF_16BE);
        }
        String s = new String(h, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** No NUL and no control characters but tab, line and page breaks: text in any 8-bit or UTF-8 encoding. */
    private static boolean looksLikeText(byte[] h) {
        for (byte b : h) {
            int c = b & 0xff;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A) {
                return false;
            }
        }
        return true;
    }
}
