package org.inkpool.layout.script;

/**
 * Unicode joining types (the Unicode Standard's Arabic shaping data, chapter 9.2) of the Arabic
 * block and the joining controls: whether a letter connects to its neighbours. Written as a compact table of
 * ranges; characters outside it are transparent when they are marks and non-joining otherwise.
 */
final class ArabicJoining {

    enum Type {
        /** Connects on both sides (beh, seen…). */
        DUAL,
        /** Connects only to the letter before it (alef, dal, reh, waw…). */
        RIGHT,
        /** Forces a connection on both sides without being a letter (tatweel, ZWJ). */
        CAUSING,
        /** Skipped when looking for neighbours (harakat and other marks). */
        TRANSPARENT,
        NONE
    }

    private static final char D = 'D';
    private static final char R = 'R';
    private static final char C = 'C';
    private static final char T = 'T';

    /** Inclusive ranges with their type, ascending; gaps are NONE. From Unicode's ArabicShaping data. */
    private static final int[][] RANGES = {
            {0x0610, 0x061A, T}, {0x061C, 0x061C, T},
            {0x0620, 0x0620, D}, {0x0622, 0x0625, R}, {0x0626, 0x0626, D}, {0x0627, 0x0627, R},
            {0x0628, 0x0628, D}, {0x0629, 0x0629, R}, {0x062A, 0x062E, D}, {0x062F, 0x0632, R},
            {0x0633, 0x063F, D}, {0x0640, 0x0640, C}, {0x0641, 0x0647, D}, {0x0648, 0x0648, R},
            {0x0649, 0x064A, D}, {0x064B, 0x065F, T}, {0x066E, 0x066F, D}, {0x0670, 0x0670, T},
            {0x0671, 0x0673, R}, {0x0675, 0x0677, R}, {0x0678, 0x0687, D}, {0x0688, 0x0699, R},
            {0x069A, 0x06BF, D}, {0x06C0, 0x06C0, R}, {0x06C1, 0x06C2, D}, {0x06C3, 0x06CB, R},
            {0x06CC, 0x06CC, D}, {0x06CD, 0x06CD, R}, {0x06CE, 0x06CE, D}, {0x06CF, 0x06CF, R},
            {0x06D0, 0x06D1, D}, {0x06D2, 0x06D3, R}, {0x06D5, 0x06D5, R}, {0x06D6, 0x06DC, T},
            {0x06DF, 0x06E4, T}, {0x06E7, 0x06E8, T}, {0x06EA, 0x06ED, T}, {0x06EE, 0x06EF, R},
            {0x06FA, 0x06FC, D}, {0x06FF, 0x06FF, D},
            {0x200D, 0x200D, C},
    };

    private ArabicJoining() {
    }

    static Type of(int cp) {
        int lo = 0;
        int hi = RANGES.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] r = RANGES[mid];
            if (cp < r[0]) {
                hi = mid - 1;
            } else if (cp > r[1]) {
                lo = mid + 1;
            } else {
                return switch ((char) r[2]) {
                    case D -> Type.DUAL;
                    case R -> Type.RIGHT;
                    case C -> Type.CAUSING;
                    default -> Type.TRANSPARENT;
                };
            }
        }
        int type = Character.getType(cp);
        if (cp != 0x200C && (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT)) {
            return Type.TRANSPARENT;
        }
        return Type.NONE;
    }

    /** Whether a letter of this type connects to the one after it (in logical order). */
    static boolean joinsForward(Type t) {
        return t == Type.DUAL || t == Type.CAUSING;
    }

    /** Whether a letter of this type connects to the one before it. */
    static boolean joinsBackward(Type t) {
        return t == Type.DUAL || t == Type.RIGHT || t == Type.CAUSING;
    }
}
