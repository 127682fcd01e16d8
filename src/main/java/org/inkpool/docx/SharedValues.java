package org.inkpool.docx;

import org.inkpool.docx.media.ImageLoader;
import org.inkpool.docx.style.NumberFormats;
import org.inkpool.model.InlineImage;

import java.util.function.Consumer;

/**
 * The value-level helpers of this reader that the legacy {@code doc} reader shares, because the binary
 * format names the same things (number formats, symbol-font characters, picture blips): one
 * implementation keeps both readers showing a list number, a Wingdings bullet or a WMF picture alike.
 * Only model types and plain values cross; nothing here touches a package.
 */
public final class SharedValues {
    private SharedValues() {
    }

    /** A list number in a WordprocessingML number format ("lowerRoman", "chineseCounting"…). */
    public static String listNumber(String numFmt, int n) {
        return NumberFormats.format(numFmt, n);
    }

    /** The Unicode text for {@code text} drawn in a symbol font (Symbol, Wingdings), or null when unmapped. */
    public static String symbolText(String font, String text) {
        return SymbolFonts.map(font, text);
    }

    /**
     * A picture from its bytes (PNG, JPEG, GIF, BMP, EMF, WMF, compressed metafiles, anything ImageIO reads),
     * drawn at width × height points (0: its natural size); null, with a warning, when it cannot be shown.
     */
    public static InlineImage picture(byte[] data, String name, double width, double height, String description,
                                      Consumer<String> warnings) {
        return new ImageLoader(null, new Warnings(warnings)).fromBytes(data, name, width, height, description);
    }
}
