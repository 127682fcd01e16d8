package org.inkpool.docx.style;

import org.inkpool.docx.opc.Ooxml;
import org.inkpool.model.style.Rgb;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The styles part: document defaults and style definitions, with each style's basedOn chain flattened
 * once and cached. Combines the levels of the cascade for paragraphs and runs.
 */
public final class StyleSheet {
    private record StyleDef(String id, String name, String type, String basedOn, Element pPr, Element rPr,
                            boolean isDefault, Element tcPr, Element tblPr, Map<String, Element> conditional) {
    }

    private final Map<String, StyleDef> styles = new HashMap<>();
    private final RunStyle defaultRun = new RunStyle();
    private final ParaStyle defaultPara = new ParaStyle();
    private String defaultParagraphStyle;
    private String defaultCharacterStyle;
    private String defaultTableStyle;

    private final Map<String, ParaStyle> flatPara = new HashMap<>();
    private final Map<String, RunStyle> flatRun = new HashMap<>();
    private final Map<String, RunStyle> combinedRuns = new HashMap<>();
    private final Map<String, ParaStyle> tablePara = new HashMap<>();
    private final Map<String, RunStyle> tableRuns = new HashMap<>();

    /** A document without a styles part: a fresh (mutable, caching) sheet per read, never a shared one. */
    public static StyleSheet empty() {
        return new StyleSheet();
    }

    public static StyleSheet parse(Document xml) {
        StyleSheet sheet = new StyleSheet();
        Element root = xml.getDocumentElement();
        Element docDefaults = Ooxml.wChild(root, "docDefaults");
        if (docDefaults != null) {
            sheet.defaultRun.apply(Ooxml.wChild(Ooxml.wChild(docDefaults, "rPrDefault"), "rPr"));
            sheet.defaultPara.apply(Ooxml.wChild(Ooxml.wChild(docDefaults, "pPrDefault"), "pPr"));
        }
        for (Element s : Ooxml.children(root)) {
            if (!Ooxml.is(s, Ooxml.W, "style")) {
                continue;
            }
            String id = Ooxml.wAttr(s, "styleId");
            if (id == null) {
                continue;
            }
            String type = Ooxml.wAttr(s, "type");
            type = type == null ? "paragraph" : type;
            Element basedOn = Ooxml.wChild(s, "basedOn");
            boolean isDefault = Boolean.TRUE.equals(onOffAttr(Ooxml.wAttr(s, "default")));
            Element name = Ooxml.wChild(s, "name");
            Map<String, Element> conditional = new HashMap<>();
            for (Element c : Ooxml.children(s)) {
                if (Ooxml.is(c, Ooxml.W, "tblStylePr") && Ooxml.wAttr(c, "type") != null) {
                    conditional.put(Ooxml.wAttr(c, "type"), c);
                }
            }
            StyleDef def = new StyleDef(id, name == null ? id : Ooxml.val(name), type,
                    basedOn == null ? null : Ooxml.val(basedOn),
                    Ooxml.wChild(s, "pPr"), Ooxml.wChild(s, "rPr"), isDefault, Ooxml.wChild(s, "tcPr"),
                    Ooxml.wChild(s, "tblPr"), conditional);
            sheet.styles.putIfAbsent(id, def);
            if (isDefault) {
                switch (type) {
                    case "paragraph" -> sheet.defaultParagraphStyle = sheet.defaultParagraphStyle == null ? id
                            : sheet.defaultParagraphStyle;
                    case "character" -> sheet.defaultCharacterStyle = sheet.defaultCharacterStyle == null ? id
                            : sheet.defaultCharacterStyle;
                    case "table" -> sheet.defaultTableStyle = sheet.defaultTableStyle == null ? id
                            : sheet.defaultTableStyle;
                    default -> {
                    }
                }
            }
        }
        return sheet;
    }

    private static Boolean onOffAttr(String v) {
        if (v == null) {
            return null;
        }
        return v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on");
    }

    /** The style a paragraph without w:pStyle (or with an unknown one) uses. */
    public String paragraphStyleOrDefault(String id) {
        if (id != null && styles.containsKey(id)) {
            return id;
        }
        return defaultParagraphStyle;
    }

    /** The built-in Hyperlink character style (found by id or by its name, which is not localised). */
    public boolean isHyperlinkStyle(String id) {
        StyleDef def = styles.get(id);
        return "Hyperlink".equalsIgnoreCase(id) || def != null && "Hyperlink".equalsIgnoreCase(def.name);
    }

    public String defaultTableStyle() {
        return defaultTableStyle;
    }

    public boolean exists(String id) {
        return id != null && styles.containsKey(id);
    }

