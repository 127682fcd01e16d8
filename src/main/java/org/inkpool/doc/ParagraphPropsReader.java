package org.inkpool.doc;

import org.apache.poi.hwpf.model.TabDescriptor;
import org.apache.poi.hwpf.sprm.SprmIterator;
import org.apache.poi.hwpf.sprm.SprmOperation;
import org.apache.poi.hwpf.usermodel.BorderCode;
import org.apache.poi.hwpf.usermodel.LineSpacingDescriptor;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.ParagraphProperties;
import org.apache.poi.hwpf.usermodel.ShadingDescriptor;
import org.apache.poi.util.LittleEndian;
import org.inkpool.model.style.Alignment;
import org.inkpool.model.style.Border;
import org.inkpool.model.style.LineSpacing;
import org.inkpool.model.style.ParagraphBorders;
import org.inkpool.model.style.ParagraphProps;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.style.TabStop;

import java.util.ArrayList;
import java.util.List;

/** A binary paragraph's resolved properties (PAP) as the model's {@link ParagraphProps}. */
final class ParagraphPropsReader {
    private final double defaultTabStop;
    private final TabStops tabStops;

    /** @param tabStops the replayed tab stops, or null to take POI's (Word 6.0/95 files) */
    ParagraphPropsReader(double defaultTabStop, TabStops tabStops) {
        this.defaultTabStop = defaultTabStop;
        this.tabStops = tabStops;
    }

    ParagraphProps read(Paragraph p) {
        ParagraphProperties pap = p.getProps();
        boolean rtl = pap.getFBiDi();
        return new ParagraphProps(alignment(pap.getJc()),
                Units.pt(pap.getDxaLeft()), Units.pt(pap.getDxaRight()), Units.pt(pap.getDxaLeft1()),
                Units.positivePt(pap.getDyaBefore()), Units.positivePt(pap.getDyaAfter()),
                pap.getFDyaBeforeAuto(), pap.getFDyaAfterAuto(), lineSpacing(pap.getLspd()), false,
                "s" + p.getStyleIndex(), pap.getFKeepFollow(), pap.getFKeep(), pap.getFWidowControl(),
                pap.getFPageBreakBefore(), tabStops != null ? tabs(tabStops.of(p)) : tabs(pap), defaultTabStop, shading(p, pap), rtl,
                borders(pap), true);
    }

    /** The paragraph's BRCs (top, left, bottom, right, between, bar) as the model's borders. */
    static ParagraphBorders borders(ParagraphProperties pap) {
        ParagraphBorders b = new ParagraphBorders(edge(pap.getBrcTop()), edge(pap.getBrcLeft()),
                edge(pap.getBrcBottom()), edge(pap.getBrcRight()), edge(pap.getBrcBetween()), edge(pap.getBrcBar()));
        return b.any() ? b : ParagraphBorders.NONE;
    }

    /** One BRC with its dptSpace (whole points, 0-31), or NONE when it draws nothing. */
    private static ParagraphBorders.Edge edge(BorderCode brc) {
        Border line = TableBuilder.border(brc);
        if (line == null || !line.visible()) {
            return ParagraphBorders.Edge.NONE;
        }
        return new ParagraphBorders.Edge(line, Units.clamp(brc.getSpace(), 0, 31));
    }

    static Alignment alignment(int jc) {
        return switch (jc) {
            case 1 -> Alignment.CENTER;
            case 2 -> Alignment.RIGHT;
            case 3 -> Alignment.JUSTIFY;
            case 4, 5, 7, 8, 9 -> Alignment.DISTRIBUTE;
            default -> Alignment.LEFT;
        };
    }

    /** LSPD: a multiple of single spacing in 240ths, or an exact (negative) / at-least height in twips. */
    static LineSpacing lineSpacing(LineSpacingDescriptor lspd) {
        if (lspd == null || lspd.isEmpty()) {
            return LineSpacing.SINGLE;
        }
        byte[] raw = new byte[4];
        lspd.serialize(raw, 0);
        short dyaLine = LittleEndian.getShort(raw, 0);
        short multiple = LittleEndian.getShort(raw, 2);
        if (multiple != 0) {
            return dyaLine <= 0 ? LineSpacing.SINGLE : new LineSpacing(LineSpacing.LineRule.AUTO,
                    Units.clamp(dyaLine / 240.0, 0.06, 132));
        }
        if (dyaLine < 0) {
            return new LineSpacing(LineSpacing.LineRule.EXACT, Units.positivePt(-dyaLine));
        }
        return dyaLine == 0 ? LineSpacing.SINGLE
                : new LineSpacing(LineSpacing.LineRule.AT_LEAST, Units.positivePt(dyaLine));
    }

    private static List<TabStop> tabs(java.util.TreeMap<Integer, Byte> stops) {
        int[] positions = new int[stops.size()];
        TabDescriptor[] kinds = new TabDescriptor[stops.size()];
        int i = 0;
        for (var e : stops.entrySet()) {
            positions[i] = e.getKey();
            kinds[i++] = new TabDescriptor(new byte[]{e.getValue()}, 0);
        }
        return tabs(positions, kinds);
    }

    private static List<TabStop> tabs(ParagraphProperties pap) {
        return tabs(pap.getRgdxaTab(), pap.getRgtbd());
    }

