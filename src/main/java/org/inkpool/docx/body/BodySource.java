package org.inkpool.docx.body;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.util.function.DoubleConsumer;

/** How the main part's body reaches the reader. The reader streams it ({@link StreamedBody}). */
public interface BodySource {
    /**
     * Hands the children of the part's first w:body to {@code blocks}, reporting the fraction of the part
     * read (0–1, never decreasing) to {@code progress}.
     *
     * @return false when the part has no w:body (then nothing was handed over)
     */
    boolean read(PackagePart main, BodyBlocks blocks, DoubleConsumer progress) throws IOException, SAXException;
}
