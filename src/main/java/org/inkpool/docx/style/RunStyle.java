package org.inkpool.docx.style;

import org.inkpool.docx.opc.Limits;
import org.inkpool.docx.opc.Ooxml;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.style.RunProps;
import org.w3c.dom.Element;

import java.util.Map;

/**
 * Character properties while the cascade is being applied: every field is null until some level of
 * the cascade sets it. {@link #apply} reads one {@code w:rPr}; {@link #overrideWith} lays a later level
 * over this one; {@link #resolve} turns the result into the immutable model record.
 */
public final class RunStyle {
    static final String[] SLOTS = {"ascii", "hAnsi", "eastAsia", "cs"};
    private static final String[] THEME_ATTRS = {"asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"};

    private static final Map<String, Integer> HIGHLIGHTS = Map.ofEntries(
            Map.entry("black", 0x000000), Map.entry("blue", 0x0000FF), Map.entry("cyan", 0x00FFFF),
            Map.entry("green", 0x00FF00), Map.entry("magenta", 0xFF00FF), Map.entry("red", 0xFF0000),
            Map.entry("yellow", 0xFFFF00), Map.entry("white", 0xFFFFFF), Map.entry("darkBlue", 0x000080),
            Map.entry("darkCyan", 0x008080), Map.entry("darkGreen", 0x008000), Map.entry("darkMagenta", 0x800080),
            Map.entry("darkRed", 0x800000), Map.entry("darkYellow", 0x808000), Map.entry("darkGray", 0x808080),
            Map.entry("lightGray", 0xC0C0C0));

    /** Explicit font names per slot (ascii, hAnsi, eastAsia, cs). */
    public final String[] fonts = new String[4];
    /** Theme font references per slot; at one level a theme reference beats an explicit name. */
    public final String[] themeFonts = new String[4];
    public Double size;
    public Boolean bold;
    public Boolean italic;
    /** Complex-script size, bold and italic (w:szCs, w:bCs, w:iCs): they format Arabic, Hebrew… text. */
    Double sizeCs;
    Boolean boldCs;
    Boolean italicCs;
    /** w:rtl: the run is right-to-left text, every character formatted as complex script. */
    Boolean rtl;
    /** w:cs: every character of the run is formatted as complex script. */
    Boolean cs;
    Boolean caps;
    Boolean smallCaps;
    public Boolean strike;
    Boolean doubleStrike;
    Boolean hidden;
    public RunProps.Underline underline;
    RunProps.VerticalAlign verticalAlign;
    boolean colorSet;
    Rgb color;
    boolean highlightSet;
    Rgb highlight;
    boolean shadingSet;
    Rgb shading;
    Double spacing;
    /** w:position in points (raise; negative lowers). */
    Double raise;
    /** w:w as a fraction (1 = 100 %). */
    Double scale;
    /** w:kern: smallest kerned size in points (0: none). */
    Double kern;
    /** w14:ligatures as RunProps.LIGATURES_* flags. */
    Integer ligatures;
    String langEastAsia;
    String langBidi;
    /** w:lang/@w:val: the language of Latin text. */
    String lang;
    /** Character style named by a direct w:rPr (only meaningful on a run). */
    public String charStyle;
    /** w:rFonts/@w:hint: "eastAsia" draws shared punctuation and symbols with the East Asian font. */
    String fontHint;

    public RunStyle copy() {
        RunStyle c = new RunStyle();
        c.overrideWith(this);
        c.charStyle = charStyle;
        return c;
    }

