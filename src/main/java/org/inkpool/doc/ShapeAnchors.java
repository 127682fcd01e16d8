package org.inkpool.doc;

import org.apache.poi.ddf.AbstractEscherOptRecord;
import org.apache.poi.ddf.EscherContainerRecord;
import org.apache.poi.ddf.EscherProperty;
import org.apache.poi.ddf.EscherRecord;
import org.apache.poi.ddf.EscherSimpleProperty;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.FSPA;
import org.apache.poi.hwpf.model.FSPADocumentPart;
import org.apache.poi.hwpf.model.FSPATable;
import org.inkpool.model.drawing.Anchor;

import java.util.List;

/**
 * Where a floating shape of a binary document stands and how text wraps around it: the shape's FSPA (MS-DOC
 * 2.9.84: its rectangle relative to page, margin or column / paragraph, wrap kind and side, behind text) refined by
 * the Office Art options Word 2000 and later write (MS-ODRAW posh/posrelh/posv/posrelv alignments, wrap distances).
 */
final class ShapeAnchors {
    private static final double EMU_PER_PT = 12700.0;
    /** Office Art option ids (MS-ODRAW 2.3.4). */
    private static final int DX_WRAP_LEFT = 0x0384;
    private static final int DY_WRAP_TOP = 0x0385;
    private static final int DX_WRAP_RIGHT = 0x0386;
    private static final int DY_WRAP_BOTTOM = 0x0387;
    private static final int POS_H = 0x038F;
    private static final int POS_REL_H = 0x0390;
    private static final int POS_V = 0x0391;
    private static final int POS_REL_V = 0x0392;
    /** Group shape booleans: each flag has a "use" bit 16 places higher; unset flags keep their defaults. */
    private static final int GROUP_BOOLEANS = 0x03BF;
    private static final int ALLOW_OVERLAP_BIT = 9;
    private static final int LAYOUT_IN_CELL_BIT = 15;
    /** Word's default left/right wrap distance, 1/8 inch. */
    private static final double DEFAULT_SIDE_DISTANCE = 9;

    private final FSPATable main;
    private final FSPATable headers;

    ShapeAnchors(HWPFDocument doc) {
        this.main = table(doc, FSPADocumentPart.MAIN);
        this.headers = table(doc, FSPADocumentPart.HEADER);
    }

