package org.inkpool.layout.math;

/**
 * TeX's classes of math atoms, which decide the space between neighbours: a relation (=) gets a thick
 * space on each side, a binary operator (+) a medium one, punctuation a thin one after it.
 */
enum AtomClass {
    ORD, OP, BIN, REL, OPEN, CLOSE, PUNCT, INNER;

    private static final String RELATIONS = "=<>\u2264\u2265\u2260\u2248\u2261\u223C\u2245\u2243\u221D\u226A\u226B"
            + "\u2192\u2190\u2194\u21D2\u21D0\u21D4\u21A6\u2208\u2209\u220B\u2282\u2283\u2286\u2287\u2254\u2261\u22A2"
            + "\u2225\u22A5:";
    private static final String BINARIES = "+-\u2212\u00B1\u2213\u00D7\u00F7\u00B7\u2217\u2218\u2219\u222A\u2229"
            + "\u2227\u2228\u2295\u2297\u2216\u22C5*";

    static AtomClass of(int cp) {
        if (RELATIONS.indexOf(cp) >= 0) {
            return REL;
        }
        if (BINARIES.indexOf(cp) >= 0) {
            return BIN;
        }
        if (cp == '(' || cp == '[' || cp == '{' || cp == 0x27E8) {
            return OPEN;
        }
        if (cp == ')' || cp == ']' || cp == '}' || cp == 0x27E9 || cp == '!') {
            return CLOSE;
        }
        if (cp == ',' || cp == ';') {
            return PUNCT;
        }
        return ORD;
    }

    /**
     * The space between two neighbours, in eighteenths of an em (TeX's table of inter-atom spacing,
     * The TeXbook ch. 18); medium and thick spaces vanish in scripts.
     */
    static int space(AtomClass left, AtomClass right, boolean script) {
        int mu = switch (left) {
            case ORD -> right == OP ? 3 : right == BIN ? 4 : right == REL ? 5 : right == INNER ? 3 : 0;
            case OP -> right == ORD || right == OP ? 3 : right == REL ? 5 : right == INNER ? 3 : 0;
            case BIN -> right == ORD || right == OP || right == OPEN || right == INNER ? 4 : 0;
            case REL -> right == ORD || right == OP || right == OPEN || right == INNER ? 5 : 0;
            case OPEN, PUNCT -> left == PUNCT && right != CLOSE ? 3 : 0;
            case CLOSE -> right == OP ? 3 : right == BIN ? 4 : right == REL ? 5 : right == INNER ? 3 : 0;
            case INNER -> right == BIN ? 4 : right == REL ? 5 : right == CLOSE ? 0 : 3;
        };
        if (script && mu > 3) {
            return 0;
        }
        if (script && left == PUNCT) {
            return 0;
        }
        return mu;
    }
}
