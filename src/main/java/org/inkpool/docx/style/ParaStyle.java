package org.inkpool.docx.style;

import org.inkpool.docx.PageLookReader;
import org.inkpool.docx.opc.Limits;
import org.inkpool.docx.opc.Ooxml;
import org.inkpool.model.style.Alignment;
import org.inkpool.model.style.LineSpacing;
import org.inkpool.model.style.ParagraphProps;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.style.TabStop;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Paragraph properties while the cascade is applied; null = not set at any level yet. Tab stops are kept
 * as the ordered list of set/clear operations of every level, so style tabs merge with paragraph tabs.
 */
public final class ParaStyle {
    public String styleId;
    public Alignment alignment;
    public Double left;
    public Double right;
    /** Signed: negative is a hanging indent. */
    public Double firstLine;
    public Double leftChars;
    public Double rightChars;
    public Double firstLineChars;
    Double before;
    Double after;
    Double beforeLines;
    Double afterLines;
    Boolean beforeAuto;
    Boolean afterAuto;
    Double line;
    String lineRule;
    Boolean contextualSpacing;
    Boolean keepNext;
    Boolean keepLines;
    Boolean widowControl;
    Boolean pageBreakBefore;
    /** w:bidi: a right-to-left paragraph. */
    Boolean bidi;
    boolean shadingSet;
    Rgb shading;
    public String numId;
    public Integer numLevel;
    /** w:outlineLvl: 0 … 8 for headings, 9 for body text. */
    public Integer outlineLevel;
    /** w:pBdr edges by side name (top, left, bottom, right, between, bar); a side set later replaces it. */
    final java.util.Map<String, org.inkpool.model.style.ParagraphBorders.Edge> borders = new java.util.HashMap<>();
    Boolean snapToGrid;
    final List<TabOp> tabs = new ArrayList<>();

    /** One w:tab of a w:tabs list: a stop to add, or (clear) an inherited stop to remove. */
    record TabOp(double position, TabStop.TabAlignment alignment, TabStop.TabLeader leader, boolean clear) {
    }

    ParaStyle copy() {
        ParaStyle c = new ParaStyle();
        c.overrideWith(this);
        c.styleId = styleId;
        return c;
    }

    /** Reads one w:pPr over the current values. */
    public ParaStyle apply(Element pPr) {
        if (pPr == null) {
            return this;
        }
        for (Element e : Ooxml.children(pPr)) {
            if (!Ooxml.W.equals(Ooxml.family(e))) {
                continue;
            }
            switch (e.getLocalName()) {
                case "pStyle" -> styleId = Ooxml.val(e);
                case "numPr" -> {
                    Element id = Ooxml.wChild(e, "numId");
                    Element lvl = Ooxml.wChild(e, "ilvl");
                    if (id != null && Ooxml.val(id) != null) {
                        numId = Ooxml.val(id).trim();
                    }
                    if (lvl != null && Ooxml.integer(Ooxml.val(lvl)) != null) {
                        numLevel = Math.max(0, Math.min(8, Ooxml.integer(Ooxml.val(lvl))));
                    }
                }
                case "jc" -> alignment = alignment(Ooxml.val(e), alignment);
                case "ind" -> applyIndent(e);
                case "spacing" -> applySpacing(e);
                case "contextualSpacing" -> contextualSpacing = Ooxml.onOff(e);
                case "keepNext" -> keepNext = Ooxml.onOff(e);
                case "keepLines" -> keepLines = Ooxml.onOff(e);
                case "widowControl" -> widowControl = Ooxml.onOff(e);
                case "pageBreakBefore" -> pageBreakBefore = Ooxml.onOff(e);
                case "bidi" -> bidi = Ooxml.onOff(e);
                case "shd" -> {
                    shadingSet = true;
                    shading = RunStyle.shadingFill(e);
                }
                case "tabs" -> applyTabs(e);
                case "outlineLvl" -> outlineLevel = Ooxml.integer(Ooxml.val(e));
                case "pBdr" -> applyBorders(e);
                case "snapToGrid" -> snapToGrid = Ooxml.onOff(e);
                default -> {
                    // frames… are not in the model yet
                }
            }
        }
        return this;
    }

