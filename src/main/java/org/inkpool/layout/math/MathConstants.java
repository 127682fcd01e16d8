package org.inkpool.layout.math;

/**
 * The measurements math layout works with, as fractions of the font size (em), named as the OpenType
 * MATH table names them. {@link #TEX_LIKE} are TeX's values for Computer Modern (The TeXbook, appendix G,
 * font parameters σ and ξ of cmsy10/cmex10) with the script sizes of Cambria Math (73 % and 60 %, as Word
 * shows them): used where the math font brings no MATH table of its own.
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
            0.111, 0.2, 0.167, 0.6,
            1.45,
            0.901, 0.5,
            0.12, 0.12,
            1.0, 0.3);
}
