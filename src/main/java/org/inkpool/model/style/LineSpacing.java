package org.inkpool.model.style;

/**
 * Line spacing (w:spacing/@line, @lineRule).
 *
 * @param value for AUTO a multiple of single spacing (1.15 = 276/240); for EXACT and AT_LEAST points
 */
public record LineSpacing(LineRule rule, double value) {
    public static final LineSpacing SINGLE = new LineSpacing(LineRule.AUTO, 1.0);

    public enum LineRule { AUTO, EXACT, AT_LEAST }
}
