package org.inkpool.docx.style;

import org.inkpool.docx.opc.Ooxml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The numbering part (abstract definitions, numbering instances with their overrides) and the running
 * counters of the lists as the body is read in order.
 */
public final class Numbering {
    /** One level of a list definition. */
    public record Level(int start, String format, String text, Integer restart, boolean legal, String suffix,
                 String justification, String paragraphStyle, Element pPr, Element rPr) {
    }

    private record Abstract(Level[] levels, String numStyleLink) {
    }

    private record Instance(String abstractId, Map<Integer, Integer> startOverrides, Map<Integer, Level> levels) {
    }

    /** A numbered paragraph's level and its formatted label text. */
    public record Label(Level level, String text) {
    }

    private final Map<String, Abstract> abstracts = new HashMap<>();
    private final Map<String, Instance> instances = new HashMap<>();
    private final Map<String, int[]> counters = new HashMap<>();
    private final Map<String, boolean[]> started = new HashMap<>();

    /** A document without a numbering part; counters are per read, so never shared. */
    public static Numbering empty() {
        return new Numbering();
    }

    public static Numbering parse(Document xml) {
        Numbering n = new Numbering();
        for (Element e : Ooxml.children(xml.getDocumentElement())) {
            if (Ooxml.is(e, Ooxml.W, "abstractNum")) {
                Level[] levels = new Level[9];
                for (Element lvl : Ooxml.children(e)) {
                    if (Ooxml.is(lvl, Ooxml.W, "lvl")) {
                        Integer ilvl = Ooxml.integer(Ooxml.wAttr(lvl, "ilvl"));
                        if (ilvl != null && ilvl >= 0 && ilvl < 9) {
                            levels[ilvl] = level(lvl);
                        }
                    }
                }
                Element link = Ooxml.wChild(e, "numStyleLink");
                n.abstracts.putIfAbsent(Ooxml.wAttr(e, "abstractNumId"),
                        new Abstract(levels, link == null ? null : Ooxml.val(link)));
            } else if (Ooxml.is(e, Ooxml.W, "num")) {
                String id = Ooxml.wAttr(e, "numId");
                Element abs = Ooxml.wChild(e, "abstractNumId");
                Map<Integer, Integer> starts = new HashMap<>();
                Map<Integer, Level> levels = new HashMap<>();
                for (Element o : Ooxml.children(e)) {
                    if (!Ooxml.is(o, Ooxml.W, "lvlOverride")) {
                        continue;
                    }
                    Integer ilvl = Ooxml.integer(Ooxml.wAttr(o, "ilvl"));
                    if (ilvl == null || ilvl < 0 || ilvl > 8) {
                        continue;
                    }
                    Element so = Ooxml.wChild(o, "startOverride");
                    if (so != null && Ooxml.integer(Ooxml.val(so)) != null) {
                        starts.put(ilvl, clampCounter(Ooxml.integer(Ooxml.val(so))));
                    }
                    Element lvl = Ooxml.wChild(o, "lvl");
                    if (lvl != null) {
                        levels.put(ilvl, level(lvl));
                    }
                }
                if (id != null && abs != null) {
                    n.instances.putIfAbsent(id.trim(), new Instance(Ooxml.val(abs), starts, levels));
                }
            }
        }
        return n;
    }

    /**
     * The level's w:numFmt. Word 2010 writes custom formats as mc:AlternateContent whose Fallback holds the
     * classic format this reader knows.
     */
    private static Element numberFormat(Element lvl) {
        Element direct = Ooxml.wChild(lvl, "numFmt");
        if (direct != null) {
            return direct;
        }
        Element alternate = Ooxml.child(lvl, Ooxml.MC, "AlternateContent");
        return alternate == null ? null : Ooxml.wChild(Ooxml.child(alternate, Ooxml.MC, "Fallback"), "numFmt");
    }

    /** A picture bullet (w:lvlPicBulletId) with no text of its own is drawn as an ordinary bullet. */
    private static String bulletText(String text, boolean pictureBullet) {
        return pictureBullet && (text == null || text.isEmpty()) ? "\u2022" : text;
    }

    /** Word keeps list numbers within 0–32767; a hostile start value must not make a giant label. */
    private static int clampCounter(int v) {
        return Math.max(0, Math.min(32767, v));
    }

    private static Level level(Element lvl) {
        Integer start = Ooxml.integer(Ooxml.val(Ooxml.wChild(lvl, "start")));
        Element fmt = numberFormat(lvl);
        Element text = Ooxml.wChild(lvl, "lvlText");
        Element restart = Ooxml.wChild(lvl, "lvlRestart");
        Element suff = Ooxml.wChild(lvl, "suff");
        Element jc = Ooxml.wChild(lvl, "lvlJc");
        Element pStyle = Ooxml.wChild(lvl, "pStyle");
        return new Level(start == null ? 0 : clampCounter(start), fmt == null ? "decimal" : Ooxml.val(fmt),
                bulletText(text == null ? null : Ooxml.val(text), Ooxml.wChild(lvl, "lvlPicBulletId") != null),
                restart == null ? null : Ooxml.integer(Ooxml.val(restart)),
                Boolean.TRUE.equals(Ooxml.onOff(Ooxml.wChild(lvl, "isLgl"))),
                suff == null ? "tab" : Ooxml.val(suff), jc == null ? "left" : Ooxml.val(jc),
                pStyle == null ? null : Ooxml.val(pStyle), Ooxml.wChild(lvl, "pPr"), Ooxml.wChild(lvl, "rPr"));
    }

