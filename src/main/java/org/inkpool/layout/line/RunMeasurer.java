package org.inkpool.layout.line;

import org.inkpool.layout.font.FaceCache;
import org.inkpool.layout.font.FontFace;
import org.inkpool.layout.paginate.LineGrid;
import org.inkpool.model.InlineDrawing;
import org.inkpool.model.InlineImage;
import org.inkpool.model.MathZone;
import org.inkpool.layout.math.MathBox;
import org.inkpool.layout.math.MathConstants;
import org.inkpool.layout.math.MathLayout;
import org.inkpool.model.section.DocGrid;
import org.inkpool.model.style.RunProps;
import org.inkpool.model.style.Script;

import java.util.List;

/**
 * Turns runs into measured {@link Atom}s: picks each character's face, applies caps, small caps,
 * superscript/subscript and character spacing, and drops hidden text.
 */
public final class RunMeasurer {

    /** Superscript/subscript size and offsets, as fractions of the run size (word-layout-facts §2, R§2.6). */
    static final double SCRIPT_SCALE = 0.65;
    static final double SUPERSCRIPT_RAISE = 0.36;
    static final double SUBSCRIPT_DROP = 0.16;
    /**
     * Small caps draw lowercase letters as capitals "two points smaller than the actual font size"
     * (ECMA-376 Part 1 §17.3.2.33 smallCaps). Never below half the size, so tiny text stays legible.
     */
    static final double SMALL_CAPS_REDUCTION = 2.0;

    private static final int SOFT_HYPHEN = 0x00AD;

    private final FaceCache faces;
    private MathLayout mathLayout;
    // metrics of the last face/size asked for: runs reuse one face for long stretches
    private FontFace lastFace;
    private double lastSize = -1;
    private double lastLineHeight;
    private double lastAbove;
    private double lastBelow;
    private double lastAscent;

    /** The document grid the text being measured lies on (NONE: no grid, or not snapping). */
    private DocGrid grid = DocGrid.NONE;

    public RunMeasurer(FaceCache faces) {
        this.faces = faces;
    }

    /** The grid whose character pitch spreads the next runs' characters (NONE for none). */
    public void grid(DocGrid newGrid) {
        this.grid = newGrid == null ? DocGrid.NONE : newGrid;
    }

    public void addText(String text, RunProps props, List<Atom> out) {
        addText(text, props, null, out);
    }

