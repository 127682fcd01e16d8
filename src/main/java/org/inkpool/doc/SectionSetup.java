package org.inkpool.doc;

import org.apache.poi.hwpf.sprm.SprmIterator;
import org.apache.poi.hwpf.sprm.SprmOperation;
import org.apache.poi.hwpf.usermodel.SectionProperties;
import org.inkpool.model.section.DocGrid;
import org.inkpool.model.section.PageLook;
import org.inkpool.model.section.PageNumberFormat;
import org.inkpool.model.section.PageNumbering;
import org.inkpool.model.section.PageSetup;
import org.inkpool.model.section.SectionStart;

/** A section's SEP (page size, margins, columns, how it starts, page numbering, line grid) in the model's terms. */
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

    /**
     * The section's line grid: clm (0 none, 1 lines and characters, 2 lines, 3 snap to characters), dyaLinePitch
     * in twips and dxtCharSpace in 1/4096 pt, as w:docGrid holds them. Page borders and line numbers are not read.
     */
    static PageLook look(SectionProperties sep, byte[] sepxGrpprl) {
        if (sep == null) {
            return PageLook.PLAIN;
        }
        DocGrid.Type type = switch (clm(sep, sepxGrpprl)) {
            case 1 -> DocGrid.Type.LINES_AND_CHARS;
            case 2 -> DocGrid.Type.LINES;
            case 3 -> DocGrid.Type.SNAP_TO_CHARS;
            default -> DocGrid.Type.DEFAULT;
        };
        double pitch = sep.getDyaLinePitch() / 20.0;
        // a pitch below 1 pt or above a page is broken: no grid rather than a page of one line
        pitch = pitch < 1 || pitch > Units.MAX_PAGE ? 0 : pitch;
        double charSpace = Units.clamp(sep.getDxtCharSpace() / 4096.0, -100, 100);
        if (type == DocGrid.Type.DEFAULT) {
            return PageLook.PLAIN;
        }
        return new PageLook(new DocGrid(type, pitch, charSpace), null, null);
    }

    /** sprmSClm, which POI 5.5 leaves unread: taken from the section's own SEPX. */
    private static int clm(SectionProperties sep, byte[] grpprl) {
        if (grpprl != null) {
            try {
                SprmIterator it = new SprmIterator(grpprl, 0);
                while (it.hasNext()) {
                    SprmOperation op = it.next();
                    if (op.getType() == SprmOperation.TYPE_SEP && (op.getOperation() | 0x5000) == 0x5032) {
                        return op.getOperand();
                    }
                }
            } catch (RuntimeException e) {
                // a damaged grpprl: no grid
            }
        }
        return sep.getClm();
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