    private static FSPATable table(HWPFDocument doc, FSPADocumentPart part) {
        if (doc == null) {
            return null;
        }
        try {
            return new FSPATable(doc.getTableStream(), doc.getFileInformationBlock(), part);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The FSPA of the shape anchored at story position {@code cp}, or null. */
    FSPA at(Story.Kind kind, int cp) {
        FSPATable t = kind == Story.Kind.HEADER ? headers : kind == Story.Kind.MAIN ? main : null;
        try {
            return t == null ? null : t.getFspaFromCp(cp);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The anchor of a shape from its FSPA and its Office Art record (which may be null). */
    static Anchor anchor(FSPA fspa, EscherContainerRecord shape) {
        Options opt = new Options(shape);
        // Word 2000 and later write bx = by = 2 ("see the options") and keep the real references in posrelh/posrelv
        Anchor.RelativeFrom fromH = switch (opt.value(POS_REL_H, fspa.getBx() == 2 ? 2 : fspa.getBx() == 0 ? 0 : 1)) {
            case 0 -> Anchor.RelativeFrom.MARGIN;
            case 1 -> Anchor.RelativeFrom.PAGE;
            case 3 -> Anchor.RelativeFrom.CHARACTER;
            default -> Anchor.RelativeFrom.COLUMN;
        };
        Anchor.RelativeFrom fromV = switch (opt.value(POS_REL_V, fspa.getBy() == 2 ? 2 : fspa.getBy() == 0 ? 0 : 1)) {
            case 0 -> Anchor.RelativeFrom.MARGIN;
            case 1 -> Anchor.RelativeFrom.PAGE;
            case 3 -> Anchor.RelativeFrom.LINE;
            default -> Anchor.RelativeFrom.PARAGRAPH;
        };
        Anchor.Position h = Anchor.Position.offset(fromH, Units.pt(fspa.getXaLeft()));
        Anchor.Align alignH = switch (opt.value(POS_H, 0)) {
            case 1 -> Anchor.Align.LEFT;
            case 2 -> Anchor.Align.CENTER;
            case 3 -> Anchor.Align.RIGHT;
            case 4 -> Anchor.Align.INSIDE;
            case 5 -> Anchor.Align.OUTSIDE;
            default -> Anchor.Align.NONE;
        };
        if (alignH != Anchor.Align.NONE) {
            // an alignment wins over the offset, which only holds where Word last put the shape
            h = Anchor.Position.aligned(fromH, alignH);
        }
        Anchor.Position v = Anchor.Position.offset(fromV, Units.pt(fspa.getYaTop()));
        Anchor.Align alignV = switch (opt.value(POS_V, 0)) {
            case 1 -> Anchor.Align.TOP;
            case 2 -> Anchor.Align.CENTER;
            case 3 -> Anchor.Align.BOTTOM;
            case 4 -> Anchor.Align.INSIDE;
            case 5 -> Anchor.Align.OUTSIDE;
            default -> Anchor.Align.NONE;
        };
        if (alignV != Anchor.Align.NONE) {
            v = Anchor.Position.aligned(fromV, alignV);
        }
        int flags = opt.value(GROUP_BOOLEANS, 0);
        return new Anchor(h, v, wrap(fspa, opt), fspa.isFBelowText(), fspa.getSpid(),
                flag(flags, ALLOW_OVERLAP_BIT, true), flag(flags, LAYOUT_IN_CELL_BIT, true), fspa.isFAnchorLock(), null);
    }

    private static boolean flag(int flags, int bit, boolean fallback) {
        return (flags >>> (bit + 16) & 1) != 0 ? (flags >>> bit & 1) != 0 : fallback;
    }

    private static Anchor.Wrap wrap(FSPA fspa, Options opt) {
        Anchor.WrapType type = switch (fspa.getWr()) {
            case 0, 2 -> Anchor.WrapType.SQUARE;
            case 1 -> Anchor.WrapType.TOP_AND_BOTTOM;
            case 4 -> Anchor.WrapType.TIGHT;
            case 5 -> Anchor.WrapType.THROUGH;
            default -> Anchor.WrapType.NONE;
        };
        Anchor.WrapText side = switch (fspa.getWrk()) {
            case 1 -> Anchor.WrapText.LEFT;
            case 2 -> Anchor.WrapText.RIGHT;
            case 3 -> Anchor.WrapText.LARGEST;
            default -> Anchor.WrapText.BOTH_SIDES;
        };
        return new Anchor.Wrap(type, side, opt.emu(DY_WRAP_TOP, 0), opt.emu(DY_WRAP_BOTTOM, 0),
                opt.emu(DX_WRAP_LEFT, DEFAULT_SIDE_DISTANCE), opt.emu(DX_WRAP_RIGHT, DEFAULT_SIDE_DISTANCE), List.of());
    }

    /** A shape's Office Art options, looked up in its option records (primary, then tertiary). */
    private static final class Options {
        private final List<AbstractEscherOptRecord> records = new java.util.ArrayList<>();

        Options(EscherContainerRecord shape) {
            if (shape == null) {
                return;
            }
            for (EscherRecord r : shape.getChildRecords()) {
                if (r instanceof AbstractEscherOptRecord o) {
                    records.add(o);
                }
            }
        }

        int value(int id, int fallback) {
            for (AbstractEscherOptRecord r : records) {
                EscherProperty p = r.lookup(id);
                if (p instanceof EscherSimpleProperty s) {
                    return s.getPropertyValue();
                }
            }
            return fallback;
        }

        double emu(int id, double fallbackPoints) {
            int v = value(id, Integer.MIN_VALUE);
            return v == Integer.MIN_VALUE || v < 0 ? fallbackPoints : Units.clamp(v / EMU_PER_PT, 0, Units.MAX_LENGTH);
        }
    }
}
