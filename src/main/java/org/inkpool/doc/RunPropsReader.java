package org.inkpool.doc;

import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.style.RunProps;

/** A binary run's resolved character properties (CHP) as the model's {@link RunProps}. */
final class RunPropsReader {
    private final FontSlots fonts;

    RunPropsReader(FontSlots fonts) {
        this.fonts = fonts;
    }

    RunProps read(CharacterRun run, short paragraphStyle) {
        FontSlots.Names names = fonts.of(run, paragraphStyle);
        Double size = run.getFontSizeAsDouble();
        RunProps.VerticalAlign valign = switch (run.getSubSuperScriptIndex()) {
            case 1 -> RunProps.VerticalAlign.SUPERSCRIPT;
            case 2 -> RunProps.VerticalAlign.SUBSCRIPT;
            default -> RunProps.VerticalAlign.BASELINE;
        };
        boolean deleted = run.isMarkedDeleted();
        RunProps.Underline underline = underline(run.getUnderlineCode());
        if (run.isMarkedInserted() && underline == RunProps.Underline.NONE) {
            underline = RunProps.Underline.SINGLE; // tracked insertions print underlined, as in Word's markup view
        }
        return new RunProps(names.ascii(), names.other(), names.eastAsia(), names.complex(),
                Units.clamp(size == null ? 10 : size / 2, 1, Units.MAX_FONT),
                run.isBold(), run.isItalic(), underline, run.isStrikeThrough() || deleted,
                run.isDoubleStrikeThrough(), run.isCapitalized(), run.isSmallCaps(), valign, color(run),
                highlight(run), Units.pt(run.getCharacterSpacing()), run.isVanished());
    }

    /** The 24-bit colour when the run has one, else its indexed colour; null for auto. */
    private static Rgb color(CharacterRun run) {
        int ico24 = run.getIco24();
        if (ico24 != -1 && (ico24 & 0xFF000000) == 0) {
            return new Rgb((ico24 & 0xFF) << 16 | ico24 & 0xFF00 | (ico24 >> 16) & 0xFF);
        }
        return Units.ico(run.getColor());
    }

    private static Rgb highlight(CharacterRun run) {
        return run.isHighlighted() ? Units.ico(run.getHighlightedColor()) : null;
    }

    /** kul codes of the binary format (MS-DOC 2.9.133). */
    static RunProps.Underline underline(int kul) {
        return switch (kul) {
            case 0 -> RunProps.Underline.NONE;
            case 2 -> RunProps.Underline.WORDS;
            case 3 -> RunProps.Underline.DOUBLE;
            case 4, 20 -> RunProps.Underline.DOTTED;
            case 6 -> RunProps.Underline.THICK;
            case 7, 9, 10, 23, 25, 26, 39, 55 -> RunProps.Underline.DASHED;
            case 11, 27, 43 -> RunProps.Underline.WAVY;
            default -> RunProps.Underline.SINGLE;
        };
    }
}
