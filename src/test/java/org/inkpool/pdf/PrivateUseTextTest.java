package org.inkpool.pdf;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrivateUseTextTest {

    @Test
    void theSymbolFontsPrivateUseCharactersReadAsWhatTheyDraw() {
        assertThat(PrivateUseText.has("\uF0B7 item")).isTrue();
        assertThat(PrivateUseText.has("plain")).isFalse();
        assertThat(PrivateUseText.readable("\uF0B7 item", "Symbol")).isEqualTo("\u2022 item");
        assertThat(PrivateUseText.readable("\uF061\uF0B3", "Symbol")).isEqualTo("\u03B1\u2265"); // alpha, ≥
    }

    @Test
    void otherFontsPrivateUseCharactersStayAsWritten() {
        assertThat(PrivateUseText.readable("\uF0A7 item", "Wingdings")).isEqualTo("\uF0A7 item");
    }
}
