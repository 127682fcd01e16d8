package org.inkpool.docx.style;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumberFormatsTest {
    @ParameterizedTest
    @CsvSource({
            "decimal, 12, 12",
            "decimalZero, 7, 07",
            "decimalZero, 12, 12",
            "lowerLetter, 1, a",
            "lowerLetter, 26, z",
            "lowerLetter, 28, bb",
            "upperLetter, 3, C",
            "lowerRoman, 4, iv",
            "upperRoman, 1994, MCMXCIV",
            "ordinal, 1, 1st",
            "ordinal, 12, 12th",
            "ordinal, 23, 23rd",
            "cardinalText, 21, Twenty-one",
            "cardinalText, 105, One hundred five",
            "ordinalText, 3, Third",
            "ordinalText, 20, Twentieth",
            "chineseCounting, 1, 一",
            "chineseCounting, 10, 十",
            "chineseCounting, 11, 十一",
            "chineseCounting, 25, 二十五",
            "chineseCounting, 105, 一百零五",
            "japaneseCounting, 3, 三",
            "ideographDigital, 10, 一〇",
            "decimalEnclosedCircle, 3, ③",
            "bullet, 3, ''",
            "none, 3, ''",
    })
    void formats(String fmt, int n, String expected) {
        assertThat(NumberFormats.format(fmt, n)).isEqualTo(expected);
    }
}
