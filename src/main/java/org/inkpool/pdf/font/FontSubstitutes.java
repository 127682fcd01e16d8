package org.inkpool.pdf.font;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What to draw a Word font with when it is not installed: metric-compatible clones first (same advance
 * widths, so lines break where Word breaks them), then faces of the same kind.
 */
final class FontSubstitutes {

    /** The broad kind of a font, which decides the generic candidates. */
    enum Kind {
        SANS("Liberation Sans", "Arimo", "DejaVu Sans", "Noto Sans", "Open Sans", "FreeSans"),
        SERIF("Liberation Serif", "Tinos", "DejaVu Serif", "Noto Serif", "FreeSerif", "Caladea"),
        MONO("Liberation Mono", "Cousine", "DejaVu Sans Mono", "Noto Sans Mono", "Noto Mono", "FreeMono"),
        CJK_SERIF("Noto Serif CJK SC", "Source Han Serif SC", "Source Han Serif CN", "AR PL UMing CN",
                "AR PL SungtiL GB", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei",
                "WenQuanYi Micro Hei", "Droid Sans Fallback"),
        CJK_SANS("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Micro Hei",
                "WenQuanYi Zen Hei", "Droid Sans Fallback"),
        SYMBOL("DejaVu Sans", "Noto Sans Symbols", "Noto Sans Symbols2", "FreeSerif", "Liberation Sans");

        private final List<String> generic;

        Kind(String... generic) {
            this.generic = List.of(generic);
        }

        List<String> generic() {
            return generic;
        }

        boolean isCjk() {
            return this == CJK_SERIF || this == CJK_SANS;
        }
    }

    private record Rule(Kind kind, List<String> clones) {
    }

    private static final Map<String, Rule> RULES = new HashMap<>();

    static {
        rule(Kind.SANS, List.of("Carlito"), "Calibri", "Calibri Light");
        rule(Kind.SERIF, List.of("Caladea"), "Cambria");
        rule(Kind.SANS, List.of("Liberation Sans", "Arimo"), "Arial", "Helvetica", "Arial Narrow",
                "Helvetica Neue", "Arial Unicode MS");
        rule(Kind.SERIF, List.of("Liberation Serif", "Tinos"), "Times New Roman", "Times");
        rule(Kind.MONO, List.of("Liberation Mono", "Cousine"), "Courier New", "Courier");
        rule(Kind.SANS, List.of("DejaVu Sans"), "Verdana", "Tahoma");
        rule(Kind.SANS, List.of(), "Segoe UI", "Segoe UI Light", "Segoe UI Semibold", "Trebuchet MS", "Candara",
                "Corbel", "Century Gothic", "Franklin Gothic Book", "Franklin Gothic Medium", "Gill Sans MT",
                "Lucida Sans", "Lucida Sans Unicode", "Microsoft Sans Serif", "Aptos", "Aptos Display",
                "Aptos Narrow", "Arial Black", "Impact", "Comic Sans MS");
        rule(Kind.SERIF, List.of(), "Georgia", "Garamond", "Book Antiqua", "Palatino Linotype", "Palatino",
                "Bookman Old Style", "Century Schoolbook", "Century", "Constantia", "Cambria Math");
        rule(Kind.MONO, List.of(), "Consolas", "Lucida Console", "Courier New Baltic", "Cascadia Code",
                "Cascadia Mono");
        rule(Kind.CJK_SERIF, List.of(), "宋体", "SimSun", "NSimSun", "新宋体", "仿宋", "FangSong", "仿宋_GB2312",
                "FangSong_GB2312", "楷体", "KaiTi", "楷体_GB2312", "KaiTi_GB2312", "STSong", "华文宋体", "STZhongsong",
                "华文中宋", "STKaiti", "华文楷体", "STFangsong", "华文仿宋", "SimSun-ExtB", "隶书", "LiSu");
        rule(Kind.CJK_SERIF, List.of("Noto Serif CJK TC", "AR PL UMing TW", "AR PL UMing HK"), "MingLiU", "PMingLiU",
                "細明體", "新細明體", "MingLiU_HKSCS");
        rule(Kind.CJK_SERIF, List.of("Noto Serif CJK JP", "IPAexMincho", "IPAMincho", "IPAPMincho"), "MS Mincho",
                "MS PMincho", "ＭＳ 明朝", "ＭＳ Ｐ明朝", "Yu Mincho", "游明朝");
        rule(Kind.CJK_SERIF, List.of("Noto Serif CJK KR", "NanumMyeongjo", "UnBatang"), "Batang", "바탕",
                "BatangChe", "Gungsuh", "궁서");
        rule(Kind.CJK_SANS, List.of(), "黑体", "SimHei", "微软雅黑", "Microsoft YaHei", "Microsoft YaHei UI", "等线",
                "DengXian", "等线 Light", "DengXian Light", "STXihei", "华文细黑", "STHeiti", "华文黑体", "幼圆", "YouYuan");
        rule(Kind.CJK_SANS, List.of("Noto Sans CJK TC", "AR PL UKai TW"), "Microsoft JhengHei", "微軟正黑體");
        rule(Kind.CJK_SANS, List.of("Noto Sans CJK JP", "IPAexGothic", "IPAGothic", "IPAPGothic", "TakaoPGothic"),
                "MS Gothic", "MS PGothic", "ＭＳ ゴシック", "ＭＳ Ｐゴシック", "MS UI Gothic", "Meiryo", "メイリオ",
                "Meiryo UI", "Yu Gothic", "游ゴシック");
        rule(Kind.CJK_SANS, List.of("Noto Sans CJK KR", "NanumGothic", "UnDotum"), "Malgun Gothic", "맑은 고딕",
                "Gulim", "굴림", "Dotum", "돋움");
        rule(Kind.SYMBOL, List.of(), "Symbol", "Wingdings", "Wingdings 2", "Wingdings 3", "Webdings");
    }

