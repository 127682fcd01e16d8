package org.inkpool.layout.line;

import org.inkpool.model.style.TabStop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A paragraph's tab stops (word-layout-facts §5): its custom stops plus the implicit stop at the
 * left indent of a hanging paragraph, then default stops every {@code defaultTabStop} from the
 * margin after the last custom stop. Positions are from the text column's left edge.
 */
public final class TabStops {

    /** Where a tab goes. */
    record Resolved(double position, TabStop.TabAlignment alignment, TabStop.TabLeader leader) {
    }

    private static final double EPS = 1e-6;
    private static final double WORD_DEFAULT_INTERVAL = 36; // 720 twips when absent (E§17.15.1.25)

    private final List<TabStop> stops;
    private final double lastCustom;
    private final double interval;

    /**
     * @param hangingStop the left indent of a paragraph with a hanging indent, or NaN when there is none
     */
    public TabStops(List<TabStop> custom, double defaultInterval, double hangingStop) {
        List<TabStop> all = new ArrayList<>();
        double last = Double.NEGATIVE_INFINITY;
        for (TabStop stop : custom) {
            if (stop.alignment() != TabStop.TabAlignment.BAR) { // a bar tab draws a line; it is no stop
                all.add(stop);
                last = Math.max(last, stop.position());
            }
        }
        if (!Double.isNaN(hangingStop)) {
            all.add(new TabStop(hangingStop, TabStop.TabAlignment.LEFT, TabStop.TabLeader.NONE));
        }
        all.sort(Comparator.comparingDouble(TabStop::position));
        this.stops = all;
        this.lastCustom = last;
        this.interval = defaultInterval > 0 ? defaultInterval : WORD_DEFAULT_INTERVAL;
    }

    /** The first stop strictly after {@code x}: a stop exactly at x is skipped, and Word never goes back. */
    Resolved next(double x) {
        for (TabStop stop : stops) {
            if (stop.position() > x + EPS) {
                return new Resolved(stop.position(),
                        stop.alignment() == null ? TabStop.TabAlignment.LEFT : stop.alignment(),
                        stop.leader() == null ? TabStop.TabLeader.NONE : stop.leader());
            }
        }
        double from = Math.max(x, lastCustom);
        double position = (Math.floor(from / interval + EPS) + 1) * interval;
        return new Resolved(position, TabStop.TabAlignment.LEFT, TabStop.TabLeader.NONE);
    }
}
