package org.inkpool.layout.math;

/**
 * How far a character's ink reaches above and below the baseline, in em. Layout knows a face's advances
 * but not its glyph outlines, so equations are stacked by these typical extents of text faces (cap and
 * x-height, descenders, brackets) rather than by the line box's ascent and descent, which would set
 * fractions and scripts far too loosely.
 */
final class Ink {

    private static final String ASCENDERS = "bdfhiklt\u03B4\u03B8\u03BB\u03B2\u03B6\u03BE\u2202";
    private static final String DESCENDERS = "gjpqy\u03B2\u03B3\u03B6\u03B7\u03BC\u03BE\u03C1\u03C6\u03C7\u03C8\u03C2";
    private static final String FENCES = "()[]{}|\u2016\u27E8\u27E9\u2329\u232A\u230A\u230B\u2308\u2309";
    private static final String OPERATORS = "+\u2212-=<>\u00B1\u2213\u00D7\u00F7\u00B7\u2217\u2219\u2264\u2265\u2260\u2248\u2261\u223C\u2192\u2190\u2194\u21D2\u21D4";

    private Ink() {
    }

    static double ascent(int cp) {
        if (FENCES.indexOf(cp) >= 0) {
            return 0.75;
        }
        if (OPERATORS.indexOf(cp) >= 0) {
            return 0.55;
        }
        if (cp == '.' || cp == ',' || cp == '_') {
            return 0.1;
        }
        if (cp >= 'a' && cp <= 'z' || cp >= 0x03B1 && cp <= 0x03C9) {
            return ASCENDERS.indexOf(cp) >= 0 ? 0.69 : cp == 'j' ? 0.66 : 0.46;
        }
        if (cp >= 0x2200 && cp <= 0x22FF) {
            return 0.69;
        }
        if (Character.isIdeographic(cp)) {
            return 0.88;
        }
        return 0.69;
    }

    static double descent(int cp) {
        if (FENCES.indexOf(cp) >= 0) {
            return 0.25;
        }
        if (DESCENDERS.indexOf(cp) >= 0 || cp == ',' || cp == ';') {
            return 0.22;
        }
        if (cp == 0x222B || cp == 0x222C || cp == 0x222D || cp == 0x222E) {
            return 0.25;
        }
        if (Character.isIdeographic(cp)) {
            return 0.12;
        }
        return 0;
    }
}