    /**
     * The level definition for a paragraph, without counting (for its indents), or null when the
     * numbering does not exist.
     *
     * @param styleNumId the numId a paragraph style carries, for abstract definitions linked to a style
     */
    public Level level(String numId, int ilvl, Function<String, String> styleNumId) {
        Level[] levels = levels(numId, styleNumId);
        if (levels == null) {
            return null;
        }
        Instance inst = instances.get(numId);
        Level override = inst.levels.get(ilvl);
        return override != null ? override : levels[ilvl];
    }

    /** The level a list-style paragraph uses when its style gives no w:ilvl: the one naming the style. */
    public int levelForStyle(String numId, String styleId, Function<String, String> styleNumId) {
        Level[] levels = levels(numId, styleNumId);
        if (levels != null && styleId != null) {
            for (int i = 0; i < 9; i++) {
                if (levels[i] != null && styleId.equals(levels[i].paragraphStyle())) {
                    return i;
                }
            }
        }
        return 0;
    }

    private Level[] levels(String numId, Function<String, String> styleNumId) {
        Abstract abs = abstractOf(numId, styleNumId);
        return abs == null ? null : abs.levels;
    }

    private Abstract abstractOf(String numId, Function<String, String> styleNumId) {
        Instance inst = numId == null ? null : instances.get(numId);
        Abstract abs = inst == null ? null : abstracts.get(inst.abstractId);
        // numStyleLink: the definition lives in the numbering that the linked style refers to.
        for (int hops = 0; abs != null && abs.numStyleLink != null && hops < 4; hops++) {
            String linkedNum = styleNumId.apply(abs.numStyleLink);
            Instance linked = linkedNum == null ? null : instances.get(linkedNum);
            Abstract next = linked == null ? null : abstracts.get(linked.abstractId);
            if (next == null || next == abs) {
                break;
            }
            abs = next;
        }
        return abs;
    }

    /** Counts one paragraph of the list and returns its label; null when the numbering is unknown. */
    public Label next(String numId, int ilvl, Function<String, String> styleNumId) {
        Instance inst = instances.get(numId);
        Abstract abs = abstractOf(numId, styleNumId);
        if (inst == null || abs == null) {
            return null;
        }
        Level level = level(numId, ilvl, styleNumId);
        if (level == null) {
            return null;
        }
        // Instances of one abstract definition share counters, unless an instance restarts with overrides.
        String key = inst.startOverrides.isEmpty() && inst.levels.isEmpty() ? "a:" + inst.abstractId : "n:" + numId;
        int[] count = counters.computeIfAbsent(key, k -> new int[9]);
        boolean[] on = started.computeIfAbsent(key, k -> new boolean[9]);
        count[ilvl] = on[ilvl] ? Math.min(count[ilvl] + 1, 32767) : startOf(inst, abs, numId, ilvl, styleNumId);
        on[ilvl] = true;
        for (int deeper = ilvl + 1; deeper < 9; deeper++) {
            Level d = level(numId, deeper, styleNumId);
            Integer restartAfter = d == null ? null : d.restart();
            // lvlRestart n: restart when a level up to n (1-based) is used; 0: never restart.
            if (restartAfter == null || (restartAfter != 0 && ilvl < restartAfter)) {
                on[deeper] = false;
            }
        }
        return new Label(level, text(level, count, on, inst, abs, numId, styleNumId));
    }

    private int startOf(Instance inst, Abstract abs, String numId, int ilvl, Function<String, String> styleNumId) {
        Integer override = inst.startOverrides.get(ilvl);
        if (override != null) {
            return override;
        }
        Level l = level(numId, ilvl, styleNumId);
        return l == null ? 1 : l.start();
    }

    private String text(Level level, int[] count, boolean[] on, Instance inst, Abstract abs, String numId,
                        Function<String, String> styleNumId) {
        String pattern = level.text();
        if (pattern == null) {
            return "";
        }
        if ("bullet".equals(level.format())) {
            return pattern;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) >= '1' && pattern.charAt(i + 1) <= '9') {
                int ref = pattern.charAt(i + 1) - '1';
                Level refLevel = level(numId, ref, styleNumId);
                int value = on[ref] ? count[ref] : startOf(inst, abs, numId, ref, styleNumId);
                String fmt = refLevel == null ? "decimal" : refLevel.format();
                if (level.legal() && !"none".equals(fmt)) {
                    fmt = "decimal";
                }
                out.append(NumberFormats.format(fmt, value));
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