    /** The document's East Asian language from the defaults (or the default paragraph style), or null. */
    public String defaultEastAsiaLang() {
        return defaultRun.langEastAsia != null ? defaultRun.langEastAsia
                : defaultParagraphStyle == null ? null : flatRun(defaultParagraphStyle).langEastAsia;
    }

    /** The document's language (w:lang/@w:val of the defaults or the default paragraph style), or null. */
    public String defaultLang() {
        return defaultRun.lang != null ? defaultRun.lang
                : defaultParagraphStyle == null ? null : flatRun(defaultParagraphStyle).lang;
    }

    public String defaultBidiLang() {
        return defaultRun.langBidi != null ? defaultRun.langBidi
                : defaultParagraphStyle == null ? null : flatRun(defaultParagraphStyle).langBidi;
    }

    /**
     * A table style with the conditional formats a cell takes, as one key ("Grid|band1Horz firstCol");
     * the key stands for the table layer of the cascade of that cell's paragraphs.
     */
    public static String tableKey(String styleId, List<String> conditions) {
        return styleId == null ? null : conditions.isEmpty() ? styleId : styleId + "|" + String.join(" ", conditions);
    }

    /** The table style chain's whole-table properties, then each condition's, root style first. */
    private <T> T tableLayer(String key, Map<String, T> cache, Supplier<T> empty, BiConsumer<T, Element> applier,
                             Function<T, T> copier, String part) {
        T cached = cache.get(key);
        if (cached == null) {
            int bar = key.indexOf('|');
            String id = bar < 0 ? key : key.substring(0, bar);
            List<String> conditions = bar < 0 ? List.of() : List.of(key.substring(bar + 1).split(" "));
            List<StyleDef> chain = chain(id);
            cached = empty.get();
            for (StyleDef d : chain) {
                applier.accept(cached, "pPr".equals(part) ? d.pPr : d.rPr);
            }
            for (String condition : conditions) {
                for (StyleDef d : chain) {
                    Element c = d.conditional.get(condition);
                    if (c != null) {
                        applier.accept(cached, Ooxml.wChild(c, part));
                    }
                }
            }
            cache.put(key, cached);
        }
        return copier.apply(cached);
    }

    private ParaStyle tableParagraph(String key) {
        return tableLayer(key, tablePara, ParaStyle::new, ParaStyle::apply, ParaStyle::copy, "pPr");
    }

    private RunStyle tableRun(String key) {
        return tableLayer(key, tableRuns, RunStyle::new, RunStyle::apply, RunStyle::copy, "rPr");
    }

    /** The cell background the table style gives a cell with these conditions, or null. */
    public Rgb tableCellShading(String styleId, List<String> conditions) {
        Rgb fill = null;
        List<StyleDef> chain = chain(styleId);
        for (StyleDef d : chain) {
            fill = shading(d.tcPr, fill);
        }
        for (String condition : conditions) {
            for (StyleDef d : chain) {
                Element c = d.conditional.get(condition);
                if (c != null) {
                    fill = shading(Ooxml.wChild(c, "tcPr"), fill);
                }
            }
        }
        return fill;
    }

    /** The w:tblPr elements of a table style's chain, root first (table width, borders, cell margins…). */
    public List<Element> tableProperties(String styleId) {
        List<Element> out = new ArrayList<>();
        for (StyleDef d : chain(styleId)) {
            if (d.tblPr != null) {
                out.add(d.tblPr);
            }
        }
        return out;
    }

    /**
     * The w:tcPr elements a table style gives a cell with these conditions, lowest precedence first:
     * the chain's whole-table cell properties, then each condition's, root style first.
     */
    public List<Element> tableCellProperties(String styleId, List<String> conditions) {
        List<Element> out = new ArrayList<>();
        List<StyleDef> chain = chain(styleId);
        for (StyleDef d : chain) {
            if (d.tcPr != null) {
                out.add(d.tcPr);
            }
        }
        for (String condition : conditions) {
            for (StyleDef d : chain) {
                Element c = d.conditional.get(condition);
                Element tcPr = c == null ? null : Ooxml.wChild(c, "tcPr");
                if (tcPr != null) {
                    out.add(tcPr);
                }
            }
        }
        return out;
    }

    private static Rgb shading(Element tcPr, Rgb otherwise) {
        Element shd = Ooxml.wChild(tcPr, "shd");
        if (shd == null) {
            return otherwise;
        }
        return RunStyle.shadingFill(shd);
    }

