package org.inkpool.docx;

import java.util.HashMap;
import java.util.Map;

/**
 * Maps characters of the Symbol and Wingdings fonts (written by Word as private-use code points
 * U+F020–U+F0FF, or as plain bytes 0x20–0xFF) to the real Unicode characters they show, so the text
 * can be drawn with any font that has them.
 */
public final class SymbolFonts {
    private static final Map<Integer, Integer> SYMBOL = new HashMap<>();
    private static final Map<Integer, Integer> WINGDINGS = new HashMap<>();

    static {
        // Adobe Symbol encoding, 0x20–0xFE (Greek letters, mathematical operators, arrows, brackets).
        String ascii = " !\u2200#\u2203%&\u220B()\u2217+,\u2212./0123456789:;<=>?\u2245"
                + "\u0391\u0392\u03A7\u0394\u0395\u03A6\u0393\u0397\u0399\u03D1\u039A\u039B\u039C\u039D\u039F"
                + "\u03A0\u0398\u03A1\u03A3\u03A4\u03A5\u03C2\u03A9\u039E\u03A8\u0396[\u2234]\u22A5_\u203E"
                + "\u03B1\u03B2\u03C7\u03B4\u03B5\u03C6\u03B3\u03B7\u03B9\u03D5\u03BA\u03BB\u03BC\u03BD\u03BF"
                + "\u03C0\u03B8\u03C1\u03C3\u03C4\u03C5\u03D6\u03C9\u03BE\u03C8\u03B6{|}\u223C";
        for (int i = 0; i < ascii.length(); i++) {
            SYMBOL.put(0x20 + i, (int) ascii.charAt(i));
        }
        String high = "\u20AC\u03D2\u2032\u2264\u2044\u221E\u0192\u2663\u2666\u2665\u2660\u2194\u2190\u2191\u2192\u2193"
                + "\u00B0\u00B1\u2033\u2265\u00D7\u221D\u2202\u2022\u00F7\u2260\u2261\u2248\u2026\u23D0\u23AF\u21B5"
                + "\u2135\u2111\u211C\u2118\u2297\u2295\u2205\u2229\u222A\u2283\u2287\u2284\u2282\u2286\u2208\u2209"
                + "\u2220\u2207\u00AE\u00A9\u2122\u220F\u221A\u22C5\u00AC\u2227\u2228\u21D4\u21D0\u21D1\u21D2\u21D3"
                + "\u25CA\u2329\u00AE\u00A9\u2122\u2211\u239B\u239C\u239D\u23A1\u23A2\u23A3\u23A7\u23A8\u23A9\u23AA"
                + "\uFFFF\u232A\u222B\u2320\u23AE\u2321\u239E\u239F\u23A0\u23A4\u23A5\u23A6\u23AB\u23AC\u23AD";
        for (int i = 0; i < high.length(); i++) {
            if (high.charAt(i) != '\uFFFF') {
                SYMBOL.put(0xA0 + i, (int) high.charAt(i));
            }
        }
        // Word's "diamond" bullet (Symbol F0A8): drawn as the geometric black diamond, as the brief's table asks
        SYMBOL.put(0xA8, 0x25C6);
        // Wingdings: the list bullets and marks Word documents use.
        int[][] wingdings = {
                {0x21, 0x270F}, {0x22, 0x2702}, {0x23, 0x2701}, {0x28, 0x260E}, {0x29, 0x2706}, {0x2A, 0x2709},
                {0x36, 0x231B}, {0x3E, 0x2707}, {0x3F, 0x270D}, {0x41, 0x270C}, {0x45, 0x261C}, {0x46, 0x261E},
                {0x47, 0x261D}, {0x48, 0x261F}, {0x4A, 0x263A}, {0x4C, 0x2639}, {0x4E, 0x2620}, {0x51, 0x2708},
                {0x52, 0x263C}, {0x54, 0x2744}, {0x56, 0x271E}, {0x58, 0x2720}, {0x59, 0x2721}, {0x5A, 0x262A},
                {0x5B, 0x262F}, {0x5C, 0x0950}, {0x5D, 0x2638}, {0x6C, 0x25CF}, {0x6E, 0x25A0}, {0x6F, 0x25A1},
                {0x71, 0x2751}, {0x72, 0x2752}, {0x73, 0x2B27}, {0x74, 0x29EB}, {0x75, 0x25C6}, {0x76, 0x2756},
                {0x77, 0x2B25}, {0x78, 0x2327}, {0x7A, 0x2318}, {0x9E, 0x00B7}, {0x9F, 0x2022}, {0xA0, 0x25AA},
                {0xA1, 0x26AA}, {0xA4, 0x25C9}, {0xA5, 0x25CE}, {0xA7, 0x25AA}, {0xA8, 0x25C6}, {0xAA, 0x2726},
                {0xAB, 0x2605}, {0xAC, 0x2736}, {0xAD, 0x2734}, {0xAE, 0x2739}, {0xAF, 0x2735}, {0xB1, 0x2316},
                {0xB2, 0x27E1}, {0xB3, 0x2311}, {0xB5, 0x272A}, {0xB6, 0x2730}, {0xD5, 0x232B}, {0xD6, 0x2326},
                {0xD8, 0x27A2}, {0xE8, 0x2794}, {0xEF, 0x21E6}, {0xF0, 0x21E8}, {0xF1, 0x21E7}, {0xF2, 0x21E9},
                {0xF3, 0x2B04}, {0xF4, 0x21F3}, {0xF9, 0x25AD}, {0xFA, 0x25AB}, {0xFB, 0x2717}, {0xFC, 0x2713},
                {0xFD, 0x2612}, {0xFE, 0x2611}};
        for (int[] pair : wingdings) {
            WINGDINGS.put(pair[0], pair[1]);
        }
        for (int i = 0; i < 10; i++) {
            WINGDINGS.put(0x81 + i, 0x2460 + i); // circled digits one to ten
            WINGDINGS.put(0x8C + i, 0x2776 + i); // negative circled digits
        }
        WINGDINGS.put(0x80, 0x24EA);
        WINGDINGS.put(0x8B, 0x24FF);
    }

    private SymbolFonts() {
    }

    /** Whether the font is one whose characters this class maps. */
    public static boolean isSymbolFont(String font) {
        return table(font) != null;
    }

    private static Map<Integer, Integer> table(String font) {
        if (font == null) {
            return null;
        }
        String f = font.trim().toLowerCase();
        if (f.equals("symbol")) {
            return SYMBOL;
        }
        if (f.equals("wingdings")) {
            return WINGDINGS;
        }
        return null;
    }

    /**
     * The Unicode text for {@code text} drawn in {@code font}, or null when the font is not a symbol font
     * or a character has no known mapping (then the caller keeps the original font).
     */
    public static String map(String font, String text) {
        Map<Integer, Integer> table = table(font);
        if (table == null || text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            int c = text.charAt(i);
            int code = c >= 0xF000 && c <= 0xF0FF ? c - 0xF000 : c;
            Integer mapped = table.get(code);
            if (mapped == null) {
                return null;
            }
            out.appendCodePoint(mapped);
        }
        return out.toString();
    }

    /** A w:sym character code ("F0B7") as a string, shifted out of the private-use area when unmapped. */
    public static String plain(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 0xF020 && c <= 0xF0FF ? (char) (c - 0xF000) : c);
        }
        return out.toString();
    }
}
