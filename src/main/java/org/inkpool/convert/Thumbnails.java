package org.inkpool.convert;

import org.inkpool.pdf.PageThumbnail;

import java.io.IOException;
import java.nio.file.Path;

/** A picture of a written PDF's first page, for windows that show one next to the file (PNG bytes). */
public final class Thumbnails {
    private Thumbnails() {
    }

    /** About {@code widthPixels} wide; IOException when the file is not a readable PDF. */
    public static byte[] firstPagePng(Path pdf, int widthPixels) throws IOException {
        return PageThumbnail.firstPagePng(pdf, widthPixels);
    }
}