    private FontSubstitutes() {
    }

    private static void rule(Kind kind, List<String> clones, String... names) {
        for (String name : names) {
            RULES.put(key(name), new Rule(kind, clones));
        }
    }

    /** Whether the name is a font we know a substitute for (as opposed to a guess from the name). */
    static boolean isKnown(String family) {
        return RULES.containsKey(key(family));
    }

    /** Candidate families in order: clones, then the kind's generic faces. */
    static List<String> candidates(String family) {
        Rule rule = RULES.get(key(family));
        Kind kind = rule == null ? guessKind(family) : rule.kind();
        Set<String> names = new LinkedHashSet<>();
        if (rule != null) {
            names.addAll(rule.clones());
        }
        names.addAll(kind.generic());
        return new ArrayList<>(names);
    }

    static Kind kindOf(String family) {
        Rule rule = RULES.get(key(family));
        return rule == null ? guessKind(family) : rule.kind();
    }

    /** A guess from the name for fonts we have no rule for; a serif when the name says nothing. */
    static Kind guessKind(String family) {
        String name = key(family);
        boolean cjkName = name.codePoints().anyMatch(org.inkpool.model.style.Script::isEastAsian);
        if (containsAny(name, "mono", "courier", "consol", "code", "typewriter", "fixed")) {
            return Kind.MONO;
        }
        if (containsAny(name, "song", "ming", "kai", "fang", "mincho", "batang", "宋", "明", "楷", "仿", "隶")) {
            return Kind.CJK_SERIF;
        }
        if (containsAny(name, "hei", "gothic", "yahei", "黑", "圆", "ゴシック", "고딕") || cjkName) {
            return cjkName || name.contains("hei") ? Kind.CJK_SANS : Kind.SANS;
        }
        if (containsAny(name, "sans", "arial", "helvet", "grotesk", "grotesque", "verdana", "tahoma", "segoe")) {
            return Kind.SANS;
        }
        return Kind.SERIF;
    }

    private static boolean containsAny(String text, String... parts) {
        for (String part : parts) {
            if (text.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static String key(String family) {
        return family.strip().toLowerCase(Locale.ROOT);
    }
}
