package org.inkpool.layout.line;

import org.inkpool.layout.font.FontFace;
import org.inkpool.layout.font.GlyphShaper;
import org.inkpool.layout.font.ShapedText;
import org.inkpool.model.style.RunProps;
import org.inkpool.model.style.Script;

import java.text.Bidi;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenType shaping step: replaces the measured characters of each word that needs it by the glyphs its
 * face's shaper gives — joining forms of Arabic, conjuncts and reordered vowel signs of Indic scripts, Thai and
 * Khmer marks, kerning where w:kern asks for it, ligatures where w14:ligatures does. A cluster's first
 * character carries its glyphs and width; the characters it took in stay (for breaking, bidi and copying) with
 * no width and no glyphs.
 * <p>
 * Everything else keeps the plain path: Latin without kerning or ligatures and CJK are never shaped, and the
 * check costs one look at each character. A word is shaped once per document (results are cached), within one
 * face, size and direction; a space, a change of face or of direction ends it.
 */
public final class AtomShaper {

    private static final int CACHE_LIMIT = 50_000;

    private record Key(GlyphShaper shaper, String text, boolean rightToLeft, boolean kerning, boolean ligatures) {
    }

    /** Shaped words by face, text and features; a miss is remembered as NOT_SHAPED. */
    private final Map<Key, ShapedText> cache = new HashMap<>();
    private static final ShapedText NOT_SHAPED = new ShapedText(new int[0], new double[0], new double[0],
            new int[0], 0);

    /** Shapes the paragraph's atoms in place; {@code rightToLeft} is the paragraph's base direction. */
    public void shape(List<Atom> atoms, boolean rightToLeft) {
        int first = -1;
        for (int i = 0; i < atoms.size(); i++) {
            if (wantsShaping(atoms.get(i))) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return; // the fast path: nothing here needs a shaper
        }
        byte[] levels = levels(atoms, rightToLeft);
        int i = 0;
        while (i < atoms.size()) {
            Atom a = atoms.get(i);
            if (a.kind != Atom.Kind.GLYPH || a.face == null || a.style == null) {
                i++;
                continue;
            }
            int j = i + 1;
            boolean wanted = wantsShaping(a);
            while (j < atoms.size() && sameWord(a, atoms.get(j), levels, i, j)) {
                wanted |= wantsShaping(atoms.get(j));
                j++;
            }
            if (wanted) {
                shapeWord(atoms, i, j, levels != null && (levels[i] & 1) != 0);
            }
            i = j;
        }
    }

    /** Whether this character asks for shaping: a complex script its font substitutes in, kerning, ligatures. */
    static boolean wantsShaping(Atom a) {
        if (a.kind != Atom.Kind.GLYPH || a.style == null || a.face == null) {
            return false;
        }
        RunProps props = a.style.props();
        if ((props.kerns(props.size()) || props.standardLigatures()) && !Script.isEastAsian(a.codePoint)) {
            return true; // ideographs keep the plain path: CJK fonts kern nothing Word would
        }
        return isComplex(a.codePoint) && a.face.substitutes();
    }

    /**
     * Scripts whose letters change shape or place with their neighbours: Hebrew points, Arabic, Syriac, Thaana,
     * N'Ko, the Indic scripts, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian.
     */
    static boolean isComplex(int cp) {
        if (cp < 0x0591) {
            return false;
        }
        return cp <= 0x05C7 // Hebrew points and accents (plain Hebrew letters need nothing)
                || (cp >= 0x0600 && cp <= 0x0FFF)
                || (cp >= 0x1000 && cp <= 0x109F)
                || (cp >= 0x1780 && cp <= 0x18AF)
                || (cp >= 0xA8E0 && cp <= 0xA8FF) // Devanagari Extended
                || cp == 0x200C || cp == 0x200D;
    }

    private static boolean isMark(int cp) {
        return Character.getType(cp) == Character.NON_SPACING_MARK && cp != 0x200C && cp != 0x200D;
    }

    private static boolean sameWord(Atom head, Atom a, byte[] levels, int i, int j) {
        return a.kind == Atom.Kind.GLYPH && a.face == head.face && a.size == head.size && a.style != null
                && a.glyphs == null && Script.isEastAsian(a.codePoint) == Script.isEastAsian(head.codePoint)
                && a.style.props().kerns(a.style.props().size()) == head.style.props().kerns(head.style.props().size())
                && a.style.props().standardLigatures() == head.style.props().standardLigatures()
                && a.style.scale() == head.style.scale()
                && (levels == null || levels[j] == levels[i]);
    }

    /** Each atom's bidi level in the paragraph, or null when it is all left to right. */
    private static byte[] levels(List<Atom> atoms, boolean rightToLeft) {
        char[] text = new char[atoms.size()];
        boolean any = rightToLeft;
        for (int i = 0; i < text.length; i++) {
            Atom a = atoms.get(i);
            int cp = a.kind == Atom.Kind.GLYPH ? a.codePoint : a.kind == Atom.Kind.SPACE ? ' ' : 0xFFFC;
            char c = cp < 0x10000 ? (char) cp : strongStandIn(cp);
            text[i] = c;
            any |= c >= 0x0590;
        }
        if (!any || (!rightToLeft && !Bidi.requiresBidi(text, 0, text.length))) {
            return null;
        }
        Bidi bidi = new Bidi(text, 0, null, 0, text.length,
                rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        byte[] levels = new byte[text.length];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = (byte) bidi.getLevelAt(i);
        }
        return levels;
    }

