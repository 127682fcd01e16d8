package org.inkpool.convert;

import org.inkpool.doc.DocReader;
import org.inkpool.doc.WordFormat;
import org.inkpool.docx.DocxReader;
import org.inkpool.model.Document;
import org.inkpool.model.UnreadableDocumentException;
import org.inkpool.model.UnreadableDocumentException.Reason;
import org.inkpool.wordml.WordMlReader;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/** Picks the reader by the file's content (see {@link WordFormat}), whatever its name says. */
final class WordReaders {
    private final DocxReader docx = new DocxReader();
    private final DocReader doc = new DocReader();
    private final WordMlReader wordMl = new WordMlReader(docx);

    Document read(Path input, Consumer<String> warn, DoubleConsumer progress) throws UnreadableDocumentException {
        WordFormat format = WordFormat.of(input);
        if (format == WordFormat.OLE2_OTHER && DocReader.isBinaryWord(input)) {
            format = WordFormat.BINARY_DOC;
        }
        if (format == WordFormat.WORD_2003_XML) {
            return wordMl.read(input, warn, progress);
        }
        if (format.refusal() != null) {
            throw new UnreadableDocumentException(format == WordFormat.TEXT || format == WordFormat.HTML
                    ? Reason.NOT_WORD : Reason.UNSUPPORTED, format.refusal());
        }
        if (format == WordFormat.BINARY_DOC) {
            return doc.read(input, warn, progress);
        }
        return docx.read(input, warn, progress);
    }
}