    /** Reads one w:rPr element over the current values (direct semantics: every property is absolute). */
    public RunStyle apply(Element rPr) {
        if (rPr == null) {
            return this;
        }
        for (Element e : Ooxml.children(rPr)) {
            if (Ooxml.W14.equals(Ooxml.family(e))) {
                applyW14(e);
                continue;
            }
            if (!Ooxml.W.equals(Ooxml.family(e))) {
                continue;
            }
            switch (e.getLocalName()) {
                case "rStyle" -> charStyle = Ooxml.val(e);
                case "rFonts" -> applyFonts(e);
                case "sz" -> {
                    Double v = Ooxml.halfPointsToPt(Ooxml.val(e));
                    if (v != null && v > 0) {
                        size = v;
                    }
                }
                case "szCs" -> {
                    Double v = Ooxml.halfPointsToPt(Ooxml.val(e));
                    if (v != null && v > 0) {
                        sizeCs = v;
                    }
                }
                case "b" -> bold = Ooxml.onOff(e);
                case "i" -> italic = Ooxml.onOff(e);
                case "bCs" -> boldCs = Ooxml.onOff(e);
                case "iCs" -> italicCs = Ooxml.onOff(e);
                case "rtl" -> rtl = Ooxml.onOff(e);
                case "cs" -> cs = Ooxml.onOff(e);
                case "caps" -> caps = Ooxml.onOff(e);
                case "smallCaps" -> smallCaps = Ooxml.onOff(e);
                case "strike" -> strike = Ooxml.onOff(e);
                case "dstrike" -> doubleStrike = Ooxml.onOff(e);
                case "vanish" -> hidden = Ooxml.onOff(e);
                case "u" -> underline = underline(Ooxml.val(e));
                case "vertAlign" -> verticalAlign = verticalAlign(Ooxml.val(e));
                case "color" -> {
                    colorSet = true;
                    color = Rgb.parse(Ooxml.val(e));
                }
                case "highlight" -> {
                    highlightSet = true;
                    Integer rgb = HIGHLIGHTS.get(Ooxml.val(e));
                    highlight = rgb == null ? null : new Rgb(rgb);
                }
                case "shd" -> {
                    shadingSet = true;
                    shading = shadingFill(e);
                }
                case "spacing" -> spacing = Ooxml.twipsToPt(Ooxml.val(e));
                case "position" -> {
                    Integer halfPoints = Ooxml.integer(Ooxml.val(e));
                    raise = halfPoints == null ? raise : Limits.clamp(halfPoints / 2.0, -1584, 1584);
                }
                case "w" -> {
                    Integer percent = Ooxml.integer(Ooxml.val(e));
                    // ST_TextScale: 1–600 %
                    scale = percent == null ? scale : Limits.clamp(percent, 1, 600) / 100.0;
                }
                case "lang" -> {
                    String ea = Ooxml.wAttr(e, "eastAsia");
                    String bidi = Ooxml.wAttr(e, "bidi");
                    langEastAsia = ea != null ? ea : langEastAsia;
                    langBidi = bidi != null ? bidi : langBidi;
                    String val = Ooxml.val(e);
                    lang = val != null ? val : lang;
                }
                case "kern" -> {
                    Double v = Ooxml.halfPointsToPt(Ooxml.val(e));
                    kern = v == null ? kern : Limits.clamp(v, 0, 1638);
                }
                default -> {
                    // other properties (effects…) are not in the model yet
                }
            }
        }
        return this;
    }

    private void applyFonts(Element rFonts) {
        String hint = Ooxml.wAttr(rFonts, "hint");
        if (hint != null) {
            fontHint = hint;
        }
        for (int i = 0; i < 4; i++) {
            String theme = Ooxml.wAttr(rFonts, THEME_ATTRS[i]);
            String name = Ooxml.wAttr(rFonts, SLOTS[i]);
            if (theme != null && !theme.isEmpty()) {
                themeFonts[i] = theme;
                fonts[i] = null;
            } else if (namesAFont(name)) {
                fonts[i] = name.strip();
                themeFonts[i] = null;
            }
        }
    }

    /**
     * A blank name, or the CSS keyword "inherit" that HTML-to-Word tools write, names no font: the slot
     * keeps what the cascade gave it.
     */
    private static boolean namesAFont(String name) {
        return name != null && !name.isBlank() && !name.strip().equalsIgnoreCase("inherit");
    }

