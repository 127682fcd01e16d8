package org.inkpool.layout.line;

import org.inkpool.layout.FakeMetrics;
import org.inkpool.layout.font.FaceCache;
import org.inkpool.model.style.RunProps;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Break opportunities, checked directly: "|" marks where a line may break. */
class BreakRulesTest {

    private static String opportunities(String text) {
        List<Atom> atoms = new ArrayList<>();
        new RunMeasurer(new FaceCache(new FakeMetrics())).addText(text, RunProps.DEFAULT, atoms);
        boolean[] breaks = BreakRules.breakAfter(atoms);
        StringBuilder marked = new StringBuilder();
        for (int i = 0; i < atoms.size(); i++) {
            marked.appendCodePoint(atoms.get(i).kind == Atom.Kind.SOFT_HYPHEN ? '~' : atoms.get(i).codePoint);
            if (breaks[i]) {
                marked.append('|');
            }
        }
        return marked.toString();
    }

    @Test
    void breaksAfterRunsOfSpacesNotBeforeThem() {
        assertThat(opportunities("ab  cd e")).isEqualTo("ab  |cd |e");
    }

    @Test
    void breaksAfterAHyphenInsideAWordOnly() {
        assertThat(opportunities("well-known -5")).isEqualTo("well-|known |-5");
    }

    @Test
    void neverAfterASlashButBeforeAWordStartingWithOne() {
        assertThat(opportunities("and/or /usr")).isEqualTo("and/or |/usr");
    }

    @Test
    void softHyphenIsAnOpportunity() {
        assertThat(opportunities("hy\u00ADphen")).isEqualTo("hy~|phen");
    }

    @Test
    void ideographsBreakAnywhereExceptAgainstKinsoku() {
        assertThat(opportunities("日本語。「引用」です")).isEqualTo("日|本|語。|「引|用」|で|す");
    }

    @Test
    void ideographAndLatinMayBreakButLatinPunctuationStays() {
        assertThat(opportunities("中文abc,中")).isEqualTo("中|文|abc,|中");
    }

    @Test
    void thaiBreaksBetweenWordsFoundByTheDictionary() {
        assertThat(opportunities("ภาษาไทยง่าย ok")).isEqualTo("ภาษา|ไทย|ง่าย |ok");
    }

    @Test
    void noBreakSpaceAndCombiningMarksHoldTheirNeighboursEvenInCjk() {
        assertThat(opportunities("中\u00A0文字\u0301字\uFE00字")).isEqualTo("中\u00A0文|字\u0301|字\uFE00|字");
    }

    @Test
    void zeroWidthSpaceIsABreakOpportunity() {
        assertThat(opportunities("long\u200Bword")).isEqualTo("long\u200B|word");
    }
}
