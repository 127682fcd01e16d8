package org.inkpool.doc;

import org.apache.poi.hwpf.usermodel.SectionProperties;
import org.inkpool.model.PageNumberFormat;
import org.inkpool.model.PageNumbering;
import org.inkpool.model.PageSetup;
import org.inkpool.model.SectionStart;

/** A section's SEP (page size, margins, columns, how it starts, page numbering) in the model's terms. */
final class SectionSetup {
    private SectionSetup() {
    }

    static PageSetup page(SectionProperties sep) {
        if (sep == null) {
            return PageSetup.LETTER;
        }
        double width = Units.pageSide(sep.getXaPage());
        double height = Units.pageSide(sep.getYaPage());
        // a negative top or bottom margin is one the header or footer may not push (its absolute value)
        double top = Units.positivePt(Math.abs(sep.getDyaTop()));
        double bottom = Units.positivePt(Math.abs(sep.getDyaBottom()));
        double left = Units.positivePt(sep.getDxaLeft() + Math.max(0, sep.getDzaGutter()));
        double right = Units.positivePt(sep.getDxaRight());
        if (left + right > width - 36) {
            left = right = Math.max(0, (width - 36) / 2);
        }
        if (top + bottom > height - 36) {
            top = bottom = Math.max(0, (height - 36) / 2);
        }
        int columns = Math.max(1, Math.min(45, sep.getCcolM1() + 1));
        return new PageSetup(width, height, top, bottom, left, right, Units.positivePt(sep.getDyaHdrTop()),
                Units.positivePt(sep.getDyaHdrBottom()), columns, Units.positivePt(sep.getDxaColumns()));
    }

    static SectionStart start(SectionProperties sep) {
        if (sep == null) {
            return SectionStart.NEXT_PAGE;
        }
        return switch (sep.getBkc()) {
            case 0 -> SectionStart.CONTINUOUS;
            case 1 -> SectionStart.NEXT_COLUMN;
            case 3 -> SectionStart.EVEN_PAGE;
            case 4 -> SectionStart.ODD_PAGE;
            default -> SectionStart.NEXT_PAGE;
        };
    }

    static PageNumbering numbering(SectionProperties sep) {
        if (sep == null) {
            return PageNumbering.CONTINUE;
        }
        PageNumberFormat format = switch (sep.getNfcPgn()) {
            case 1 -> PageNumberFormat.UPPER_ROMAN;
            case 2 -> PageNumberFormat.LOWER_ROMAN;
            case 3 -> PageNumberFormat.UPPER_LETTER;
            case 4 -> PageNumberFormat.LOWER_LETTER;
            default -> PageNumberFormat.DECIMAL;
        };
        return new PageNumbering(sep.getFPgnRestart() ? Integer.valueOf(Math.max(0, sep.getPgnStart())) : null, format);
    }
}