    /** Lays {@code later} over this: every property {@code later} sets wins. */
    public RunStyle overrideWith(RunStyle later) {
        for (int i = 0; i < 4; i++) {
            if (later.themeFonts[i] != null) {
                themeFonts[i] = later.themeFonts[i];
                fonts[i] = null;
            } else if (later.fonts[i] != null) {
                fonts[i] = later.fonts[i];
                themeFonts[i] = null;
            }
        }
        size = pick(later.size, size);
        bold = pick(later.bold, bold);
        italic = pick(later.italic, italic);
        sizeCs = pick(later.sizeCs, sizeCs);
        boldCs = pick(later.boldCs, boldCs);
        italicCs = pick(later.italicCs, italicCs);
        rtl = pick(later.rtl, rtl);
        cs = pick(later.cs, cs);
        caps = pick(later.caps, caps);
        smallCaps = pick(later.smallCaps, smallCaps);
        strike = pick(later.strike, strike);
        doubleStrike = pick(later.doubleStrike, doubleStrike);
        hidden = pick(later.hidden, hidden);
        underline = pick(later.underline, underline);
        verticalAlign = pick(later.verticalAlign, verticalAlign);
        if (later.colorSet) {
            colorSet = true;
            color = later.color;
        }
        if (later.highlightSet) {
            highlightSet = true;
            highlight = later.highlight;
        }
        if (later.shadingSet) {
            shadingSet = true;
            shading = later.shading;
        }
        spacing = pick(later.spacing, spacing);
        raise = pick(later.raise, raise);
        scale = pick(later.scale, scale);
        kern = pick(later.kern, kern);
        ligatures = pick(later.ligatures, ligatures);
        langEastAsia = pick(later.langEastAsia, langEastAsia);
        langBidi = pick(later.langBidi, langBidi);
        lang = pick(later.lang, lang);
        fontHint = pick(later.fontHint, fontHint);
        return this;
    }

    /** Word 2010's typography: w14:ligatures (w14:numForm and the others need features the shaper lacks). */
    private void applyW14(Element e) {
        if ("ligatures".equals(e.getLocalName())) {
            String v = e.getAttributeNS(Ooxml.W14_URI, "val");
            ligatures = ligatureFlags(v.isEmpty() ? null : v);
        }
    }

    /** ST_Ligatures: "none", "all", or the names of the kinds run together ("standardContextual"). */
    static int ligatureFlags(String value) {
        if (value == null || value.equals("none")) {
            return 0;
        }
        if (value.equals("all")) {
            return RunProps.LIGATURES_STANDARD | RunProps.LIGATURES_CONTEXTUAL | RunProps.LIGATURES_HISTORICAL
                    | RunProps.LIGATURES_DISCRETIONAL;
        }
        String v = value.toLowerCase(java.util.Locale.ROOT);
        return (v.contains("standard") ? RunProps.LIGATURES_STANDARD : 0)
                | (v.contains("contextual") ? RunProps.LIGATURES_CONTEXTUAL : 0)
                | (v.contains("historical") ? RunProps.LIGATURES_HISTORICAL : 0)
                | (v.contains("discretional") ? RunProps.LIGATURES_DISCRETIONAL : 0);
    }

    private static <T> T pick(T later, T earlier) {
        return later != null ? later : earlier;
    }

    public boolean eastAsiaHint() {
        return "eastAsia".equals(fontHint);
    }

    /**
     * Characters Word draws with the East Asian font when a run's hint is eastAsia, although by code point
     * they belong to the Latin slots (ECMA-376 17.3.2.26): Latin-1 symbols and the General Punctuation to
     * Dingbats blocks (quotes, dashes, ellipsis, arrows, mathematical and other symbols).
     */
    public static boolean followsEastAsiaHint(int c) {
        if (c >= 0x2000 && c <= 0x27BF) {
            return true;
        }
        return switch (c) {
            case 0xA1, 0xA4, 0xA7, 0xA8, 0xAA, 0xAD, 0xAF, 0xB0, 0xB1, 0xB2, 0xB3, 0xB4, 0xB6, 0xB7, 0xB8, 0xB9,
                 0xBA, 0xBC, 0xBD, 0xBE, 0xBF, 0xD7, 0xF7 -> true;
            default -> false;
        };
    }

