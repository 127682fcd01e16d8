package org.inkpool.model;

import org.inkpool.model.style.RunProps;

/**
 * One equation (an m:oMath) in a paragraph, laid out in two dimensions.
 *
 * @param content    the equation's structure
 * @param linearText its linear form (Word's linear format), the text a reader copies out of the PDF
 * @param props      the character properties at the equation (size, colour) — its font is the math font
 * @param display    true for display math (in an m:oMathPara): larger operators and limits above and below
 */
public record MathZone(MathNode.Row content, String linearText, RunProps props, boolean display) implements Inline {
}
