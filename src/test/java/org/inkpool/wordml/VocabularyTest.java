package org.inkpool.wordml;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The 2003 → 2006 renaming rules: hyphenated names and values, toggles, fractional twips, names kept. */
class VocabularyTest {
    @Test
    void hyphenatedNamesBecomeCamelCase() {
        assertThat(Vocabulary.element("sz-cs")).isEqualTo("szCs");
        assertThat(Vocabulary.element("listPr")).isEqualTo("numPr");
        assertThat(Vocabulary.element("ilfo")).isEqualTo("numId");
        assertThat(Vocabulary.attribute("line-rule")).isEqualTo("lineRule");
        assertThat(Vocabulary.attribute("fareast")).isEqualTo("eastAsia");
        assertThat(Vocabulary.attribute("h-ansi")).isEqualTo("hAnsi");
    }

    @Test
    void enumeratedValuesAreRenamedButNamesAreNot() {
        assertThat(Vocabulary.value("spacing", "lineRule", "at-least")).isEqualTo("atLeast");
        assertThat(Vocabulary.value("u", "val", "dot-dot-dash")).isEqualTo("dotDotDash");
        assertThat(Vocabulary.value("shd", "val", "pct-10")).isEqualTo("pct10");
        assertThat(Vocabulary.value("multiLevelType", "val", "HybridMultilevel")).isEqualTo("hybridMultilevel");
        assertThat(Vocabulary.value("b", "val", "off")).isEqualTo("0");
        assertThat(Vocabulary.value("tblLayout", "type", "Fixed")).isEqualTo("fixed");
        assertThat(Vocabulary.value("ind", "left", "720.09")).isEqualTo("720");
        assertThat(Vocabulary.value("pStyle", "val", "default-paragraph-style")).isEqualTo("default-paragraph-style");
        assertThat(Vocabulary.value("lang", "val", "EN-US")).isEqualTo("EN-US");
        assertThat(Vocabulary.value("rFonts", "ascii", "Times New Roman")).isEqualTo("Times New Roman");
    }
}