    private static List<TabStop> tabs(int[] positions, TabDescriptor[] kinds) {
        if (positions == null) {
            return List.of();
        }
        List<TabStop> tabs = new ArrayList<>();
        for (int i = 0; i < positions.length; i++) {
            TabDescriptor d = kinds != null && i < kinds.length ? kinds[i] : null;
            int jc = d == null ? 0 : d.getJc();
            if (jc == 5 || jc == 6) {
                continue; // a cleared stop (sprmPChgTabs leaves these out already; old files may not)
            }
            TabStop.TabAlignment alignment = switch (jc) {
                case 1 -> TabStop.TabAlignment.CENTER;
                case 2 -> TabStop.TabAlignment.RIGHT;
                case 3 -> TabStop.TabAlignment.DECIMAL;
                case 4 -> TabStop.TabAlignment.BAR;
                default -> TabStop.TabAlignment.LEFT;
            };
            TabStop.TabLeader leader = switch (d == null ? 0 : d.getTlc()) {
                case 1 -> TabStop.TabLeader.DOT;
                case 2 -> TabStop.TabLeader.HYPHEN;
                case 3 -> TabStop.TabLeader.UNDERSCORE;
                case 4 -> TabStop.TabLeader.HEAVY;
                case 5 -> TabStop.TabLeader.MIDDLE_DOT;
                default -> TabStop.TabLeader.NONE;
            };
            tabs.add(new TabStop(Units.pt(positions[i]), alignment, leader));
        }
        tabs.sort((a, b) -> Double.compare(a.position(), b.position()));
        return tabs;
    }

    /** sprmPShd: the Word 2000 SHD with 24-bit colours (MS-DOC 2.9.248), which POI 5.5 reads misaligned. */
    private static final int P_SHD = 0xC64D;

    /** The paragraph's shading: its own sprmPShd where it has one, else what POI resolved (SHD80 and styles). */
    private Rgb shading(Paragraph p, ParagraphProperties pap) {
        byte[] grpprl = tabStops == null ? null : tabStops.ownGrpprl(p);
        if (grpprl != null && grpprl.length > 2) {
            try {
                SprmIterator it = new SprmIterator(grpprl, 2);
                while (it.hasNext()) {
                    SprmOperation op = it.next();
                    if (op.getType() == SprmOperation.TYPE_PAP && (op.getOperation() | 0xC600) == P_SHD
                            && op.getGrpprlOffset() + 10 <= op.getGrpprl().length) {
                        return shd(op.getGrpprl(), op.getGrpprlOffset());
                    }
                }
            } catch (RuntimeException e) {
                // a damaged grpprl: fall back to POI's reading
            }
        }
        return shading(pap.getShd());
    }

    /** sprmTDefTableShd, -2nd, -3rd: the cells' SHDs of a table row (cells 0-21, 22-43, 44-62). */
    private static final int[] TABLE_SHD = {0xD612, 0xD616, 0xD60C};

    /**
     * The shading of each cell of a row, from the Word 2000 shading arrays in its row-end paragraph's own sprms
     * (POI 5.5 reads only the cells' SHD80s); empty when the row has none. A null entry is a clear cell.
     */
    List<Rgb> cellShadings(Paragraph rowEnd) {
        byte[] grpprl = tabStops == null ? null : tabStops.ownGrpprl(rowEnd);
        List<Rgb> out = new ArrayList<>();
        if (grpprl == null || grpprl.length <= 2) {
            return out;
        }
        try {
            for (int part = 0; part < TABLE_SHD.length; part++) {
                SprmIterator it = new SprmIterator(grpprl, 2);
                while (it.hasNext()) {
                    SprmOperation op = it.next();
                    if (op.getType() != SprmOperation.TYPE_TAP || (op.getOperation() | 0xD600) != TABLE_SHD[part]) {
                        continue;
                    }
                    byte[] g = op.getGrpprl();
                    int offset = op.getGrpprlOffset();
                    int size = g[offset - 1] & 0xFF; // cb, just before the array
                    while (out.size() < part * 22) {
                        out.add(null);
                    }
                    for (int i = 0; i + 10 <= size && offset + i + 10 <= g.length; i += 10) {
                        out.add(shd(g, offset + i));
                    }
                }
            }
        } catch (RuntimeException e) {
            return new ArrayList<>();
        }
        return out;
    }

    /** An SHD at {@code offset}: cvFore, cvBack (COLORREFs, 0xFF000000 = auto), ipat. */
    private static Rgb shd(byte[] g, int offset) {
        int fore = LittleEndian.getInt(g, offset);
        int back = LittleEndian.getInt(g, offset + 4);
        int ipat = LittleEndian.getUShort(g, offset + 8);
        int cv = ipat == 1 ? fore : ipat == 0 ? back : 0xFF000000;
        if ((cv & 0xFF000000) != 0) {
            return null;
        }
        return new Rgb((cv & 0xFF) << 16 | cv & 0xFF00 | (cv >> 16) & 0xFF);
    }

    /** The background of a shading: its back colour, or the fore colour for a solid pattern. */
    static Rgb shading(ShadingDescriptor shd) {
        if (shd == null || shd.isEmpty()) {
            return null;
        }
        if (shd.getIpat() == 1) {
            return Units.colorref(shd.getCvFore());
        }
        return shd.getIpat() == 0 ? Units.colorref(shd.getCvBack()) : null;
    }
}
