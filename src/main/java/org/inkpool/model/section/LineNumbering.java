package org.inkpool.model.section;

/**
 * A section's line numbers (w:lnNumType): every {@code countBy}-th line of the body shows its
 * number left of the text.
 *
 * @param countBy  show the numbers of lines divisible by this (w:countBy, at least 1)
 * @param start    the first line's number (w:start is that minus one; ECMA-376 §17.6.8)
 * @param distance points between the number's right end and the text (w:distance; Word uses 0.25 in
 *                 when it is absent)
 */
public record LineNumbering(int countBy, int start, double distance, Restart restart) {

    public enum Restart { NEW_PAGE, NEW_SECTION, CONTINUOUS }

    public LineNumbering {
        countBy = Math.max(1, countBy);
        restart = restart == null ? Restart.NEW_PAGE : restart;
    }
}
