package org.inkpool.layout.math;

import org.inkpool.model.MathNode;

/**
 * m:scr: letters of a math run in another alphabet, as Unicode's mathematical alphanumeric symbols
 * (U+1D400…), taking the letterlike symbols (ℝ, ℋ, ℭ…) where Unicode put those letters earlier.
 */
final class Alphabets {

    private Alphabets() {
    }

    static int map(int cp, MathNode.Alphabet alphabet) {
        if (alphabet == null || alphabet == MathNode.Alphabet.ROMAN) {
            return cp;
        }
        boolean upper = cp >= 'A' && cp <= 'Z';
        boolean lower = cp >= 'a' && cp <= 'z';
        if (!upper && !lower) {
            return cp;
        }
        int index = upper ? cp - 'A' : cp - 'a' + 26;
        return switch (alphabet) {
            case DOUBLE_STRUCK -> exception(cp, "CHNPQRZ", "\u2102\u210D\u2115\u2119\u211A\u211D\u2124", 0x1D538 + index);
            case SCRIPT -> exception(cp, "BEFHILMRego", "\u212C\u2130\u2131\u210B\u2110\u2112\u2133\u211B\u212F\u210A\u2134",
                    0x1D49C + index);
            case FRAKTUR -> exception(cp, "CHIRZ", "\u212D\u210C\u2111\u211C\u2128", 0x1D504 + index);
            case SANS_SERIF -> 0x1D5A0 + index;
            case MONOSPACE -> 0x1D670 + index;
            default -> cp;
        };
    }

    private static int exception(int cp, String letters, String replacements, int regular) {
        int i = letters.indexOf(cp);
        return i >= 0 ? replacements.charAt(i) : regular;
    }

    /**
     * A letter as Unicode's mathematical italic (U+1D434…, ℎ for h, U+1D6E2… for Greek): a math font
     * draws its italic variables from these, having no italic face of its own. Other characters unchanged.
     */
    static int italic(int cp) {
        if (cp >= 'A' && cp <= 'Z') {
            return 0x1D434 + cp - 'A';
        }
        if (cp == 'h') {
            return 0x210E;
        }
        if (cp >= 'a' && cp <= 'z') {
            return 0x1D44E + cp - 'a';
        }
        if (cp >= 0x0391 && cp <= 0x03A9 && cp != 0x03A2) {
            return 0x1D6E2 + cp - 0x0391;
        }
        if (cp >= 0x03B1 && cp <= 0x03C9) {
            return 0x1D6FC + cp - 0x03B1;
        }
        return cp;
    }
}