    private void applyIndent(Element ind) {
        Double l = Ooxml.twipsToPt(firstNonNull(Ooxml.wAttr(ind, "start"), Ooxml.wAttr(ind, "left")));
        Double r = Ooxml.twipsToPt(firstNonNull(Ooxml.wAttr(ind, "end"), Ooxml.wAttr(ind, "right")));
        Double first = Ooxml.twipsToPt(Ooxml.wAttr(ind, "firstLine"));
        Double hanging = Ooxml.twipsToPt(Ooxml.wAttr(ind, "hanging"));
        if (l != null) {
            left = l;
            leftChars = null;
        }
        if (r != null) {
            right = r;
            rightChars = null;
        }
        if (hanging != null) {
            firstLine = -hanging;
            firstLineChars = null;
        } else if (first != null) {
            firstLine = first;
            firstLineChars = null;
        }
        // Character-unit forms (hundredths of a character) win over the twips forms when non-zero.
        Double lc = hundredths(firstNonNull(Ooxml.wAttr(ind, "startChars"), Ooxml.wAttr(ind, "leftChars")));
        Double rc = hundredths(firstNonNull(Ooxml.wAttr(ind, "endChars"), Ooxml.wAttr(ind, "rightChars")));
        Double fc = hundredths(Ooxml.wAttr(ind, "firstLineChars"));
        Double hc = hundredths(Ooxml.wAttr(ind, "hangingChars"));
        if (lc != null) {
            leftChars = lc == 0 ? null : lc;
        }
        if (rc != null) {
            rightChars = rc == 0 ? null : rc;
        }
        if (hc != null && hc != 0) {
            firstLineChars = -hc;
        } else if (fc != null) {
            firstLineChars = fc == 0 ? null : fc;
        }
    }

    private void applySpacing(Element sp) {
        Double b = Ooxml.twipsToPt(Ooxml.wAttr(sp, "before"));
        Double a = Ooxml.twipsToPt(Ooxml.wAttr(sp, "after"));
        if (b != null) {
            before = b;
            beforeLines = null;
        }
        if (a != null) {
            after = a;
            afterLines = null;
        }
        Double bl = hundredths(Ooxml.wAttr(sp, "beforeLines"));
        Double al = hundredths(Ooxml.wAttr(sp, "afterLines"));
        if (bl != null) {
            beforeLines = bl == 0 ? null : bl;
        }
        if (al != null) {
            afterLines = al == 0 ? null : al;
        }
        String ba = Ooxml.wAttr(sp, "beforeAutospacing");
        String aa = Ooxml.wAttr(sp, "afterAutospacing");
        if (ba != null) {
            beforeAuto = isOn(ba);
        }
        if (aa != null) {
            afterAuto = isOn(aa);
        }
        String lineValue = Ooxml.wAttr(sp, "line");
        String rule = Ooxml.wAttr(sp, "lineRule");
        if (lineValue != null && Ooxml.integer(lineValue) != null) {
            line = Ooxml.integer(lineValue).doubleValue();
            lineRule = rule == null ? "auto" : rule;
        } else if (rule != null) {
            lineRule = rule; // a rule alone reinterprets the inherited value
        }
    }

    private void applyBorders(Element pBdr) {
        for (Element side : Ooxml.children(pBdr)) {
            if (!Ooxml.W.equals(Ooxml.family(side))) {
                continue;
            }
            String name = switch (side.getLocalName()) {
                case "start" -> "left";
                case "end" -> "right";
                default -> side.getLocalName();
            };
            if (java.util.Set.of("top", "left", "bottom", "right", "between", "bar").contains(name)) {
                borders.put(name, PageLookReader.edge(side));
            }
        }
    }

