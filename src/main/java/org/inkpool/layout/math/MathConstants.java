package org.inkpool.layout.math;

/**
 * The measurements math layout works with, as fractions of the font size (em), named as the OpenType
 * MATH table names them. {@link #TEX_LIKE} are TeX's values for Computer Modern (The TeXbook, appendix G,
 * font parameters σ and ξ of cmsy10/cmex10) with the script sizes of Cambria Math (73 % and 60 %, as Word
 * shows them; the limits' least baseline rise and drop are half TeX's ξ11 and ξ12, which leave limits
 * detached at text sizes): used where the math font brings no MATH table of its own; {@link #fromOpenType} takes a
 * font's own.
 */
public record MathConstants(
        double scriptPercentScaleDown,
        double scriptScriptPercentScaleDown,
        double axisHeight,
        double xHeight,
        double fractionRuleThickness,
        double fractionNumeratorDisplayShiftUp,
        double fractionNumeratorShiftUp,
        double fractionDenominatorDisplayShiftDown,
        double fractionDenominatorShiftDown,
        double fractionNumDisplayGapMin,
        double fractionNumeratorGapMin,
        double fractionDenomDisplayGapMin,
        double fractionDenominatorGapMin,
        double superscriptShiftUp,
        double superscriptShiftUpCramped,
        double superscriptBaselineDropMax,
        double superscriptBottomMin,
        double subscriptShiftDown,
        double subscriptBaselineDropMin,
        double subscriptTopMax,
        double subSuperscriptGapMin,
        double spaceAfterScript,
        double radicalVerticalGap,
        double radicalDisplayStyleVerticalGap,
        double radicalRuleThickness,
        double radicalExtraAscender,
        double radicalDegreeBottomRaisePercent,
        double upperLimitGapMin,
        double upperLimitBaselineRiseMin,
        double lowerLimitGapMin,
        double lowerLimitBaselineDropMin,
        double displayOperatorScale,
        double delimiterFactor,
        double delimiterShortfall,
        double overbarVerticalGap,
        double underbarVerticalGap,
        double matrixColumnGap,
        double matrixRowGap) {

    public static final MathConstants TEX_LIKE = new MathConstants(
            0.73, 0.60,
            0.25, 0.43,
            0.05,
            0.677, 0.394, 0.686, 0.345,
            0.15, 0.05, 0.15, 0.05,
            0.413, 0.289, 0.386, 0.108,
            0.15, 0.05, 0.344, 0.2,
            0.056,
            0.0625, 0.16, 0.05, 0.05, 0.6,
            0.111, 0.1, 0.167, 0.3,
            1.45,
            0.901, 0.5,
            0.12, 0.12,
            1.0, 0.3);

    /**
     * The constants of a font's OpenType MATH table ({@code v}: MathConstants in the specification's order,
     * percentages as percentages, the rest in em); what the table does not hold (x-height, the delimiter
     * rules, the display operators' scale, matrix gaps) comes from {@code rest}.
     */
    public static MathConstants fromOpenType(double[] v, MathConstants rest) {
        if (v == null || v.length < 56) {
            return rest;
        }
        return new MathConstants(
                v[0] > 0 ? v[0] / 100 : rest.scriptPercentScaleDown(),
                v[1] > 0 ? v[1] / 100 : rest.scriptScriptPercentScaleDown(),
                v[5], rest.xHeight(),
                v[38],
                v[33], v[32], v[35], v[34],
                v[37], v[36], v[40], v[39],
                // the baseline drops are in the base's em there; layout scales these two by the script's em
                v[11], v[12], v[14] / scale(v[0], rest), v[13],
                v[8], v[10] / scale(v[0], rest), v[9], v[15],
                v[17],
                v[49], v[50], v[51], v[52], v[55] / 100,
                v[18], v[19], v[20], v[21],
                rest.displayOperatorScale(),
                rest.delimiterFactor(), rest.delimiterShortfall(),
                v[43], v[46],
                rest.matrixColumnGap(), rest.matrixRowGap());
    }

    private static double scale(double percent, MathConstants rest) {
        return percent > 0 ? percent / 100 : rest.scriptPercentScaleDown();
    }
}
