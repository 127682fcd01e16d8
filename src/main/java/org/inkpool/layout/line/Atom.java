package org.inkpool.layout.line;

import org.inkpool.layout.font.FontFace;
import org.inkpool.layout.page.PageItem;
import org.inkpool.layout.script.BidiMirror;
import org.inkpool.model.InlineImage;
import org.inkpool.model.NoteReference;
import org.inkpool.model.style.TabStop;

/**
 * The smallest measured piece of a paragraph: one character, a tab, a break or an inline image.
 * Its measurements are fixed when it is made; its position ({@link #x}, {@link #width},
 * {@link #spread}) is written once, when the line it belongs to is placed.
 */
public final class Atom {

    public enum Kind {
        /** A visible character. */
        GLYPH,
        /** A breakable space (U+0020, U+3000): hangs at a line end, stretches when justified. */
        SPACE,
        /** U+00AD: takes no room and draws nothing unless the line breaks right after it. */
        SOFT_HYPHEN,
        TAB,
        LINE_BREAK,
        PAGE_BREAK,
        IMAGE;

        boolean isBreak() {
            return this == LINE_BREAK || this == PAGE_BREAK;
        }
    }

    public final Kind kind;
    /** The code point drawn (after caps); '-' for a soft hyphen. */
    public final int codePoint;
    /** The face drawing the glyph (or, for tabs and breaks, the face of a space in their run). Null for images. */
    final FontFace face;
    /** Drawing size (reduced for superscript, subscript and small caps). */
    final double size;
    /** Natural advance including the run's character spacing. */
    public final double advance;
    /** Room taken above the baseline of the line: ascent, the font's external leading, any raise. */
    final double above;
    /** Room taken below the baseline of the line, including any lowering. */
    public final double below;
    /** The glyphs' own ascent plus any raise, without the external leading (for EXACT lines). */
    public final double ascent;
    /** Baseline raise (positive up) of superscript / lowering (negative) of subscript. */
    final double shift;
    /** Null for images. */
    public final RunStyle style;
    final InlineImage image;
    final double imageHeight;
    /** For a vector drawing (kind IMAGE, image null): its items, scaled, relative to the drawing's top-left. */
    final java.util.List<PageItem> drawing;
    /** For an equation (kind IMAGE, image and drawing null): its laid-out box, standing on the baseline. */
    final org.inkpool.layout.math.MathBox math;

    /** Start position, from the text column's left edge, set when the line is placed. */
    public double x;
    /** Width on the line: the advance, a tab's resolved width, a soft hyphen's when it is shown. */
    public double width;
    /** Extra room after this atom put in by justification or distribution. */
    public double spread;
    /** Bidi embedding level on its line (odd = right to left), set when the line is reordered. */
    public byte level;
    /** Drawing order on a reordered line (left to right, a right-to-left mark before its letter). */
    public int visualOrder;
    /** For tabs: the leader of the stop the tab went to. */
    TabStop.TabLeader leader = TabStop.TabLeader.NONE;
    /** Set on the first atom of a footnote or endnote reference mark: the note whose text it calls. */
    public NoteReference note;
    /** A PAGE_BREAK atom that came from a column break: it ends the column where the section has columns. */
    public boolean columnBreak;
    /**
     * For a shaped character ({@link AtomShaper}): the glyphs of the cluster it begins, or no glyphs where an
     * earlier character's cluster took it in. Null for text drawn character by character.
     */
    ClusterGlyphs glyphs;

    private Atom(Kind kind, int codePoint, FontFace face, double size, double advance, double above, double below,
                 double ascent, double shift, RunStyle style, InlineImage image, double imageHeight,
                 java.util.List<PageItem> drawing, org.inkpool.layout.math.MathBox math) {
        this.kind = kind;
        this.codePoint = codePoint;
        this.face = face;
        this.size = size;
        this.advance = advance;
        this.above = above;
        this.below = below;
        this.ascent = ascent;
        this.shift = shift;
        this.style = style;
        this.image = image;
        this.imageHeight = imageHeight;
        this.drawing = drawing;
        this.math = math;
    }

    static Atom text(Kind kind, int codePoint, FontFace face, double size, double advance, double above,
                     double below, double ascent, double shift, RunStyle style) {
        return new Atom(kind, codePoint, face, size, advance, above, below, ascent, shift, style, null, 0, null, null);
    }

    /** A picture stands on the baseline and has no descent (R§2.4). */
    static Atom image(InlineImage image, double width, double height) {
        return new Atom(Kind.IMAGE, 0xFFFC, null, 0, width, height, 0, height, 0, null, image, height, null, null);
    }

    /** A vector drawing sits like a picture: on the baseline, no descent. */
    static Atom drawing(java.util.List<PageItem> items, double width, double height) {
        return new Atom(Kind.IMAGE, 0xFFFC, null, 0, width, height, 0, height, 0, null, null, height, items, null);
    }

    /**
     * An equation: its box's ascent and descent, with at least {@code above} and {@code below} (the extents
     * of the text it stands in), so a taller equation grows its line and a flat one keeps the text's height.
     */
    static Atom math(org.inkpool.layout.math.MathBox box, double above, double below, double ascent) {
        return new Atom(Kind.IMAGE, 0xFFFC, null, 0, box.width(), Math.max(above, box.ascent()),
                Math.max(below, box.descent()), Math.max(ascent, box.ascent()), 0, null, null, 0, null, box);
    }

    /** This character as shaping made it: {@code newAdvance} wide, drawing {@code clusterGlyphs}. */
    Atom shaped(double newAdvance, ClusterGlyphs clusterGlyphs) {
        Atom a = new Atom(kind, codePoint, face, size, newAdvance, above, below, ascent, shift, style, image,
                imageHeight, drawing, math);
        a.glyphs = clusterGlyphs;
        a.note = note;
        a.columnBreak = columnBreak;
        return a;
    }

    /** Content that counts for the line's width: everything but spaces, breaks and unbroken soft hyphens. */
    public boolean isContent() {
        return kind == Kind.GLYPH || kind == Kind.IMAGE || kind == Kind.TAB;
    }

    /** The character to draw: in right-to-left text a bracket is drawn as its mirror image (UAX #9 L4). */
    int drawnCodePoint() {
        return (level & 1) != 0 ? BidiMirror.of(codePoint) : codePoint;
    }

    boolean isSpace() {
        return kind == Kind.SPACE;
    }

    @Override
    public String toString() {
        return kind + "'" + new String(Character.toChars(codePoint)) + "'@" + x;
    }
}
