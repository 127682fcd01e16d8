package org.inkpool.convert;

import org.inkpool.pdf.font.FontRegistry;

/** Creates the conversion engine (docx reader → layout → PDF writer). */
public final class Engine {
    private Engine() {
    }

    /**
     * A converter for this process. It shares the process-wide font registry (parsed fonts and
     * glyph widths stay cached across documents), so it is cheap to call and safe to use from
     * several threads at once.
     */
    public static DocumentConverter converter() {
        return new DocxPdfConverter(FontRegistry.shared());
    }
}
