package org.inkpool.model.style;

/** A custom tab stop, its position in points from the text column's left edge. */
public record TabStop(double position, TabAlignment alignment, TabLeader leader) {
    public enum TabAlignment { LEFT, CENTER, RIGHT, DECIMAL, BAR }

    public enum TabLeader { NONE, DOT, HYPHEN, UNDERSCORE, MIDDLE_DOT, HEAVY }
}
