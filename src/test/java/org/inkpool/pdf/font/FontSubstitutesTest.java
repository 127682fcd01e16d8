package org.inkpool.pdf.font;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FontSubstitutesTest {

    @Test
    void metricCompatibleClonesComeFirst() {
        assertThat(FontSubstitutes.candidates("Calibri")).startsWith("Carlito");
        assertThat(FontSubstitutes.candidates("cambria")).startsWith("Caladea");
        assertThat(FontSubstitutes.candidates("Helvetica")).startsWith("Liberation Sans", "Arimo");
        assertThat(FontSubstitutes.candidates("Times")).startsWith("Liberation Serif", "Tinos");
        assertThat(FontSubstitutes.candidates("Courier New")).startsWith("Liberation Mono", "Cousine");
        assertThat(FontSubstitutes.candidates("Consolas")).first().isEqualTo("Liberation Mono");
    }

    @Test
    void chineseNamesGoToCjkFacesOfTheRightKind() {
        assertThat(FontSubstitutes.kindOf("宋体")).isEqualTo(FontSubstitutes.Kind.CJK_SERIF);
        assertThat(FontSubstitutes.kindOf("仿宋")).isEqualTo(FontSubstitutes.Kind.CJK_SERIF);
        assertThat(FontSubstitutes.kindOf("微软雅黑")).isEqualTo(FontSubstitutes.Kind.CJK_SANS);
        assertThat(FontSubstitutes.kindOf("DengXian")).isEqualTo(FontSubstitutes.Kind.CJK_SANS);
        assertThat(FontSubstitutes.candidates("SimSun")).contains("WenQuanYi Zen Hei", "Droid Sans Fallback");
        assertThat(FontSubstitutes.candidates("MS Gothic")).startsWith("Noto Sans CJK JP");
    }

    @Test
    void guessesUnknownFontsFromTheirNames() {
        assertThat(FontSubstitutes.guessKind("Fira Sans")).isEqualTo(FontSubstitutes.Kind.SANS);
        assertThat(FontSubstitutes.guessKind("Source Code Pro")).isEqualTo(FontSubstitutes.Kind.MONO);
        assertThat(FontSubstitutes.guessKind("方正小标宋简体")).isEqualTo(FontSubstitutes.Kind.CJK_SERIF);
        assertThat(FontSubstitutes.guessKind("方正黑体")).isEqualTo(FontSubstitutes.Kind.CJK_SANS);
        assertThat(FontSubstitutes.guessKind("Minion Pro")).isEqualTo(FontSubstitutes.Kind.SERIF);
        assertThat(FontSubstitutes.isKnown("Minion Pro")).isFalse();
        assertThat(FontSubstitutes.isKnown("Symbol")).isTrue();
    }

    @Test
    void tellsScriptsApart() {
        assertThat(Coverage.bitFor('a')).isEqualTo(Coverage.LATIN);
        assertThat(Coverage.bitFor('Ж')).isEqualTo(Coverage.CYRILLIC);
        assertThat(Coverage.bitFor('Ω')).isEqualTo(Coverage.GREEK);
        assertThat(Coverage.bitFor('中')).isEqualTo(Coverage.CJK);
        assertThat(Coverage.bitFor('あ')).isEqualTo(Coverage.KANA);
        assertThat(Coverage.bitFor('한')).isEqualTo(Coverage.HANGUL);
        assertThat(Coverage.bitFor(0x2603)).isZero(); // ☃
    }

    @Test
    void systemPropertiesOverrideFontFoldersAndCache() {
        String dirs = System.getProperty(FontLocations.FONT_DIRS_PROPERTY);
        String cache = System.getProperty(FontLocations.FONT_CACHE_PROPERTY);
        try {
            System.setProperty(FontLocations.FONT_DIRS_PROPERTY, "/a/fonts" + File.pathSeparator + "/b/fonts");
            System.setProperty(FontLocations.FONT_CACHE_PROPERTY, "/tmp/inkpool-cache");

            assertThat(FontLocations.fontDirectories()).containsExactly(Path.of("/a/fonts"), Path.of("/b/fonts"));
            assertThat(FontLocations.cacheDirectory()).isEqualTo(Path.of("/tmp/inkpool-cache"));
        } finally {
            restore(FontLocations.FONT_DIRS_PROPERTY, dirs);
            restore(FontLocations.FONT_CACHE_PROPERTY, cache);
        }
    }

    @Test
    void defaultsFollowTheOperatingSystem() {
        String dirs = System.getProperty(FontLocations.FONT_DIRS_PROPERTY);
        String cache = System.getProperty(FontLocations.FONT_CACHE_PROPERTY);
        try {
            System.clearProperty(FontLocations.FONT_DIRS_PROPERTY);
            System.clearProperty(FontLocations.FONT_CACHE_PROPERTY);
            assertThat(FontLocations.fontDirectories()).isNotEmpty();
            assertThat(FontLocations.cacheDirectory().toString()).containsIgnoringCase("inkpool");
        } finally {
            restore(FontLocations.FONT_DIRS_PROPERTY, dirs);
            restore(FontLocations.FONT_CACHE_PROPERTY, cache);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
