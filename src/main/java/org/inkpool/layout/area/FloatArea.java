package org.inkpool.layout.area;

import java.util.ArrayList;
import java.util.List;

/**
 * What floating objects leave free of a text area: the exclusions placed so far, and for a band
 * y..y+h of a column [left, right) the free segments, left to right. Empty areas answer with the
 * whole column at once, so pages without floats cost nothing.
 */
public final class FloatArea {

    private static final double EPS = 1e-6;
    private final List<Exclusion> exclusions = new ArrayList<>();

    public void add(Exclusion e) {
        if (e.right() > e.left() + EPS && e.bottom() > e.top() + EPS) {
            exclusions.add(e);
        }
    }

    /** Takes an object's room back (its paragraph moved on). */
    public void remove(Exclusion e) {
        for (int i = exclusions.size() - 1; i >= 0; i--) {
            if (exclusions.get(i) == e) {
                exclusions.remove(i);
                return;
            }
        }
    }

    public boolean isEmpty() {
        return exclusions.isEmpty();
    }

    /** Whether some object blocks part of the band. */
    public boolean meets(double left, double right, double top, double bottom) {
        for (Exclusion e : exclusions) {
            if (e.meets(top, bottom) && e.right() > left && e.left() < right) {
                return true;
            }
        }
        return false;
    }

    /** The free segments of the band within the column, left to right (none where an object spans it). */
    public List<Segment> free(double left, double right, double top, double bottom) {
        List<Segment> free = new ArrayList<>();
        free.add(new Segment(left, right));
        for (Exclusion e : exclusions) {
            if (!e.meets(top, bottom)) {
                continue;
            }
            double[] blocked = e.blocked(top, bottom);
            if (blocked == null || blocked[1] <= left || blocked[0] >= right) {
                continue;
            }
            double from = blocked[0];
            double to = blocked[1];
            switch (e.sides()) {
                case FULL_WIDTH -> {
                    from = left;
                    to = right;
                }
                case LEFT -> to = right;
                case RIGHT -> from = left;
                case LARGEST -> {
                    if (from - left >= right - to) {
                        to = right;
                    } else {
                        from = left;
                    }
                }
                default -> { }
            }
            free = cut(free, from, to);
        }
        return free;
    }

    private static List<Segment> cut(List<Segment> segments, double from, double to) {
        List<Segment> out = new ArrayList<>(segments.size() + 1);
        for (Segment s : segments) {
            if (to <= s.left() || from >= s.right()) {
                out.add(s);
                continue;
            }
            if (from > s.left() + EPS) {
                out.add(new Segment(s.left(), from));
            }
            if (to < s.right() - EPS) {
                out.add(new Segment(to, s.right()));
            }
        }
        return out;
    }

    /**
     * Where the band stops meeting an object: the smallest bottom among the objects that block it,
     * below {@code top}; text that fits nowhere moves down to there. Infinity when nothing blocks.
     */
    public double nextChange(double left, double right, double top, double bottom) {
        double next = Double.POSITIVE_INFINITY;
        for (Exclusion e : exclusions) {
            if (e.meets(top, bottom) && e.right() > left && e.left() < right && e.bottom() > top + EPS) {
                next = Math.min(next, e.bottom());
            }
        }
        return next;
    }
}
