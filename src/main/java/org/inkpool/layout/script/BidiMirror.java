package org.inkpool.layout.script;

/**
 * Bidi mirroring (UAX #9 rule L4): in right-to-left text an opening bracket is drawn with the glyph
 * of its partner, so "(" still opens toward the text it encloses. A compact table of the paired
 * characters that matter in documents (Unicode's BidiMirroring data).
 */
public final class BidiMirror {

    /** Each pair mirrors both ways. */
    private static final int[] PAIRS = {
            '(', ')', '<', '>', '[', ']', '{', '}', 0x00AB, 0x00BB, 0x2039, 0x203A, 0x2045, 0x2046,
            0x207D, 0x207E, 0x208D, 0x208E, 0x2208, 0x220B, 0x2209, 0x220C, 0x220A, 0x220D, 0x2264, 0x2265,
            0x2266, 0x2267, 0x226A, 0x226B, 0x2272, 0x2273, 0x2276, 0x2277, 0x2282, 0x2283, 0x2286, 0x2287,
            0x22A2, 0x22A3, 0x2308, 0x2309, 0x230A, 0x230B, 0x2329, 0x232A, 0x27E8, 0x27E9, 0x27EA, 0x27EB,
            0x2983, 0x2984, 0x3008, 0x3009, 0x300A, 0x300B, 0x300C, 0x300D, 0x300E, 0x300F, 0x3010, 0x3011,
            0x3014, 0x3015, 0x3016, 0x3017, 0x3018, 0x3019, 0x301A, 0x301B, 0xFE59, 0xFE5A, 0xFE5B, 0xFE5C,
            0xFE5D, 0xFE5E, 0xFE64, 0xFE65, 0xFF08, 0xFF09, 0xFF1C, 0xFF1E, 0xFF3B, 0xFF3D, 0xFF5B, 0xFF5D,
            0xFF5F, 0xFF60, 0xFF62, 0xFF63,
    };

    private BidiMirror() {
    }

    /** The character drawn for {@code cp} in right-to-left text: its mirror image, or itself. */
    public static int of(int cp) {
        if (cp < '(' || !Character.isMirrored(cp)) {
            return cp;
        }
        for (int i = 0; i < PAIRS.length; i += 2) {
            if (PAIRS[i] == cp) {
                return PAIRS[i + 1];
            }
            if (PAIRS[i + 1] == cp) {
                return PAIRS[i];
            }
        }
        return cp;
    }
}
