package org.inkpool.wordml;

import org.inkpool.docx.DocxReader;
import org.inkpool.docx.opc.SecureXml;
import org.inkpool.model.Document;
import org.inkpool.model.UnreadableDocumentException;
import org.inkpool.model.UnreadableDocumentException.Reason;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * Reads a Word 2003 XML document (one XML file, root w:wordDocument, saved as .xml or .doc) into the model:
 * the file is parsed with the docx reader's locked-down parser (no DOCTYPE, no external entities), translated
 * into the 2006 WordprocessingML of an in-memory .docx, and read by the docx reader, so both formats share
 * every reading rule.
 */
public final class WordMlReader {
    private final DocxReader docx;

    public WordMlReader() {
        this(new DocxReader());
    }

    public WordMlReader(DocxReader docx) {
        this.docx = docx;
    }

    public Document read(Path file, Consumer<String> warnings, DoubleConsumer progress)
            throws UnreadableDocumentException {
        Consumer<String> warn = warnings == null ? w -> { } : warnings;
        byte[] docxBytes;
        try {
            docxBytes = DocumentTranslator.translate(root(file), warn);
        } catch (IOException e) {
            throw new UnreadableDocumentException(Reason.CORRUPT, "The Word 2003 XML document could not be read: "
                    + e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw new UnreadableDocumentException(Reason.CORRUPT, "The document is nested too deeply to be read", e);
        } catch (RuntimeException e) {
            throw new UnreadableDocumentException(Reason.CORRUPT, "The Word 2003 XML document could not be read ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        return docx.readPackage(docxBytes, warn, progress);
    }

    private static Element root(Path file) throws UnreadableDocumentException {
        if (!Files.isRegularFile(file)) {
            throw new UnreadableDocumentException(Reason.NOT_WORD, "Not a file: " + file.getFileName());
        }
        org.w3c.dom.Document xml;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            xml = SecureXml.parse(in);
        } catch (SAXException e) {
            String m = String.valueOf(e.getMessage());
            throw new UnreadableDocumentException(Reason.CORRUPT, m.contains("DOCTYPE")
                    ? "The document contains a DOCTYPE declaration (external entities are refused)"
                    : "The document's XML is damaged: " + firstLine(m), e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(Reason.CORRUPT, "The file could not be read: " + e.getMessage(), e);
        }
        Element root = xml.getDocumentElement();
        if (!Vocabulary.W2003.equals(root.getNamespaceURI()) || !"wordDocument".equals(root.getLocalName())) {
            throw new UnreadableDocumentException(Reason.NOT_WORD, "This XML file is not a Word document");
        }
        return root;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
