package org.inkpool.layout.line;

import org.inkpool.model.style.Script;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;

/**
 * Where a line may break, following Word (word-layout-facts §3): after a run of spaces, after a
 * hyphen, after a soft hyphen, between East Asian characters (and between one and a Latin
 * character) unless kinsoku forbids it; never after '/', never at a tab. Scripts written without
 * spaces between words (Thai, Lao, Khmer, Myanmar) break at the word boundaries the JDK's
 * dictionary-based line BreakIterator finds.
 */
final class BreakRules {

    /** No line may start with these (Word's default kinsoku set, full-width and half-width forms). */
    static final String NO_LINE_START =
            "，。、；：！？）」』〕】》〉’”・…‥ー" + ",.;:!?)]}" + "\uFF61\uFF64\uFF63\uFF65";
    /** No line may end with these. */
    static final String NO_LINE_END = "（「『〔【《〈‘“" + "([{" + "\uFF62";

    private BreakRules() {
    }

    /**
     * For each atom, whether a line may break between it and the next one. A soft hyphen is marked
     * breakable; whether the hyphen it then shows still fits is the line breaker's question.
     */
    static boolean[] breakAfter(List<Atom> atoms) {
        int n = atoms.size();
        boolean[] result = new boolean[n];
        for (int i = 0; i + 1 < n; i++) {
            result[i] = mayBreakBetween(i > 0 ? atoms.get(i - 1) : null, atoms.get(i), atoms.get(i + 1));
        }
        markDictionaryBreaks(atoms, result);
        return result;
    }

    private static void markDictionaryBreaks(List<Atom> atoms, boolean[] result) {
        BreakIterator words = null;
        int n = atoms.size();
        int i = 0;
        while (i < n) {
            if (!isDictionaryScript(atoms.get(i))) {
                i++;
                continue;
            }
            int start = i;
            StringBuilder text = new StringBuilder();
            while (i < n && isDictionaryScript(atoms.get(i))) {
                text.append((char) atoms.get(i).codePoint); // these scripts are all in the BMP: one char per atom
                i++;
            }
            if (words == null) {
                words = BreakIterator.getLineInstance(new Locale("th"));
            }
            words.setText(text.toString());
            for (int b = words.next(); b != BreakIterator.DONE && b < text.length(); b = words.next()) {
                result[start + b - 1] = true;
            }
        }
    }

    /** Thai, Lao, Myanmar, Khmer: no spaces between words. */
    private static boolean isDictionaryScript(Atom atom) {
        int cp = atom.codePoint;
        return atom.kind == Atom.Kind.GLYPH && ((cp >= 0x0E00 && cp <= 0x0EFF) || (cp >= 0x1000 && cp <= 0x109F)
                || (cp >= 0x1780 && cp <= 0x17FF));
    }

    private static boolean mayBreakBetween(Atom before, Atom a, Atom b) {
        if (b.kind == Atom.Kind.SPACE || b.kind.isBreak()) {
            return false; // spaces hang at the end of the line; a break ends the line by itself
        }
        if (a.kind == Atom.Kind.TAB || b.kind == Atom.Kind.TAB) {
            return false; // Word never breaks at a tab (R§4.3)
        }
        if (a.kind == Atom.Kind.SPACE) {
            return true;
        }
        if (a.kind == Atom.Kind.SOFT_HYPHEN) {
            return true;
        }
        if (a.kind == Atom.Kind.IMAGE || b.kind == Atom.Kind.IMAGE) {
            return !(b.kind == Atom.Kind.GLYPH && isNoLineStart(b.codePoint))
                    && !(a.kind == Atom.Kind.GLYPH && isNoLineEnd(a.codePoint));
        }
        if (a.kind != Atom.Kind.GLYPH || b.kind != Atom.Kind.GLYPH) {
            return false;
        }
        int ca = a.codePoint;
        int cb = b.codePoint;
        if (ca == 0x200B) {
            return true; // zero-width space: an invisible break opportunity
        }
        if (isNoLineEnd(ca) || isNoLineStart(cb) || ca == '/' || isGlue(ca) || isGlue(cb) || attaches(cb)) {
            return false;
        }
        if (isHyphen(ca)) {
            // "well-known" breaks after the hyphen; a leading "-5" or a lone " - " does not
            return before != null && before.kind == Atom.Kind.GLYPH && Character.isLetterOrDigit(cb);
        }
        return isIdeographic(ca) || isIdeographic(cb);
    }

    static boolean isNoLineStart(int cp) {
        return cp < 0x10000 && NO_LINE_START.indexOf(cp) >= 0;
    }

    static boolean isNoLineEnd(int cp) {
        return cp < 0x10000 && NO_LINE_END.indexOf(cp) >= 0;
    }

    /** No-break spaces, word joiner, zero-width joiner: they hold their neighbours together (UAX #14 GL, WJ, ZWJ). */
    private static boolean isGlue(int cp) {
        return cp == 0x00A0 || cp == 0x2007 || cp == 0x202F || cp == 0x2060 || cp == 0xFEFF || cp == 0x200D;
    }

    /** Combining marks and variation selectors belong to the character before them. */
    private static boolean attaches(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    private static boolean isHyphen(int cp) {
        return cp == '-' || cp == 0x2010 || cp == 0x2013 || cp == 0x2014;
    }

    /** Characters of the UAX #14 ideographic kind (ideographs, kana, hangul, full-width forms): any two may break. */
    static boolean isIdeographic(int cp) {
        return Script.isEastAsian(cp);
    }
}
