package org.inkpool.model.style;

/**
 * Resolved character properties. Font names are the names the document asks for (after theme
 * fonts are resolved); mapping them to real font files is the font registry's job.
 *
 * @param fontAscii     w:ascii — characters up to U+007F
 * @param fontHAnsi     w:hAnsi — other Latin, Greek, Cyrillic…
 * @param fontEastAsia  w:eastAsia — CJK ideographs, kana, hangul, full-width forms
 * @param fontCs        w:cs — complex scripts (Arabic, Hebrew, Thai…)
 * @param size          points
 * @param spacing       extra points after every character (w:spacing)
 * @param color         null = automatic (black)
 * @param highlight     background of the text (w:highlight or w:shd fill), or null
 * @param raise         points the text is raised above the baseline, negative lowers it (w:position)
 * @param scale         horizontal scale of the characters, 1 = 100 % (w:w)
 */
public record RunProps(String fontAscii, String fontHAnsi, String fontEastAsia, String fontCs,
                       double size, boolean bold, boolean italic,
                       Underline underline, boolean strike, boolean doubleStrike,
                       boolean caps, boolean smallCaps, VerticalAlign verticalAlign,
                       Rgb color, Rgb highlight, double spacing, boolean hidden, double raise, double scale,
                       double kern, int ligatures) {

    /** {@link #ligatures} flag: standard ligatures (OpenType liga), w14:ligatures "standard…" or "all". */
    public static final int LIGATURES_STANDARD = 1;
    public static final int LIGATURES_CONTEXTUAL = 2;
    public static final int LIGATURES_HISTORICAL = 4;
    public static final int LIGATURES_DISCRETIONAL = 8;

    /**
     * @param kern      w:kern: the smallest font size (points) that is kerned; 0 = no kerning
     * @param ligatures w14:ligatures as {@code LIGATURES_*} flags; 0 = none (Word's default)
     */
    public RunProps {
        scale = scale > 0 ? scale : 1;
        kern = kern > 0 ? kern : 0;
    }

    /** Neither kerned nor with ligatures (the parameter list from before {@code kern}). */
    public RunProps(String fontAscii, String fontHAnsi, String fontEastAsia, String fontCs,
                    double size, boolean bold, boolean italic,
                    Underline underline, boolean strike, boolean doubleStrike,
                    boolean caps, boolean smallCaps, VerticalAlign verticalAlign,
                    Rgb color, Rgb highlight, double spacing, boolean hidden, double raise, double scale) {
        this(fontAscii, fontHAnsi, fontEastAsia, fontCs, size, bold, italic, underline, strike, doubleStrike, caps,
                smallCaps, verticalAlign, color, highlight, spacing, hidden, raise, scale, 0, 0);
    }

    /** Whether text of this run at {@code drawSize} is kerned (Word kerns from the w:kern size up). */
    public boolean kerns(double drawSize) {
        return kern > 0 && drawSize >= kern;
    }

    /** Whether the run asks for the font's standard ligatures. */
    public boolean standardLigatures() {
        return (ligatures & LIGATURES_STANDARD) != 0;
    }

    /** Text neither raised nor scaled (the parameter list from before {@code raise}). */
    public RunProps(String fontAscii, String fontHAnsi, String fontEastAsia, String fontCs,
                    double size, boolean bold, boolean italic,
                    Underline underline, boolean strike, boolean doubleStrike,
                    boolean caps, boolean smallCaps, VerticalAlign verticalAlign,
                    Rgb color, Rgb highlight, double spacing, boolean hidden) {
        this(fontAscii, fontHAnsi, fontEastAsia, fontCs, size, bold, italic, underline, strike, doubleStrike, caps,
                smallCaps, verticalAlign, color, highlight, spacing, hidden, 0, 1, 0, 0);
    }

    public static final RunProps DEFAULT = new RunProps("Times New Roman", "Times New Roman", "SimSun",
            "Times New Roman", 10, false, false, Underline.NONE, false, false, false, false,
            VerticalAlign.BASELINE, null, null, 0, false);

    public enum Underline { NONE, SINGLE, DOUBLE, THICK, DOTTED, DASHED, WAVY, WORDS }

    public enum VerticalAlign { BASELINE, SUPERSCRIPT, SUBSCRIPT }

    /** The font the document asks for to draw this character (Word's per-character font slot choice). */
    public String fontFor(int codePoint) {
        return switch (Script.of(codePoint)) {
            case ASCII -> fontAscii;
            case EAST_ASIAN -> fontEastAsia;
            case COMPLEX -> fontCs;
            case OTHER -> fontHAnsi;
        };
    }

    public RunProps withSize(double newSize) {
        return new RunProps(fontAscii, fontHAnsi, fontEastAsia, fontCs, newSize, bold, italic, underline, strike,
                doubleStrike, caps, smallCaps, verticalAlign, color, highlight, spacing, hidden, raise, scale, kern,
                ligatures);
    }
}
