package org.inkpool.layout.script;

import org.inkpool.layout.script.ArabicJoining.Type;
import org.inkpool.layout.script.PresentationForms.Form;

/**
 * Contextual shaping of Arabic-script text: each letter takes its isolated, initial, medial or
 * final form from its neighbours' joining types, and lam followed by alef becomes one ligature.
 * Works in logical order on code points; the forms are the Unicode presentation forms, used only
 * where the drawing font has them (so a font without them keeps the plain letters).
 */
final class ArabicShaper {

    /** Marks a code point that a ligature absorbed into the one before it. */
    static final int ABSORBED = -1;

    /** Whether the font that draws the character at {@code index} has a glyph for {@code form}. */
    @FunctionalInterface
    interface Drawable {
        boolean has(int index, int form);
    }

    private ArabicShaper() {
    }

    /** Whether the text holds anything shaping would change: a joining letter. */
    static boolean needsShaping(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0620 && c <= 0x06FF) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the shaped code points, one per input code point; {@link #ABSORBED} where a ligature took
     *         the character into the one before
     */
    static int[] shape(int[] text, Drawable drawable) {
        int n = text.length;
        Type[] types = new Type[n];
        for (int i = 0; i < n; i++) {
            types[i] = ArabicJoining.of(text[i]);
        }
        int[] out = text.clone();
        for (int i = 0; i < n; i++) {
            Type t = types[i];
            if (t == Type.NONE || t == Type.TRANSPARENT || out[i] == ABSORBED) {
                continue;
            }
            int prev = neighbour(types, i, -1);
            int next = neighbour(types, i, +1);
            boolean prevConnects = prev >= 0 && ArabicJoining.joinsForward(types[prev]);
            boolean joinsBefore = ArabicJoining.joinsBackward(t) && prevConnects;
            if (text[i] == PresentationForms.LAM && next == i + 1) {
                int ligature = PresentationForms.lamAlef(text[next], joinsBefore ? Form.FINAL : Form.ISOLATED);
                if (ligature != 0 && drawable.has(i, ligature)) {
                    out[i] = ligature;
                    out[next] = ABSORBED;
                    continue;
                }
            }
            boolean joinsAfter = ArabicJoining.joinsForward(t) && next >= 0
                    && ArabicJoining.joinsBackward(types[next]);
            Form form = joinsBefore ? (joinsAfter ? Form.MEDIAL : Form.FINAL)
                    : (joinsAfter ? Form.INITIAL : Form.ISOLATED);
            int shaped = PresentationForms.of(text[i], form);
            if (shaped != 0 && drawable.has(i, shaped)) {
                out[i] = shaped;
            }
        }
        return out;
    }

    /** The nearest character in direction {@code step} that is not transparent, or -1. */
    private static int neighbour(Type[] types, int i, int step) {
        for (int j = i + step; j >= 0 && j < types.length; j += step) {
            if (types[j] != Type.TRANSPARENT) {
                return j;
            }
        }
        return -1;
    }
}
