package org.inkpool.doc;

import org.apache.poi.hwpf.HWPFDocumentCore;
import org.apache.poi.hwpf.model.PAPX;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.model.StyleSheet;
import org.apache.poi.hwpf.sprm.SprmIterator;
import org.apache.poi.hwpf.sprm.SprmOperation;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.util.LittleEndian;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A paragraph's tab stops, replayed from the style chain's and the paragraph's sprmPChgTabsPapx/sprmPChgTabs.
 * POI 5.5 reads the added stops' descriptors (alignment, leader) from the middle of the position array
 * (an offset of one byte per stop instead of two), so a table of contents loses its right-aligned dotted
 * stops; this reads the operands as MS-DOC 2.6.2 lays them out. Positions are twips, values TBD bytes.
 */
final class TabStops {
    private static final int CHG_TABS_PAPX = 0xC60D;
    private static final int CHG_TABS = 0xC615;
    private static final int NO_STYLE = 0x0FFF;

    private final StyleSheet styles;
    private final List<PAPX> papx;
    private final int[] starts;
    private final Map<Integer, TreeMap<Integer, Byte>> byStyle = new HashMap<>();

    TabStops(HWPFDocumentCore doc) {
        this.styles = doc.getStyleSheet();
        this.papx = doc.getParagraphTable().getParagraphs();
        this.starts = new int[papx.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = papx.get(i).getStart();
        }
    }

    /** Position (twips) → TBD byte of every stop in effect for the paragraph, in order. */
    TreeMap<Integer, Byte> of(Paragraph p) {
        TreeMap<Integer, Byte> tabs = new TreeMap<>(style(p.getStyleIndex(), 0));
        PAPX own = find(p.getStartOffset());
        if (own != null) {
            apply(tabs, own.getGrpprl());
        }
        return tabs;
    }

    private TreeMap<Integer, Byte> style(int istd, int depth) {
        TreeMap<Integer, Byte> cached = byStyle.get(istd);
        if (cached != null) {
            return cached;
        }
        TreeMap<Integer, Byte> tabs = new TreeMap<>();
        StyleDescription sd = istd >= 0 ? styles.getStyleDescription(istd) : null;
        if (sd != null) {
            int base = sd.getBaseStyle();
            if (base != NO_STYLE && base != istd && depth < 16) {
                tabs.putAll(style(base, depth + 1));
            }
            apply(tabs, sd.getPAPX());
        }
        byStyle.put(istd, tabs);
        return tabs;
    }

    /** The paragraph's own PAPX grpprl (its first two bytes the style index), or null. */
    byte[] ownGrpprl(Paragraph p) {
        PAPX own = find(p.getStartOffset());
        return own == null ? null : own.getGrpprl();
    }

    private PAPX find(int cp) {
        int found = Starts.lastAtOrBefore(starts, cp);
        return found < 0 || papx.get(found).getEnd() <= cp ? null : papx.get(found);
    }

    /** Applies the tab sprms of a PAPX/UPX grpprl (its first two bytes are the style index). */
    static void apply(TreeMap<Integer, Byte> tabs, byte[] grpprl) {
        if (grpprl == null || grpprl.length <= 2) {
            return;
        }
        try {
            SprmIterator it = new SprmIterator(grpprl, 2);
            while (it.hasNext()) {
                SprmOperation op = it.next();
                if (op.getType() != SprmOperation.TYPE_PAP) {
                    continue;
                }
                int opcode = op.getOperation() | 0xC600;
                if (opcode == CHG_TABS_PAPX || opcode == CHG_TABS) {
                    change(tabs, op.getGrpprl(), op.getGrpprlOffset(), opcode == CHG_TABS);
                }
            }
        } catch (RuntimeException e) {
            // a damaged sprm list: the stops read so far stand
        }
    }

    /** One operand, starting after its size byte: deletions (with tolerances for sprmPChgTabs), then additions. */
    private static void change(TreeMap<Integer, Byte> tabs, byte[] g, int offset, boolean withTolerance) {
        int deletions = g[offset++] & 0xFF;
        int delStart = offset;
        offset += 2 * deletions;
        int closeStart = offset;
        if (withTolerance) {
            offset += 2 * deletions;
        }
        for (int i = 0; i < deletions; i++) {
            int at = LittleEndian.getShort(g, delStart + 2 * i);
            int close = withTolerance ? Math.abs(LittleEndian.getShort(g, closeStart + 2 * i)) : 0;
            tabs.subMap(at - close, true, at + close, true).clear();
        }
        int additions = g[offset++] & 0xFF;
        int addStart = offset;
        int tbdStart = offset + 2 * additions;
        for (int i = 0; i < additions; i++) {
            tabs.put((int) LittleEndian.getShort(g, addStart + 2 * i), g[tbdStart + i]);
        }
    }
}
