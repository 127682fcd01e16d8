package org.inkpool.wordml;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How Word 2003's WordprocessingML names things, against the 2006 WordprocessingML the docx reader reads.
 * Most of the vocabulary is the same; the differences are regular (hyphenated names and values where 2006
 * writes camelCase: {@code w:sz-cs} → {@code w:szCs}, {@code w:line-rule="at-least"} →
 * {@code w:lineRule="atLeast"}) plus a short list of renamed elements and attributes.
 */
final class Vocabulary {
    static final String W2003 = "http://schemas.microsoft.com/office/word/2003/wordml";
    static final String WX = "http://schemas.microsoft.com/office/word/2003/auxHint";
    static final String AML = "http://schemas.microsoft.com/aml/2001/core";
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String V = "urn:schemas-microsoft-com:vml";
    static final String O = "urn:schemas-microsoft-com:office:office";
    static final String W10 = "urn:schemas-microsoft-com:office:word";
    static final String XML = "http://www.w3.org/XML/1998/namespace";
    static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    /** The drawing namespaces that are the same in both vocabularies, with the prefixes the parts declare. */
    static final Map<String, String> SHARED_PREFIXES = Map.of(V, "v", O, "o", W10, "w10");

    /** wx: elements that only group real content (sections, sub-sections, bordered paragraph groups). */
    static final Set<String> HINT_WRAPPERS = Set.of("sect", "sub-section", "pBdrGroup");

    private static final Map<String, String> ELEMENTS = Map.ofEntries(
            Map.entry("listPr", "numPr"),
            Map.entry("ilfo", "numId"),
            Map.entry("listDef", "abstractNum"),
            Map.entry("list", "num"),
            Map.entry("ilst", "abstractNumId"),
            Map.entry("lsid", "nsid"),
            Map.entry("plt", "multiLevelType"),
            Map.entry("listStyleLink", "numStyleLink"),
            Map.entry("listPicBullet", "numPicBullet"),
            Map.entry("nfc", "numFmt"),
            Map.entry("vmerge", "vMerge"),
            Map.entry("textFlow", "textDirection"),
            Map.entry("supressLineNumbers", "suppressLineNumbers"),
            Map.entry("docPr", "settings"));

    private static final Map<String, String> ATTRIBUTES = Map.of(
            "fareast", "eastAsia",
            "vanchor", "vAnchor",
            "hanchor", "hAnchor",
            "listDefId", "abstractNumId",
            "ilfo", "numId",
            "listPicBulletId", "numPicBulletId");

    /** Elements whose w:val names something (a style, a font, a language): never rewritten. */
    private static final Set<String> NAMING = Set.of("pStyle", "rStyle", "tblStyle", "basedOn", "next", "link",
            "name", "aliases", "styleLink", "numStyleLink", "lang", "lvlText", "font", "rFonts", "sym",
            "attachedTemplate", "docVar");

    /** Attributes whose values are enumerations (the ones 2003 hyphenates). */
    private static final Set<String> ENUMERATED = Set.of("val", "type", "lineRule", "hRule", "wrap", "vAnchor",
            "hAnchor", "xAlign", "yAlign", "dropCap", "leader", "fmt", "restart", "orient", "chapSep",
            "chapStyle", "clear", "horzAnchor", "vertAnchor", "tblpXSpec", "tblpYSpec", "textAlignment");

    /** Elements whose enumerated value is capitalised in 2003 ("Fixed", "AutoFit") and all lower case in 2006. */
    private static final Set<String> LOWER_CASED = Set.of("tblLayout", "tblOverlap");

    /** Elements whose enumerated w:val starts with a capital in 2003 ("HybridMultilevel", "Tab"). */
    private static final Set<String> CAPITALISED = Set.of("multiLevelType", "suff", "characterSpacingControl");

    private static final Pattern HYPHENATED = Pattern.compile("[a-z]+(-[a-z0-9]+)+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

    private Vocabulary() {
    }

    /** The 2006 local name of a 2003 element. */
    static String element(String local) {
        String renamed = ELEMENTS.get(local);
        return renamed != null ? renamed : camel(local);
    }

    /** The 2006 local name of a 2003 w: attribute. */
    static String attribute(String local) {
        String renamed = ATTRIBUTES.get(local);
        return renamed != null ? renamed : camel(local);
    }

    /** The 2006 value of attribute {@code attribute} (already renamed) on element {@code element} (already renamed). */
    static String value(String element, String attribute, String value) {
        if (NAMING.contains(element)) {
            return value;
        }
        if ("on".equals(value)) {
            return "1";
        }
        if ("off".equals(value)) {
            return "0";
        }
        if (DECIMAL.matcher(value).matches()) {
            // LibreOffice writes twips with fractions; every 2006 measure is a whole number
            return Long.toString(Math.round(Double.parseDouble(value)));
        }
        if (!ENUMERATED.contains(attribute)) {
            return value;
        }
        if (LOWER_CASED.contains(element)) {
            return value.toLowerCase(java.util.Locale.ROOT);
        }
        if (CAPITALISED.contains(element) && !value.isEmpty() && Character.isUpperCase(value.charAt(0))) {
            return Character.toLowerCase(value.charAt(0)) + value.substring(1);
        }
        return HYPHENATED.matcher(value).matches() ? camel(value) : value;
    }

    /** "line-rule" → "lineRule", "three-d-emboss" → "threeDEmboss". */
    static String camel(String name) {
        if (name.indexOf('-') < 0) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean upper = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