    private org.inkpool.model.style.ParagraphBorders resolveBorders() {
        if (borders.isEmpty()) {
            return org.inkpool.model.style.ParagraphBorders.NONE;
        }
        return new org.inkpool.model.style.ParagraphBorders(borders.get("top"), borders.get("left"), borders.get("bottom"),
                borders.get("right"), borders.get("between"), borders.get("bar"));
    }

    private void applyTabs(Element tabsEl) {
        for (Element t : Ooxml.children(tabsEl)) {
            if (!Ooxml.is(t, Ooxml.W, "tab")) {
                continue;
            }
            Double pos = Ooxml.twipsToPt(Ooxml.wAttr(t, "pos"));
            if (pos == null) {
                continue;
            }
            String v = Ooxml.val(t);
            boolean clear = "clear".equals(v);
            tabs.add(new TabOp(pos, tabAlignment(v), tabLeader(Ooxml.wAttr(t, "leader")), clear));
        }
    }

    /** Lays {@code later} over this. */
    public ParaStyle overrideWith(ParaStyle later) {
        alignment = pick(later.alignment, alignment);
        if (later.left != null) {
            left = later.left;
            leftChars = null;
        }
        if (later.right != null) {
            right = later.right;
            rightChars = null;
        }
        if (later.firstLine != null) {
            firstLine = later.firstLine;
            firstLineChars = null;
        }
        leftChars = pick(later.leftChars, leftChars);
        rightChars = pick(later.rightChars, rightChars);
        firstLineChars = pick(later.firstLineChars, firstLineChars);
        if (later.before != null) {
            before = later.before;
            beforeLines = null;
        }
        if (later.after != null) {
            after = later.after;
            afterLines = null;
        }
        beforeLines = pick(later.beforeLines, beforeLines);
        afterLines = pick(later.afterLines, afterLines);
        beforeAuto = pick(later.beforeAuto, beforeAuto);
        afterAuto = pick(later.afterAuto, afterAuto);
        line = pick(later.line, line);
        lineRule = pick(later.lineRule, lineRule);
        contextualSpacing = pick(later.contextualSpacing, contextualSpacing);
        keepNext = pick(later.keepNext, keepNext);
        keepLines = pick(later.keepLines, keepLines);
        widowControl = pick(later.widowControl, widowControl);
        pageBreakBefore = pick(later.pageBreakBefore, pageBreakBefore);
        bidi = pick(later.bidi, bidi);
        if (later.shadingSet) {
            shadingSet = true;
            shading = later.shading;
        }
        numId = pick(later.numId, numId);
        numLevel = pick(later.numLevel, numLevel);
        outlineLevel = pick(later.outlineLevel, outlineLevel);
        tabs.addAll(later.tabs);
        borders.putAll(later.borders);
        snapToGrid = pick(later.snapToGrid, snapToGrid);
        return this;
    }

    /** Only the indents and tabs of {@code later}: what a numbering level contributes to a paragraph. */
    public ParaStyle overrideIndentsWith(ParaStyle later) {
        if (later.left != null) {
            left = later.left;
            leftChars = null;
        }
        if (later.right != null) {
            right = later.right;
            rightChars = null;
        }
        if (later.firstLine != null) {
            firstLine = later.firstLine;
            firstLineChars = null;
        }
        leftChars = pick(later.leftChars, leftChars);
        firstLineChars = pick(later.firstLineChars, firstLineChars);
        tabs.addAll(later.tabs);
        return this;
    }

