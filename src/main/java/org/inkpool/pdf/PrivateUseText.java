package org.inkpool.pdf;

import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.SymbolEncoding;

/**
 * The text a run of private-use characters stands for, for its /ActualText: Word writes a symbol font's
 * characters as U+F020–U+F0FF, which mean nothing to a reader or search (PDF/A-2a, 6.2.11.7.3, asks for an
 * ActualText on them). In the Symbol font each has a standard meaning (its encoding's glyph names: U+F0B7
 * is the bullet •); other fonts' private-use characters (Wingdings…) have none known here and stay as
 * written.
 */
final class PrivateUseText {

    private PrivateUseText() {
    }

    static boolean has(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isPrivateUse(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} with the Symbol font's private-use characters replaced by the characters they draw. */
    static String readable(String text, String fontName) {
        boolean symbol = fontName != null && fontName.replace(" ", "").toLowerCase(java.util.Locale.ROOT)
                .startsWith("symbol");
        if (!symbol) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String meant = c >= 0xF020 && c <= 0xF0FF ? unicodeOf(c - 0xF000) : null;
            out.append(meant != null ? meant : String.valueOf(c));
        }
        return out.toString();
    }

    private static String unicodeOf(int code) {
        String name = SymbolEncoding.INSTANCE.getName(code);
        return ".notdef".equals(name) ? null : GlyphList.getAdobeGlyphList().toUnicode(name);
    }

    private static boolean isPrivateUse(char c) {
        return c >= 0xE000 && c <= 0xF8FF;
    }
}
