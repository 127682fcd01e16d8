package org.inkpool.doc;

/** Lookups in the sorted start positions of a binary document's property runs (CHPX, PAPX). */
final class Starts {

    private Starts() {
    }

    /** The index of the last run starting at or before {@code cp}, or -1 when every run starts after it. */
    static int lastAtOrBefore(int[] starts, int cp) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= cp) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
