package org.inkpool.layout.line;

/**
 * The vertical geometry of one line.
 *
 * @param height    how far the next line starts below this one's top
 * @param fitHeight how much of it must fit above the body bottom (the extra of an AUTO multiple
 *                  lies below the text and may hang past the page bottom, facts §2)
 * @param baseline  distance from the line top to the baseline
 * @param above     the text's extent above the baseline
 * @param below     the text's extent below the baseline
 */
public record LineBox(double height, double fitHeight, double baseline, double above, double below) {
}
