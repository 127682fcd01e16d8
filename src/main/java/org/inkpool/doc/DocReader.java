package org.inkpool.doc;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.HWPFDocumentCore;
import org.apache.poi.hwpf.HWPFOldDocument;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.RecordFormatException;
import org.inkpool.model.Document;
import org.inkpool.model.DocumentInfo;
import org.inkpool.model.UnreadableDocumentException;
import org.inkpool.model.UnreadableDocumentException.Reason;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * Reads a legacy binary Word document (Word 97–2003 {@code .doc}/{@code .dot}; Word 6.0/95 with simplified
 * formatting) into the document model. The source is only read. A document encrypted with Word's default
 * password opens (POI tries it when no other is set); any other encrypted document is refused as
 * password-protected. Every failure is an {@link UnreadableDocumentException} with a plain reason.
 */
public final class DocReader {
    /** Said when a Word 6.0/95 file is converted: POI reads its text and character runs, not all its layout. */
    public static final String OLD_FORMAT_WARNING =
            "This is a Word 6.0/95 document: its text is converted, its formatting is simplified";

    public Document read(Path file) throws UnreadableDocumentException {
        return read(file, w -> { }, f -> { });
    }

    public Document read(Path file, Consumer<String> warnings, DoubleConsumer progress)
            throws UnreadableDocumentException {
        if (!Files.isRegularFile(file)) {
            throw new UnreadableDocumentException(Reason.NOT_WORD, "Not a file: " + file.getFileName());
        }
        Consumer<String> warn = warnings == null ? w -> { } : new Once(warnings);
        DoubleConsumer report = progress == null ? f -> { } : progress;
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            HWPFDocumentCore doc = open(fs.getRoot(), warn);
            DocContext ctx = new DocContext(doc, warn);
            return new DocumentBuilder(ctx, report).build(info(doc));
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException(Reason.ENCRYPTED,
                    "The document is password-protected (encrypted) and cannot be opened", e);
        } catch (StackOverflowError e) {
            throw new UnreadableDocumentException(Reason.CORRUPT, "The document is nested too deeply to be read", e);
        } catch (IOException | RuntimeException e) {
            throw classify(e);
        }
    }

    /** Whether an OLE2 compound file holds a binary Word document (a WordDocument stream). */
    public static boolean isBinaryWord(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntryCaseInsensitive("WordDocument");
        } catch (IOException | RuntimeException e) {
            return false; // the docx reader reports the damage
        }
    }

    private static HWPFDocumentCore open(DirectoryNode root, Consumer<String> warn)
            throws IOException, UnreadableDocumentException {
        if (!root.hasEntryCaseInsensitive("WordDocument")) {
            throw new UnreadableDocumentException(Reason.NOT_WORD,
                    "This is an Office compound file without a Word document inside");
        }
        try {
            return new HWPFDocument(root);
        } catch (OldFileFormatException e) {
            HWPFOldDocument old;
            try {
                old = new HWPFOldDocument(root);
            } catch (IllegalArgumentException tooOld) {
                throw new UnreadableDocumentException(Reason.UNSUPPORTED,
                        "This is a Word document older than Word 6.0; it is not supported", tooOld);
            }
            warn.accept(OLD_FORMAT_WARNING);
            return old;
        }
    }

    private static DocumentInfo info(HWPFDocumentCore doc) {
        try {
            SummaryInformation s = doc.getSummaryInformation();
            if (s == null) {
                return DocumentInfo.EMPTY;
            }
            return new DocumentInfo(s.getTitle(), s.getAuthor(), s.getSubject(), s.getKeywords());
        } catch (RuntimeException e) {
            return DocumentInfo.EMPTY;
        }
    }

    private static UnreadableDocumentException classify(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return new UnreadableDocumentException(Reason.ENCRYPTED,
                        "The document is password-protected (encrypted) and cannot be opened", e);
            }
            String m = String.valueOf(t.getMessage());
            if (t instanceof RecordFormatException && m.contains("maximum length")
                    || m.contains("Tried to allocate")) {
                return new UnreadableDocumentException(Reason.TOO_LARGE,
                        "The document has a record larger than allowed", e);
            }
        }
        String m = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
        if (m.length() > 200) {
            m = m.substring(0, 200) + "…";
        }
        return new UnreadableDocumentException(Reason.CORRUPT,
                "The .doc file is damaged and could not be read (" + e.getClass().getSimpleName() + ": " + m + ")", e);
    }

    /** Passes each distinct warning on once. */
    private static final class Once implements Consumer<String> {
        private final Consumer<String> sink;
        private final java.util.Set<String> seen = new java.util.HashSet<>();

        Once(Consumer<String> sink) {
            this.sink = sink;
        }

        @Override
        public void accept(String s) {
            if (seen.add(s)) {
                sink.accept(s);
            }
        }
    }

}
