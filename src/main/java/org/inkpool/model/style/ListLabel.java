package org.inkpool.model.style;

/**
 * The rendered label of a numbered or bulleted paragraph ("2.1.", "iv)", "•").
 * Symbol-font bullets are already mapped to Unicode by the reader.
 *
 * @param suffix what separates the label from the text (w:suff)
 */
public record ListLabel(String text, RunProps props, Suffix suffix, Alignment alignment) {
    public enum Suffix { TAB, SPACE, NOTHING }
}
