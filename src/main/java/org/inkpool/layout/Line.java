package org.inkpool.layout;

/**
 * One placed line of a paragraph: atoms [from, to) with their final x, its vertical box, how it
 * ended, and whether its words must be drawn one by one (justified lines: PDF word spacing does not
 * apply to composite fonts, so the stretch is expressed by positions).
 */
record Line(int from, int to, LineBox box, LineBreaker.End end, boolean wordByWord) {

    boolean endsPage() {
        return end == LineBreaker.End.PAGE_BREAK;
    }
}
