package org.inkpool.pdf.font;

import org.inkpool.model.style.Script;

/**
 * Which scripts a face covers, as bits: a cheap test of one or two code points per script, made once
 * when the font index is built.
 */
final class Coverage {
    static final int LATIN = 1;
    static final int CYRILLIC = 1 << 1;
    static final int GREEK = 1 << 2;
    static final int ARABIC = 1 << 3;
    static final int HEBREW = 1 << 4;
    static final int CJK = 1 << 5;
    static final int KANA = 1 << 6;
    static final int HANGUL = 1 << 7;

    /** Probe code points, one row per bit above: every one must map to a glyph. */
    private static final int[][] PROBES = {
        {'A', 'z'},
        {0x0416, 0x044F},     // Ж я
        {0x03A9, 0x03B1},     // Ω α
        {0x0627, 0x0628},     // ا ب
        {0x05D0, 0x05E9},     // א ש
        {0x4E2D, 0x6587},     // 中 文
        {0x3042, 0x30A2},     // あ ア
        {0xD55C, 0xAE00},     // 한 글
    };

    private Coverage() {
    }

    interface GlyphTest {
        boolean hasGlyph(int codePoint);
    }

    static int probe(GlyphTest font) {
        int bits = 0;
        for (int i = 0; i < PROBES.length; i++) {
            boolean all = true;
            for (int cp : PROBES[i]) {
                all &= font.hasGlyph(cp);
            }
            if (all) {
                bits |= 1 << i;
            }
        }
        return bits;
    }

    static boolean isEastAsian(int bit) {
        return bit == CJK || bit == KANA || bit == HANGUL;
    }

    /** The bit a code point's script is tested under, or 0 when it is in none of them. */
    static int bitFor(int cp) {
        if (cp < 0x250) {
            return LATIN;
        }
        if (cp >= 0x0400 && cp <= 0x052F) {
            return CYRILLIC;
        }
        if (cp >= 0x0370 && cp <= 0x03FF) {
            return GREEK;
        }
        if ((cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF)) {
            return ARABIC;
        }
        if ((cp >= 0x0590 && cp <= 0x05FF) || (cp >= 0xFB1D && cp <= 0xFB4F)) {
            return HEBREW;
        }
        if ((cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F) || (cp >= 0xA960 && cp <= 0xA97F)
                || (cp >= 0xAC00 && cp <= 0xD7FF)) {
            return HANGUL;
        }
        if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF)) {
            return KANA;
        }
        if (Script.isEastAsian(cp)) {
            return CJK;
        }
        return 0;
    }
}