    /** Turns the cascade's result into the model record; fonts resolved through the theme, never null. */
    public RunProps resolve(FontNames names) {
        String[] resolved = new String[4];
        for (int i = 0; i < 4; i++) {
            resolved[i] = themeFonts[i] != null ? names.theme(themeFonts[i]) : fonts[i];
        }
        String ascii = firstOf(resolved[0], resolved[1], names.defaultLatin());
        String hAnsi = firstOf(resolved[1], ascii);
        String cs = firstOf(resolved[3], hAnsi);
        String eastAsia = firstOf(resolved[2], names.defaultEastAsia(), hAnsi);
        Rgb back = highlight != null ? highlight : shading;
        return new RunProps(ascii, hAnsi, eastAsia, cs, Limits.fontSize(size == null ? 10 : size),
                isTrue(bold), isTrue(italic), underline == null ? RunProps.Underline.NONE : underline,
                isTrue(strike), isTrue(doubleStrike), isTrue(caps), isTrue(smallCaps),
                verticalAlign == null ? RunProps.VerticalAlign.BASELINE : verticalAlign,
                color, back, spacing == null ? 0 : Limits.length(spacing), isTrue(hidden),
                raise == null ? 0 : raise, scale == null ? 1 : scale, kern == null ? 0 : kern,
                ligatures == null ? 0 : ligatures);
    }

    /** Whether every character of the run takes the complex-script formatting (w:rtl or w:cs). */
    public boolean allComplex() {
        return isTrue(rtl) || isTrue(cs);
    }

    /**
     * The formatting of the run's complex-script characters: Word sizes and emboldens them by szCs,
     * bCs and iCs, not sz, b and i (a size without szCs falls back to sz). When the whole run is
     * complex (w:rtl, w:cs) its digits, spaces and punctuation also take the cs font.
     */
    public RunProps resolveComplex(FontNames names) {
        RunProps plain = resolve(names);
        double csSize = sizeCs != null ? Limits.fontSize(sizeCs) : plain.size();
        String ascii = allComplex() ? plain.fontCs() : plain.fontAscii();
        String hAnsi = allComplex() ? plain.fontCs() : plain.fontHAnsi();
        return new RunProps(ascii, hAnsi, plain.fontEastAsia(), plain.fontCs(), csSize, isTrue(boldCs),
                isTrue(italicCs), plain.underline(), plain.strike(), plain.doubleStrike(), plain.caps(),
                plain.smallCaps(), plain.verticalAlign(), plain.color(), plain.highlight(), plain.spacing(),
                plain.hidden(), plain.raise(), plain.scale(), plain.kern(), plain.ligatures());
    }

    private static boolean isTrue(Boolean b) {
        return b != null && b;
    }

    private static String firstOf(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isEmpty()) {
                return c;
            }
        }
        return "Times New Roman";
    }

    public static Rgb shadingFill(Element shd) {
        String fill = Ooxml.wAttr(shd, "fill");
        Rgb rgb = Rgb.parse(fill);
        if (rgb == null && "solid".equals(Ooxml.val(shd))) {
            rgb = Rgb.parse(Ooxml.wAttr(shd, "color"));
        }
        return rgb;
    }

    public static RunProps.Underline underline(String v) {
        if (v == null) {
            return RunProps.Underline.SINGLE;
        }
        return switch (v) {
            case "none" -> RunProps.Underline.NONE;
            case "words" -> RunProps.Underline.WORDS;
            case "double", "wavyDouble" -> v.startsWith("wavy") ? RunProps.Underline.WAVY : RunProps.Underline.DOUBLE;
            case "thick" -> RunProps.Underline.THICK;
            default -> {
                String l = v.toLowerCase();
                if (l.startsWith("wav")) {
                    yield RunProps.Underline.WAVY;
                }
                if (l.startsWith("dash") || l.startsWith("dotdash") || l.startsWith("dotdotdash")) {
                    yield RunProps.Underline.DASHED;
                }
                if (l.startsWith("dot")) {
                    yield RunProps.Underline.DOTTED;
                }
                yield RunProps.Underline.SINGLE;
            }
        };
    }

    static RunProps.VerticalAlign verticalAlign(String v) {
        if ("superscript".equals(v)) {
            return RunProps.VerticalAlign.SUPERSCRIPT;
        }
        if ("subscript".equals(v)) {
            return RunProps.VerticalAlign.SUBSCRIPT;
        }
        return RunProps.VerticalAlign.BASELINE;
    }
}
