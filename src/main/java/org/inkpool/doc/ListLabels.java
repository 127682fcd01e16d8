package org.inkpool.doc;

import org.apache.poi.hwpf.model.ListLevel;
import org.apache.poi.hwpf.sprm.CharacterSprmUncompressor;
import org.apache.poi.hwpf.usermodel.CharacterProperties;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.inkpool.docx.SharedValues;
import org.inkpool.model.style.Alignment;
import org.inkpool.model.style.ListLabel;
import org.inkpool.model.style.RunProps;

import java.util.HashMap;
import java.util.Map;

/**
 * The labels of numbered paragraphs (LST/LFO lists): counters per list, the level's number text with its
 * placeholders filled, its number format and font. Counters live for the whole document, in reading order.
 */
final class ListLabels {
    private static final int LEVELS = 9;

    /** Per list (lsid): the current number of each level, and whether the level has started. */
    private final Map<Integer, int[]> counters = new HashMap<>();
    private final Map<Integer, boolean[]> started = new HashMap<>();
    private final FontSlots fonts;

    ListLabels(FontSlots fonts) {
        this.fonts = fonts;
    }

    /** The paragraph's label, or null when it is not numbered (or its list cannot be read). */
    ListLabel label(Paragraph p, RunProps markProps) {
        if (!p.isInList()) {
            return null;
        }
        HWPFList list;
        try {
            list = p.getList();
        } catch (RuntimeException e) {
            return null;
        }
        if (list == null) {
            return null;
        }
        int level = Math.max(0, Math.min(LEVELS - 1, p.getIlvl()));
        char lvl = (char) level;
        int[] count = counters.computeIfAbsent(list.getLsid(), k -> new int[LEVELS]);
        boolean[] on = started.computeIfAbsent(list.getLsid(), k -> new boolean[LEVELS]);
        count[level] = on[level] ? count[level] + 1 : list.getStartAt(lvl);
        on[level] = true;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            on[deeper] = false;
        }
        String template = list.getNumberText(lvl);
        if (template == null) {
            return null;
        }
        ListLevel def = level(list, level);
        RunProps props = labelProps(def, markProps);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c < LEVELS) {
                int nfc = c == level ? list.getNumberFormat(lvl) : legalOr(def, list, c);
                text.append(SharedValues.listNumber(numFmt(nfc), on[c] || c == level ? count[c]
                        : list.getStartAt(c)));
            } else {
                text.append(c);
            }
        }
        String shown = text.toString();
        String mapped = SharedValues.symbolText(props.fontAscii(), shown);
        if (mapped != null) {
            String font = "Times New Roman";
            props = new RunProps(font, font, props.fontEastAsia(), font, props.size(), props.bold(), props.italic(),
                    props.underline(), props.strike(), props.doubleStrike(), props.caps(), props.smallCaps(),
                    props.verticalAlign(), props.color(), props.highlight(), props.spacing(), props.hidden());
            shown = mapped;
        }
        ListLabel.Suffix suffix = switch (list.getTypeOfCharFollowingTheNumber(lvl)) {
            case 1 -> ListLabel.Suffix.SPACE;
            case 2 -> ListLabel.Suffix.NOTHING;
            default -> ListLabel.Suffix.TAB;
        };
        Alignment alignment = def == null ? Alignment.LEFT : switch (def.getAlignment()) {
            case 1 -> Alignment.CENTER;
            case 2 -> Alignment.RIGHT;
            default -> Alignment.LEFT;
        };
        return new ListLabel(shown, props, suffix, alignment);
    }

    private static int legalOr(ListLevel def, HWPFList list, char level) {
        return def != null && def.isLegalNumbering() ? 0 : list.getNumberFormat(level);
    }

    private static ListLevel level(HWPFList list, int level) {
        try {
            ListLevel[] levels = list.getListData().getLevels();
            return level < levels.length ? levels[level] : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The paragraph mark's properties with the level's own character properties (bullet font, bold…) over them. */
    private RunProps labelProps(ListLevel def, RunProps mark) {
        byte[] grpprl = def == null ? null : def.getGrpprlChpx();
        if (grpprl == null || grpprl.length == 0) {
            return mark;
        }
        CharacterProperties chp;
        try {
            chp = CharacterSprmUncompressor.uncompressCHP(new CharacterProperties(), grpprl, 0);
        } catch (RuntimeException e) {
            return mark;
        }
        String ascii = grpprlSets(grpprl, 0x4A4F) ? fonts.name(chp.getFtcAscii(), mark.fontAscii()) : mark.fontAscii();
        String other = grpprlSets(grpprl, 0x4A51) ? fonts.name(chp.getFtcOther(), mark.fontHAnsi()) : mark.fontHAnsi();
        String fe = grpprlSets(grpprl, 0x4A50) ? fonts.name(chp.getFtcFE(), mark.fontEastAsia()) : mark.fontEastAsia();
        double size = grpprlSets(grpprl, 0x4A43) ? Units.fontSize(chp.getHps()) : mark.size();
        boolean bold = grpprlSets(grpprl, 0x0835) ? chp.isFBold() : mark.bold();
        boolean italic = grpprlSets(grpprl, 0x0836) ? chp.isFItalic() : mark.italic();
        return new RunProps(ascii, other, fe, mark.fontCs(), size, bold, italic, RunProps.Underline.NONE, false,
                false, mark.caps(), mark.smallCaps(), RunProps.VerticalAlign.BASELINE, mark.color(), null, 0, false);
    }

    /** Whether a SPRM list names this operation (its two-byte code), so unset properties stay the mark's. */
    private static boolean grpprlSets(byte[] grpprl, int sprm) {
        int i = 0;
        while (i + 2 <= grpprl.length) {
            int op = (grpprl[i] & 0xFF) | (grpprl[i + 1] & 0xFF) << 8;
            if (op == sprm) {
                return true;
            }
            int spra = op >>> 13;
            int operand = switch (spra) {
                case 0, 1 -> 1;
                case 2, 4, 5 -> 2;
                case 3 -> 4;
                case 7 -> 3;
                default -> i + 2 < grpprl.length ? (grpprl[i + 2] & 0xFF) + 1 : 1; // variable length
            };
            i += 2 + operand;
        }
        return false;
    }

    /** Binary number format codes (nfc) as WordprocessingML's names, so both readers write numbers alike. */
    static String numFmt(int nfc) {
        return SharedValues.numberFormatName(nfc);
    }
}
