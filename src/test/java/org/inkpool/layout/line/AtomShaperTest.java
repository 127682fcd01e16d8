package org.inkpool.layout.line;

import org.inkpool.layout.font.FaceCache;
import org.inkpool.layout.font.FontFace;
import org.inkpool.layout.font.GlyphShaper;
import org.inkpool.layout.font.ShapedText;
import org.inkpool.model.style.RunProps;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The shaping step on measured characters, with a shaper whose answers are known. */
class AtomShaperTest {

    /**
     * Every glyph id is its character's code; "fi" becomes one glyph 0xFB01 half an em wide; with kerning
     * "AV" closes up by 0.1 em; each character is otherwise 0.5 em wide.
     */
    private static final class FakeShaper implements GlyphShaper {
        int calls;

        @Override
        public ShapedText shape(char[] text, int start, int limit, boolean rightToLeft, boolean kerning,
                                boolean ligatures) {
            calls++;
            List<int[]> glyphs = new ArrayList<>(); // {id, cluster}
            for (int i = start; i < limit; i++) {
                if (ligatures && text[i] == 'f' && i + 1 < limit && text[i + 1] == 'i') {
                    glyphs.add(new int[] {0xFB01, i});
                    i++;
                } else {
                    glyphs.add(new int[] {text[i], i});
                }
            }
            int n = glyphs.size();
            int[] ids = new int[n];
            int[] clusters = new int[n];
            double[] x = new double[n];
            double pen = 0;
            for (int g = 0; g < n; g++) {
                ids[g] = glyphs.get(g)[0];
                clusters[g] = glyphs.get(g)[1];
                x[g] = pen;
                pen += 0.5;
                if (kerning && ids[g] == 'A' && g + 1 < n && glyphs.get(g + 1)[0] == 'V') {
                    pen -= 0.1;
                }
            }
            return new ShapedText(ids, x, new double[n], clusters, pen);
        }
    }

    private static final class Face implements FontFace {
        final FakeShaper shaper = new FakeShaper();

        @Override
        public String name() {
            return "Fake";
        }

        @Override
        public double advance(int codePoint, double size) {
            return 0.5 * size;
        }

        @Override
        public double ascent(double size) {
            return 0.8 * size;
        }

        @Override
        public double descent(double size) {
            return 0.2 * size;
        }

        @Override
        public double lineHeight(double size) {
            return 1.2 * size;
        }

        @Override
        public GlyphShaper shaper() {
            return shaper;
        }

        @Override
        public boolean substitutes() {
            return true;
        }
    }

    private final Face face = new Face();
    private final RunMeasurer measurer = new RunMeasurer(new FaceCache((family, bold, italic, cp) -> face));

    private List<Atom> shaped(String text, RunProps props) {
        List<Atom> atoms = new ArrayList<>();
        measurer.addText(text, props, atoms);
        new AtomShaper().shape(atoms, false);
        return atoms;
    }

    private static RunProps props(double kern, int ligatures) {
        RunProps d = RunProps.DEFAULT;
        return new RunProps(d.fontAscii(), d.fontHAnsi(), d.fontEastAsia(), d.fontCs(), 10, false, false,
                RunProps.Underline.NONE, false, false, false, false, RunProps.VerticalAlign.BASELINE, null, null, 0,
                false, 0, 1, kern, ligatures);
    }

    @Test
    void plainLatinWithoutKerningOrLigaturesNeverReachesTheShaper() {
        List<Atom> atoms = shaped("AVfi office", props(0, 0));
        assertThat(face.shaper.calls).isZero();
        assertThat(atoms).allMatch(a -> a.glyphs == null);
    }

    @Test
    void kerningFromTheRunsThresholdNarrowsThePair() {
        List<Atom> kerned = shaped("AVA", props(8, 0));
        assertThat(kerned.get(0).advance).isEqualTo(4.0, within(1e-9)); // 0.5 em − 0.1 em at 10 pt
        assertThat(kerned.get(1).advance).isEqualTo(5.0, within(1e-9));
        assertThat(kerned.get(0).glyphs.ids()).containsExactly('A');

        List<Atom> belowThreshold = shaped("AVA", props(12, 0)); // kerned only from 12 pt up
        assertThat(belowThreshold).allMatch(a -> a.glyphs == null);
    }

    @Test
    void aLigatureIsOneClusterOnItsFirstCharacterAndTheSecondTakesNoRoom() {
        List<Atom> atoms = shaped("fit", props(0, RunProps.LIGATURES_STANDARD));
        assertThat(atoms).hasSize(3);
        assertThat(atoms.get(0).glyphs.ids()).containsExactly(0xFB01);
        assertThat(atoms.get(0).glyphs.text()).isEqualTo("fi");
        assertThat(atoms.get(1).glyphs.isAbsorbed()).isTrue();
        assertThat(atoms.get(1).advance).isZero();
        assertThat(atoms.get(2).glyphs.ids()).containsExactly('t');
        assertThat(atoms.get(0).advance + atoms.get(2).advance).isEqualTo(10.0, within(1e-9));
    }

    @Test
    void wordsAreShapedOnceAndSpacesStayPlain() {
        AtomShaper shaper = new AtomShaper();
        List<Atom> atoms = new ArrayList<>();
        measurer.addText("fi fi fi", props(0, RunProps.LIGATURES_STANDARD), atoms);
        shaper.shape(atoms, false);
        assertThat(face.shaper.calls).isEqualTo(1);
        assertThat(atoms.get(2).kind).isEqualTo(Atom.Kind.SPACE);
        assertThat(atoms.get(2).glyphs).isNull();
    }
}
