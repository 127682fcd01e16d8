package org.inkpool.model.style;

/** Word's font slots: which of a run's four fonts draws a character. */
public enum Script {
    ASCII, OTHER, EAST_ASIAN, COMPLEX;

    public static Script of(int cp) {
        if (cp < 0x80) {
            return ASCII;
        }
        if (isEastAsian(cp)) {
            return EAST_ASIAN;
        }
        if ((cp >= 0x0590 && cp <= 0x08FF) || (cp >= 0x0E00 && cp <= 0x0E7F)
                || (cp >= 0xFB1D && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF)) {
            return COMPLEX;
        }
        return OTHER;
    }

    /** CJK ideographs, kana, hangul, CJK punctuation and full-width forms. */
    public static boolean isEastAsian(int cp) {
        return (cp >= 0x1100 && cp <= 0x11FF)
                || (cp >= 0x2E80 && cp <= 0x9FFF)
                || (cp >= 0xA960 && cp <= 0xA97F)
                || (cp >= 0xAC00 && cp <= 0xD7FF)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFFEF)
                || (cp >= 0x20000 && cp <= 0x3FFFF);
    }
}
