package org.inkpool.doc;

import org.apache.poi.hwpf.HWPFDocumentCore;
import org.apache.poi.hwpf.HWPFOldDocument;
import org.apache.poi.hwpf.model.CHPX;
import org.apache.poi.hwpf.model.FontTable;
import org.apache.poi.hwpf.model.OldFontTable;
import org.apache.poi.hwpf.model.StyleSheet;
import org.apache.poi.hwpf.usermodel.CharacterProperties;
import org.apache.poi.hwpf.usermodel.CharacterRun;

import java.util.List;

/**
 * The four font slots of a run. HWPF's {@link CharacterRun} names only the ASCII font; the East Asian
 * (ftcFE), other (ftcOther) and complex-script (ftcBi) slots are read from the run's resolved CHPX, found by
 * its character position. A Chinese document's text is drawn in its ftcFE font, so this matters.
 */
final class FontSlots {
    record Names(String ascii, String other, String eastAsia, String complex) {
    }

    private final FontTable fonts;
    private final OldFontTable oldFonts;
    private final StyleSheet styles;
    private final List<CHPX> runs;
    private final int[] starts;

    FontSlots(HWPFDocumentCore doc) {
        FontTable table = null;
        OldFontTable old = null;
        if (doc instanceof HWPFOldDocument o) {
            old = o.getOldFontTable();
        } else {
            table = doc.getFontTable();
        }
        this.fonts = table;
        this.oldFonts = old;
        this.styles = doc.getStyleSheet();
        this.runs = doc instanceof HWPFOldDocument ? List.of() : doc.getCharacterTable().getTextRuns();
        this.starts = new int[runs.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = runs.get(i).getStart();
        }
    }

    /** The run's slots; where the CHPX cannot be found, every slot takes the run's ASCII font. */
    Names of(CharacterRun run, short paragraphStyle) {
        String ascii = orDefault(run.getFontName());
        CharacterProperties chp = chp(run.getStartOffset(), paragraphStyle);
        if (chp == null) {
            return new Names(ascii, ascii, ascii, ascii);
        }
        return new Names(ascii, name(chp.getFtcOther(), ascii), name(chp.getFtcFE(), ascii),
                name(chp.getFtcBi(), ascii));
    }

    /** The font name of a font-table index, or the fallback when the index is out of range. */
    String name(int ftc, String fallback) {
        try {
            String n = fonts != null ? fonts.getMainFont(ftc) : oldFonts != null ? oldFonts.getMainFont(ftc) : null;
            return n == null || n.isBlank() ? fallback : n.strip();
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    private CharacterProperties chp(int cp, short istd) {
        int found = Starts.lastAtOrBefore(starts, cp);
        if (found < 0 || runs.get(found).getEnd() <= cp) {
            return null;
        }
        try {
            return runs.get(found).getCharacterProperties(styles, istd);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String orDefault(String name) {
        return name == null || name.isBlank() ? "Times New Roman" : name.strip();
    }
}