    /** w:tblStyleRowBandSize and w:tblStyleColBandSize of the style chain (1 when absent). */
    public int[] bandSizes(String styleId) {
        int[] sizes = {1, 1};
        for (StyleDef d : chain(styleId)) {
            Integer r = Ooxml.integer(Ooxml.val(Ooxml.wChild(d.tblPr, "tblStyleRowBandSize")));
            Integer c = Ooxml.integer(Ooxml.val(Ooxml.wChild(d.tblPr, "tblStyleColBandSize")));
            sizes[0] = r != null && r > 0 ? Math.min(r, 1000) : sizes[0];
            sizes[1] = c != null && c > 0 ? Math.min(c, 1000) : sizes[1];
        }
        return sizes;
    }

    /** The basedOn chain of a style, root first; cycles and absurd depths stop the walk. */
    private List<StyleDef> chain(String id) {
        Deque<StyleDef> chain = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        for (StyleDef d = id == null ? null : styles.get(id); d != null && seen.add(d.id) && chain.size() < 64;
             d = d.basedOn == null ? null : styles.get(d.basedOn)) {
            chain.push(d);
        }
        return List.copyOf(chain);
    }

    /** Paragraph properties of docDefaults, the table style and the paragraph style chain, in that order. */
    public ParaStyle paragraphBase(String tableStyle, String paraStyle) {
        ParaStyle p = defaultPara.copy();
        if (tableStyle != null) {
            p.overrideWith(tableParagraph(tableStyle));
        }
        if (paraStyle != null) {
            p.overrideWith(flatParagraph(paraStyle));
        }
        p.styleId = paraStyle;
        return p;
    }

    /** The style chain's own paragraph properties (numbering linked through the style included). */
    public ParaStyle flatParagraph(String id) {
        return flatten(id, flatPara, ParaStyle::new, (acc, def) -> acc.apply(def.pPr), ParaStyle::copy);
    }

    private RunStyle flatRun(String id) {
        return flatten(id, flatRun, RunStyle::new, (acc, def) -> acc.apply(def.rPr), RunStyle::copy);
    }

    /** Applies the basedOn chain root first; cycles and absurd depths stop the walk. */
    private <T> T flatten(String id, Map<String, T> cache, Supplier<T> empty, BiConsumer<T, StyleDef> applier,
                          Function<T, T> copier) {
        if (id == null) {
            return empty.get();
        }
        T cached = cache.get(id);
        if (cached != null) {
            return copier.apply(cached);
        }
        T acc = empty.get();
        for (StyleDef d : chain(id)) {
            applier.accept(acc, d);
        }
        cache.put(id, acc);
        return copier.apply(acc);
    }

    /**
     * Run properties of the styles for a run: docDefaults, then the table, paragraph and character
     * styles. Toggle properties (bold, italic, caps…) set in styles flip each other, as ECMA-376 17.7.3 says;
     * direct formatting is applied by the caller and is absolute.
     */
    public RunStyle runBase(String tableStyle, String paraStyle, String charStyle) {
        String c = charStyle != null && styles.containsKey(charStyle) ? charStyle : defaultCharacterStyle;
        String key = tableStyle + '\u0001' + paraStyle + '\u0001' + c;
        RunStyle cached = combinedRuns.get(key);
        if (cached == null) {
            RunStyle t = tableStyle == null ? new RunStyle() : tableRun(tableStyle);
            RunStyle p = paraStyle == null ? new RunStyle() : flatRun(paraStyle);
            RunStyle ch = c == null ? new RunStyle() : flatRun(c);
            RunStyle r = defaultRun.copy().overrideWith(t).overrideWith(p).overrideWith(ch);
            r.bold = toggle(defaultRun.bold, t.bold, p.bold, ch.bold);
            r.italic = toggle(defaultRun.italic, t.italic, p.italic, ch.italic);
            r.caps = toggle(defaultRun.caps, t.caps, p.caps, ch.caps);
            r.smallCaps = toggle(defaultRun.smallCaps, t.smallCaps, p.smallCaps, ch.smallCaps);
            r.strike = toggle(defaultRun.strike, t.strike, p.strike, ch.strike);
            r.doubleStrike = toggle(defaultRun.doubleStrike, t.doubleStrike, p.doubleStrike, ch.doubleStrike);
            r.hidden = toggle(defaultRun.hidden, t.hidden, p.hidden, ch.hidden);
            r.charStyle = null;
            cached = r;
            combinedRuns.put(key, cached);
        }
        return cached.copy();
    }

    private static Boolean toggle(Boolean defaults, Boolean table, Boolean para, Boolean character) {
        if (table == null && para == null && character == null) {
            return defaults;
        }
        return Boolean.TRUE.equals(table) ^ Boolean.TRUE.equals(para) ^ Boolean.TRUE.equals(character);
    }
}