    /**
     * The model record.
     *
     * @param charSize  the paragraph's font size, the unit of the *Chars indents
     * @param defaultTab w:defaultTabStop in points
     */
    public ParagraphProps resolve(double charSize, double defaultTab) {
        double l = leftChars != null ? leftChars * charSize : orZero(left);
        double r = rightChars != null ? rightChars * charSize : orZero(right);
        double f = firstLineChars != null ? firstLineChars * charSize : orZero(firstLine);
        // "Lines" spacing is in hundredths of a line; Word takes a line as 12 pt here.
        double b = beforeLines != null ? beforeLines * 12 : orZero(before);
        double a = afterLines != null ? afterLines * 12 : orZero(after);
        return new ParagraphProps(alignment == null ? Alignment.LEFT : alignment, Limits.length(l),
                Limits.length(r), Limits.length(f), Limits.positiveLength(b), Limits.positiveLength(a),
                Boolean.TRUE.equals(beforeAuto), Boolean.TRUE.equals(afterAuto), lineSpacing(),
                Boolean.TRUE.equals(contextualSpacing), styleId,
                Boolean.TRUE.equals(keepNext), Boolean.TRUE.equals(keepLines), !Boolean.FALSE.equals(widowControl),
                Boolean.TRUE.equals(pageBreakBefore), resolveTabs(), Limits.clamp(defaultTab, 1, Limits.MAX_PAGE),
                shading, Boolean.TRUE.equals(bidi), resolveBorders(), !Boolean.FALSE.equals(snapToGrid));
    }

    private LineSpacing lineSpacing() {
        if (line == null || line <= 0) {
            return LineSpacing.SINGLE;
        }
        return switch (lineRule == null ? "auto" : lineRule) {
            case "exact" -> new LineSpacing(LineSpacing.LineRule.EXACT, Limits.clamp(line / 20.0, 1, Limits.MAX_PAGE));
            case "atLeast" -> new LineSpacing(LineSpacing.LineRule.AT_LEAST, Limits.positiveLength(line / 20.0));
            default -> new LineSpacing(LineSpacing.LineRule.AUTO, Limits.clamp(line / 240.0, 0.06, 132));
        };
    }

    private List<TabStop> resolveTabs() {
        if (tabs.isEmpty()) {
            return List.of();
        }
        TreeMap<Long, TabStop> stops = new TreeMap<>();
        for (TabOp op : tabs) {
            if (Math.abs(op.position()) > Limits.MAX_LENGTH) {
                continue;
            }
            long key = Math.round(op.position() * 20);
            if (op.clear()) {
                stops.remove(key);
            } else {
                stops.put(key, new TabStop(op.position(), op.alignment(), op.leader()));
            }
        }
        return List.copyOf(stops.values());
    }

    private static double orZero(Double d) {
        return d == null ? 0 : d;
    }

    private static Double hundredths(String s) {
        Integer v = Ooxml.integer(s);
        return v == null ? null : v / 100.0;
    }

    private static boolean isOn(String v) {
        return !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
    }

    private static <T> T pick(T later, T earlier) {
        return later != null ? later : earlier;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    public static Alignment alignment(String v, Alignment otherwise) {
        if (v == null) {
            return otherwise;
        }
        return switch (v) {
            case "left", "start" -> Alignment.LEFT;
            case "center" -> Alignment.CENTER;
            case "right", "end" -> Alignment.RIGHT;
            case "both", "lowKashida", "mediumKashida", "highKashida", "thaiDistribute" -> Alignment.JUSTIFY;
            case "distribute" -> Alignment.DISTRIBUTE;
            default -> otherwise;
        };
    }

    private static TabStop.TabAlignment tabAlignment(String v) {
        if (v == null) {
            return TabStop.TabAlignment.LEFT;
        }
        return switch (v) {
            case "center" -> TabStop.TabAlignment.CENTER;
            case "right", "end" -> TabStop.TabAlignment.RIGHT;
            case "decimal" -> TabStop.TabAlignment.DECIMAL;
            case "bar" -> TabStop.TabAlignment.BAR;
            default -> TabStop.TabAlignment.LEFT;
        };
    }

    private static TabStop.TabLeader tabLeader(String v) {
        if (v == null) {
            return TabStop.TabLeader.NONE;
        }
        return switch (v) {
            case "dot" -> TabStop.TabLeader.DOT;
            case "hyphen" -> TabStop.TabLeader.HYPHEN;
            case "underscore" -> TabStop.TabLeader.UNDERSCORE;
            case "middleDot" -> TabStop.TabLeader.MIDDLE_DOT;
            case "heavy" -> TabStop.TabLeader.HEAVY;
            default -> TabStop.TabLeader.NONE;
        };
    }
}
