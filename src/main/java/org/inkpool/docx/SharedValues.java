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

    /**
     * A number format code (the binary format's nfc, which Word 2003 XML writes as w:nfc too) as
     * WordprocessingML's name, so every reader writes list numbers alike.
     */
    public static String numberFormatName(int nfc) {
        return switch (nfc) {
            case 0 -> "decimal";
            case 1 -> "upperRoman";
            case 2 -> "lowerRoman";
            case 3 -> "upperLetter";
            case 4 -> "lowerLetter";
            case 5 -> "ordinal";
            case 6 -> "cardinalText";
            case 7 -> "ordinalText";
            case 8 -> "hex";
            case 10 -> "ideographDigital";
            case 11 -> "japaneseCounting";
            case 14 -> "decimalFullWidth";
            case 17 -> "japaneseDigitalTenThousand";
            case 18 -> "decimalEnclosedCircle";
            case 19 -> "decimalFullWidth2";
            case 22 -> "decimalZero";
            case 23 -> "bullet";
            case 28 -> "decimalEnclosedCircleChinese";
            case 30 -> "ideographTraditional";
            case 31 -> "ideographZodiac";
            case 33 -> "taiwaneseCounting";
            case 35 -> "taiwaneseCountingThousand";
            case 36 -> "taiwaneseDigital";
            case 37 -> "chineseCounting";
            case 39 -> "chineseCountingThousand";
            case 41 -> "koreanCounting";
            case 255 -> "none";
            default -> "decimal";
        };
    }
}