    /** Text whose atoms lead to {@code link} when clicked (null: nowhere). */
    public void addText(String text, RunProps props, org.inkpool.model.LinkTarget link, List<Atom> out) {
        if (props.hidden() || text.isEmpty()) {
            return; // hidden text takes no space (facts §12.10)
        }
        RunStyle plainStyle = RunStyle.of(props, link, LineGrid.charExtra(grid, 'a'));
        RunStyle eastAsianStyle = grid.spacesChars()
                ? RunStyle.of(props, link, LineGrid.charExtra(grid, 0x4E00)) : plainStyle;
        double baseSize = scriptSize(props);
        double shift = shift(props);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x20 || cp == 0x7F) {
                continue; // control characters have no glyph; tabs and breaks arrive as their own inlines
            }
            RunStyle style = Script.isEastAsian(cp) ? eastAsianStyle : plainStyle;
            double size = baseSize;
            int drawn = cp;
            if (props.caps() || props.smallCaps()) {
                int upper = Character.toUpperCase(cp);
                if (props.smallCaps() && !props.caps() && upper != cp) {
                    size = smallCapsSize(baseSize, props.size());
                }
                drawn = upper;
            }
            Atom previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (isJoiner(drawn) && previous != null && previous.kind == Atom.Kind.GLYPH && previous.style == style) {
                // a joiner belongs to the letters it sits between: drawn (invisibly) in their font, it
                // stays inside their word for text extraction
                out.add(atom(Atom.Kind.GLYPH, drawn, previous.face, size, style.charSpacing(), shift, style));
                continue;
            }
            out.add(measure(drawn, size, shift, props, style));
        }
    }

    private static boolean isJoiner(int cp) {
        return cp == 0x200C || cp == 0x200D;
    }

    private Atom measure(int cp, double size, double shift, RunProps props, RunStyle style) {
        if (cp == SOFT_HYPHEN) {
            FontFace face = faces.faceFor(props.fontFor('-'), props.bold(), props.italic(), '-');
            return atom(Atom.Kind.SOFT_HYPHEN, '-', face, size, face.advance('-', size) * style.scale()
                    + style.charSpacing(), shift, style);
        }
        FontFace face = faces.faceFor(props.fontFor(cp), props.bold(), props.italic(), cp);
        Atom.Kind kind = cp == ' ' || cp == 0x3000 ? Atom.Kind.SPACE : Atom.Kind.GLYPH;
        return atom(kind, cp, face, size, face.advance(cp, size) * style.scale() + style.charSpacing(), shift, style);
    }

    /** A tab: its width is only known when the line is placed. */
    public void addTab(RunProps props, List<Atom> out) {
        if (!props.hidden()) {
            out.add(spaceLike(Atom.Kind.TAB, props));
        }
    }

    /** A line or page break (a column break counts as a page break while columns are not laid out). */
    public void addBreak(Atom.Kind kind, RunProps props, List<Atom> out) {
        if (!props.hidden()) {
            out.add(spaceLike(kind, props));
        }
    }

    /** An inline picture, scaled down (aspect kept) to fit the given width and height. */
    public void addImage(InlineImage image, double maxWidth, double maxHeight, List<Atom> out) {
        double w = Math.max(0, image.width());
        double h = Math.max(0, image.height());
        double scale = fitScale(w, h, maxWidth, maxHeight);
        out.add(Atom.image(image, w * scale, h * scale));
    }

    /**
     * An equation laid out in two dimensions, one unbreakable atom on the baseline; the line keeps at
     * least the height of the equation's font and grows with a taller equation.
     */
    public void addMath(MathZone zone, List<Atom> out) {
        RunProps props = zone.props() == null ? RunProps.DEFAULT : zone.props();
        if (props.hidden()) {
            return;
        }
        if (mathLayout == null) {
            mathLayout = new MathLayout(faces, MathConstants.TEX_LIKE);
        }
        MathBox box = mathLayout.layout(zone);
        FontFace face = faces.faceFor(props.fontAscii(), props.bold(), props.italic(), 'x');
        if (face.mathConstants() != null) {
            // a math font's line metrics cover its tallest stretchy glyphs (several em): the equation's own
            // box sizes its part of the line, the text around it (and the paragraph mark) the rest
            out.add(Atom.math(box, 0, 0, 0));
            return;
        }
        load(face, props.size());
        out.add(Atom.math(box, lastAbove, lastBelow, lastAscent));
    }

    /** A vector drawing, scaled down (aspect kept, text and strokes too) to fit like a picture. */
    public void addDrawing(InlineDrawing drawing, double maxWidth, double maxHeight, List<Atom> out) {
        double w = Math.max(0, drawing.width());
        double h = Math.max(0, drawing.height());
        double scale = fitScale(w, h, maxWidth, maxHeight);
        out.add(Atom.drawing(DrawingItems.resolve(drawing, scale, faces), w * scale, h * scale));
    }

    /** The factor (at most 1, aspect kept) that makes a w × h box fit within maxWidth × maxHeight. */
    private static double fitScale(double w, double h, double maxWidth, double maxHeight) {
        double scale = 1;
        if (w > maxWidth && maxWidth > 0) {
            scale = maxWidth / w;
        }
        if (h * scale > maxHeight && maxHeight > 0) {
            scale = maxHeight / h;
        }
        return scale;
    }

    /** Room above and below the baseline of an empty line in this font (the paragraph mark's line), and its ascent. */
    public double[] extents(RunProps props) {
        FontFace face = faces.faceFor(props.fontAscii(), props.bold(), props.italic(), ' ');
        load(face, props.size());
        return new double[] {lastAbove, lastBelow, lastAscent};
    }

    /** Word's single line height of the paragraph-mark (or any run's) font. */
    public double singleLineHeight(RunProps props) {
        FontFace face = faces.faceFor(props.fontAscii(), props.bold(), props.italic(), ' ');
        load(face, props.size());
        return lastLineHeight;
    }

    private Atom spaceLike(Atom.Kind kind, RunProps props) {
        FontFace face = faces.faceFor(props.fontFor(' '), props.bold(), props.italic(), ' ');
        return atom(kind, ' ', face, scriptSize(props), 0, shift(props), RunStyle.of(props));
    }

    private Atom atom(Atom.Kind kind, int cp, FontFace face, double size, double advance, double shift,
                      RunStyle style) {
        load(face, size);
        return Atom.text(kind, cp, face, size, advance, lastAbove + shift, lastBelow - shift, lastAscent + shift,
                shift, style);
    }

    /**
     * Where Word's single line height (face.lineHeight, facts §2) sits around the baseline: the
     * descent below it, the ascent and the font's external leading (what the line height adds to
     * ascent + descent) above it, as Word places its baseline at "ascent + external leading"
     * (docx4j word-layout-rules R§2.3, measured within 0.1 pt of Word). A face whose line height is
     * smaller than its ascent + descent gets it split in their ratio.
     */
    private void load(FontFace face, double size) {
        if (face == lastFace && size == lastSize) {
            return;
        }
        double ascent = Math.max(0, face.ascent(size));
        double descent = Math.max(0, face.descent(size));
        double lineHeight = face.lineHeight(size);
        if (ascent + descent <= 0) {
            lastAbove = lineHeight * 0.8;
            lastBelow = lineHeight * 0.2;
            lastAscent = lastAbove;
        } else if (lineHeight >= ascent + descent) {
            lastAbove = lineHeight - descent;
            lastBelow = descent;
            lastAscent = ascent;
        } else {
            lastAbove = lineHeight * ascent / (ascent + descent);
            lastBelow = lineHeight - lastAbove;
            lastAscent = lastAbove;
        }
        lastLineHeight = lineHeight;
        lastFace = face;
        lastSize = size;
    }

    public static double smallCapsSize(double drawSize, double runSize) {
        if (runSize <= 0) {
            return drawSize;
        }
        return Math.max(drawSize - SMALL_CAPS_REDUCTION * drawSize / runSize, drawSize / 2);
    }

    private static double scriptSize(RunProps props) {
        return props.verticalAlign() == RunProps.VerticalAlign.BASELINE || props.verticalAlign() == null
                ? props.size() : props.size() * SCRIPT_SCALE;
    }

    /** How far the run's baseline is raised: superscript/subscript, plus w:position. */
    private static double shift(RunProps props) {
        return scriptShift(props) + props.raise();
    }

    private static double scriptShift(RunProps props) {
        if (props.verticalAlign() == RunProps.VerticalAlign.SUPERSCRIPT) {
            return props.size() * SUPERSCRIPT_RAISE;
        }
        if (props.verticalAlign() == RunProps.VerticalAlign.SUBSCRIPT) {
            return -props.size() * SUBSCRIPT_DROP;
        }
        return 0;
    }
}