    private static char strongStandIn(int cp) {
        return switch (Character.getDirectionality(cp)) {
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT -> '\u05D0';
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> '\u0627';
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> 'a';
            default -> '\uFFFC';
        };
    }

    /** Shapes atoms [from, to), one word of one face, and puts the clusters in their place. */
    private void shapeWord(List<Atom> atoms, int from, int to, boolean rightToLeft) {
        Atom head = atoms.get(from);
        GlyphShaper shaper = head.face.shaper();
        if (shaper == null) {
            return;
        }
        int count = to - from;
        StringBuilder sb = new StringBuilder(count + 4);
        int[] charOf = new int[count + 1];
        for (int k = 0; k < count; k++) {
            charOf[k] = sb.length();
            sb.appendCodePoint(atoms.get(from + k).codePoint);
        }
        charOf[count] = sb.length();
        RunProps props = head.style.props();
        boolean kerning = props.kerns(props.size());
        boolean ligatures = props.standardLigatures();
        Key key = new Key(shaper, sb.toString(), rightToLeft, kerning, ligatures);
        ShapedText shaped = cache.get(key);
        if (shaped == null) {
            char[] chars = key.text().toCharArray();
            shaped = shaper.shape(chars, 0, chars.length, rightToLeft, kerning, ligatures);
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(key, shaped == null ? NOT_SHAPED : shaped);
        }
        if (shaped == null || shaped == NOT_SHAPED || shaped.size() == 0) {
            return;
        }
        place(atoms, from, count, charOf, shaped, rightToLeft, key.text());
    }

    /**
     * Gives each cluster's first atom the cluster's glyphs and width, the others none. A cluster's left edge is
     * its leftmost glyph, kept from moving left of the cluster drawn before it, so widths are never negative and
     * add up to the word's advance.
     */
    private static void place(List<Atom> atoms, int from, int count, int[] charOf, ShapedText shaped,
                              boolean rightToLeft, String text) {
        int[] atomOfGlyph = new int[shaped.size()];
        boolean[] starts = new boolean[count];
        for (int g = 0; g < shaped.size(); g++) {
            int k = Arrays.binarySearch(charOf, 0, count, shaped.clusters()[g]);
            k = k >= 0 ? k : Math.max(0, -k - 2);
            // several atoms may open at one character only through a malformed shaper: take the last
            while (k + 1 < count && charOf[k + 1] == charOf[k]) {
                k++;
            }
            // a mark belongs to its letter: one cluster, one place, one piece of text for readers
            while (k > 0 && isMark(atoms.get(from + k).codePoint)) {
                k--;
            }
            atomOfGlyph[g] = k;
            starts[k] = true;
        }
        // the clusters left to right: in logical order, or reversed for right-to-left text
        int[] visual = new int[count];
        int n = 0;
        for (int v = 0; v < count; v++) {
            int k = rightToLeft ? count - 1 - v : v;
            if (starts[k]) {
                visual[n++] = k;
            }
        }
        double[] left = new double[count];
        double edge = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < n; v++) {
            int k = visual[v];
            double min = Double.POSITIVE_INFINITY;
            for (int g = 0; g < shaped.size(); g++) {
                if (atomOfGlyph[g] == k) {
                    min = Math.min(min, shaped.x()[g]);
                }
            }
            edge = v == 0 ? 0 : Math.max(edge, min);
            left[k] = edge;
        }
        Atom head = atoms.get(from);
        double size = head.size;
        double scale = head.style.scale();
        for (int v = 0; v < n; v++) {
            int k = visual[v];
            double right = v + 1 < n ? left[visual[v + 1]] : Math.max(shaped.advance(), left[k]);
            int glyphs = 0;
            for (int g = 0; g < shaped.size(); g++) {
                glyphs += atomOfGlyph[g] == k ? 1 : 0;
            }
            int[] ids = new int[glyphs];
            double[] dx = new double[glyphs];
            double[] dy = new double[glyphs];
            // right-to-left, the shaper lists a letter's marks before it; readers take a cluster's place from
            // its first glyph, so the letter goes first
            int at = 0;
            for (int step = 0; step < shaped.size(); step++) {
                int g = rightToLeft ? shaped.size() - 1 - step : step;
                if (atomOfGlyph[g] == k) {
                    ids[at] = shaped.glyphs()[g];
                    dx[at] = (shaped.x()[g] - left[k]) * size * scale;
                    dy[at] = shaped.y()[g] * size;
                    at++;
                }
            }
            int end = k + 1;
            while (end < count && !starts[end]) {
                end++;
            }
            String clusterText = text.substring(charOf[k], charOf[end]);
            Atom a = atoms.get(from + k);
            double width = Math.max(0, right - left[k]) * size * scale + a.style.charSpacing();
            atoms.set(from + k, a.shaped(width, new ClusterGlyphs(ids, dx, dy, clusterText, shaped.plain())));
            for (int m = k + 1; m < end; m++) {
                atoms.set(from + m, atoms.get(from + m).shaped(0, ClusterGlyphs.ABSORBED));
            }
        }
        // characters before the first cluster (a leading joiner the shaper dropped) draw nothing but keep their text
        for (int m = 0; m < count && !starts[m]; m++) {
            Atom a = atoms.get(from + m);
            String own = text.substring(charOf[m], charOf[m + 1]);
            atoms.set(from + m, a.shaped(0, new ClusterGlyphs(new int[0], new double[0], new double[0], own)));
        }
    }
}
