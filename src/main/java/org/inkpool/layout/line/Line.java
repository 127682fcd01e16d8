package org.inkpool.layout.line;

/**
 * One placed line of a paragraph: atoms [from, to) with their final x, its vertical box, how it
 * ended, and whether its words must be drawn one by one (justified lines: PDF word spacing does not
 * apply to composite fonts, so the stretch is expressed by positions). Beside floats a line may be
 * moved down ({@code skip}, space above it where no segment could take it) or share the band of the
 * line before it ({@code sameBand}: text on both sides of an object).
 */
public record Line(int from, int to, LineBox box, LineBreaker.End end, boolean wordByWord, double skip, boolean sameBand) {

    /** A line directly under the one before it. */
    public Line(int from, int to, LineBox box, LineBreaker.End end, boolean wordByWord) {
        this(from, to, box, end, wordByWord, 0, false);
    }

    /** The same line moved down by {@code skip} past a float, or set beside the line before it on its band. */
    public Line placed(double skip, boolean sameBand) {
        return new Line(from, to, box, end, wordByWord, skip, sameBand);
    }

    public boolean endsPage() {
        return end == LineBreaker.End.PAGE_BREAK;
    }

    /** The width of this line's atoms up to its last content (spaces hanging at its end left out). */
    public double naturalWidth(java.util.List<Atom> atoms) {
        return LineAligner.naturalWidth(atoms, this);
    }
}
