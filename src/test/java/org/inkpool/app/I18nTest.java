package org.inkpool.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class I18nTest {
    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nTest.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveEveryText() throws IOException {
        Properties english = bundle("messages.properties");
        Properties chinese = bundle("messages_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (FileStatus status : FileStatus.values()) {
            assertThat(english).containsKey(status.messageKey());
        }
    }

    @Test
    void textsFollowTheChosenLanguage() {
        I18n i18n = new I18n(Locale.ENGLISH);
        assertThat(i18n.get("options.cpus", 8)).isEqualTo("8 CPU cores");
        assertThat(i18n.get("options.cpus", 1)).isEqualTo("1 CPU core");
        var title = i18n.text("action.start");
        assertThat(title.get()).isEqualTo("Start");
        i18n.localeProperty().set(Locale.SIMPLIFIED_CHINESE);
        assertThat(title.get()).isEqualTo("开始");
        assertThat(i18n.get("options.cpus", 8)).isEqualTo("8 个 CPU 核心");
    }

    @Test
    void englishStaysEnglishOnAChineseSystem() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(new I18n(Locale.ENGLISH).get("action.start")).isEqualTo("Start");
            assertThat(new I18n(Locale.TRADITIONAL_CHINESE).get("action.start")).isEqualTo("开始");
            assertThat(new I18n(Locale.GERMAN).get("action.start")).isEqualTo("Start");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyPatternFormats() throws IOException {
        for (Locale locale : I18n.SUPPORTED) {
            I18n i18n = new I18n(locale);
            for (String key : bundle("messages.properties").stringPropertyNames()) {
                assertThat(i18n.get(key, 3, 2, 1, 0, 5, "0:07")).as(key).doesNotStartWith("!").isNotBlank();
            }
        }
    }
}
