package org.inkpool.layout.script;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * The Arabic Presentation Forms (U+FB50–FDFF, U+FE70–FEFF) of each letter and of the lam-alef
 * ligatures, keyed by contextual form. Built once from the JDK's own Unicode data: a presentation
 * form's compatibility decomposition (NFKC) names its letter, and its character name its form.
 */
final class PresentationForms {

    enum Form { ISOLATED, FINAL, INITIAL, MEDIAL }

    static final int LAM = 0x0644;

    private static final Map<Integer, int[]> LETTERS = new HashMap<>();
    /** Keyed by the alef that follows the lam. */
    private static final Map<Integer, int[]> LAM_ALEF = new HashMap<>();

    static {
        // the main block first, so its forms win over the later additions for other languages
        collect(0xFE70, 0xFEFF);
        collect(0xFB50, 0xFDFF);
    }

    private PresentationForms() {
    }

    private static void collect(int from, int to) {
        for (int cp = from; cp <= to; cp++) {
            String name = Character.getName(cp);
            Form form = formIn(name);
            if (form == null) {
                continue;
            }
            String base = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
            int[] letters = base.codePoints().toArray();
            if (letters.length == 1 && Character.getType(letters[0]) == Character.OTHER_LETTER) {
                LETTERS.computeIfAbsent(letters[0], k -> new int[4]);
                put(LETTERS.get(letters[0]), form, cp);
            } else if (letters.length == 2 && letters[0] == LAM && name.contains("LIGATURE LAM WITH ALEF")) {
                LAM_ALEF.computeIfAbsent(letters[1], k -> new int[4]);
                put(LAM_ALEF.get(letters[1]), form, cp);
            }
        }
    }

    private static void put(int[] forms, Form form, int cp) {
        if (forms[form.ordinal()] == 0) {
            forms[form.ordinal()] = cp;
        }
    }

    private static Form formIn(String name) {
        if (name == null) {
            return null;
        }
        if (name.endsWith("ISOLATED FORM")) {
            return Form.ISOLATED;
        }
        if (name.endsWith("FINAL FORM")) {
            return Form.FINAL;
        }
        if (name.endsWith("INITIAL FORM")) {
            return Form.INITIAL;
        }
        if (name.endsWith("MEDIAL FORM")) {
            return Form.MEDIAL;
        }
        return null;
    }

    /** The presentation form of {@code letter} in {@code form}, or 0 when Unicode has none. */
    static int of(int letter, Form form) {
        int[] forms = LETTERS.get(letter);
        return forms == null ? 0 : forms[form.ordinal()];
    }

    /** The lam-alef ligature for this alef (isolated or final only), or 0 when the alef forms none. */
    static int lamAlef(int alef, Form form) {
        int[] forms = LAM_ALEF.get(alef);
        return forms == null ? 0 : forms[form.ordinal()];
    }
}
