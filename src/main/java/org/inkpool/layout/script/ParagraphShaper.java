package org.inkpool.layout.script;

import org.inkpool.layout.font.FaceCache;
import org.inkpool.layout.font.FontFace;
import org.inkpool.model.Inline;
import org.inkpool.model.style.RunProps;
import org.inkpool.model.TextRun;

import java.util.ArrayList;
import java.util.List;

/**
 * Shapes the Arabic-script text of a paragraph before it is measured, with Unicode presentation forms, where
 * the font that draws it has no OpenType substitutions of its own (a font with GSUB is shaped by its shaper,
 * see {@code AtomShaper}). Letters join across run
 * boundaries (a change of colour does not break a word), so consecutive text runs are shaped as one
 * stretch; a tab, break or picture ends the stretch. A presentation form is used only when the face
 * that draws the plain letter also has it, so a word never switches fonts halfway.
 */
public final class ParagraphShaper {

    private final FaceCache faces;

    public ParagraphShaper(FaceCache faces) {
        this.faces = faces;
    }

    public List<Inline> shape(List<Inline> inlines) {
        if (!hasArabic(inlines)) {
            return inlines;
        }
        List<Inline> out = new ArrayList<>(inlines.size());
        List<TextRun> stretch = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline instanceof TextRun run) {
                stretch.add(run);
            } else {
                flush(stretch, out);
                out.add(inline);
            }
        }
        flush(stretch, out);
        return out;
    }

    private static boolean hasArabic(List<Inline> inlines) {
        for (Inline inline : inlines) {
            if (inline instanceof TextRun run && ArabicShaper.needsShaping(run.text())) {
                return true;
            }
        }
        return false;
    }

    private void flush(List<TextRun> stretch, List<Inline> out) {
        if (stretch.isEmpty()) {
            return;
        }
        StringBuilder all = new StringBuilder();
        for (TextRun run : stretch) {
            all.append(run.text());
        }
        if (!ArabicShaper.needsShaping(all)) {
            out.addAll(stretch);
            stretch.clear();
            return;
        }
        int[] text = all.codePoints().toArray();
        RunProps[] propsAt = new RunProps[text.length];
        int k = 0;
        for (TextRun run : stretch) {
            int count = run.text().codePointCount(0, run.text().length());
            RunProps props = run.props() == null ? RunProps.DEFAULT : run.props();
            for (int i = 0; i < count; i++) {
                propsAt[k++] = props;
            }
        }
        int[] shaped = ArabicShaper.shape(text, (index, form) -> sameFace(propsAt[index], text[index], form));
        k = 0;
        for (TextRun run : stretch) {
            int count = run.text().codePointCount(0, run.text().length());
            StringBuilder sb = new StringBuilder(run.text().length());
            for (int i = 0; i < count; i++, k++) {
                if (shaped[k] != ArabicShaper.ABSORBED) {
                    sb.appendCodePoint(shaped[k]);
                }
            }
            if (sb.length() > 0) {
                out.add(new TextRun(sb.toString(), run.props(), run.link()));
            }
        }
        stretch.clear();
    }

    private boolean sameFace(RunProps props, int letter, int form) {
        String family = props.fontFor(letter);
        FontFace face = faces.faceFor(family, props.bold(), props.italic(), letter);
        if (face.substitutes() && face.shaper() != null) {
            return false; // the font's own joining forms are used instead
        }
        return faces.faceFor(family, props.bold(), props.italic(), form) == face;
    }
}
