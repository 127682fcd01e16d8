package org.inkpool.layout.script;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Contextual forms from joining types, and the lam-alef ligatures. */
class ArabicShaperTest {

    private static String shape(String text) {
        int[] shaped = ArabicShaper.shape(text.codePoints().toArray(), (index, form) -> true);
        StringBuilder sb = new StringBuilder();
        Arrays.stream(shaped).filter(cp -> cp != ArabicShaper.ABSORBED).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    @Test
    void dualJoiningLettersTakeInitialMedialAndFinalForms() {
        // محمد: meem initial, hah medial, meem medial, dal final (dal joins only backwards)
        assertThat(shape("محمد")).isEqualTo("\uFEE3\uFEA4\uFEE4\uFEAA");
        assertThat(shape("في")).isEqualTo("\uFED3\uFEF2");
    }

    @Test
    void rightJoiningLettersBreakTheWordAfterThem() {
        // دار: dal isolated (nothing joins before it), alef isolated (dal does not join forward), reh isolated
        assertThat(shape("دار")).isEqualTo("\uFEA9\uFE8D\uFEAD");
        // بابا: beh initial, alef final, beh initial, alef final
        assertThat(shape("بابا")).isEqualTo("\uFE91\uFE8E\uFE91\uFE8E");
    }

    @Test
    void lamAlefBecomesOneLigature() {
        // سلام: seen initial, lam-alef final (the lam joins the seen), meem isolated
        assertThat(shape("سلام")).isEqualTo("\uFEB3\uFEFC\uFEE1");
        // لا alone: isolated ligature; لأ with hamza above
        assertThat(shape("لا")).isEqualTo("\uFEFB");
        assertThat(shape("لأ")).isEqualTo("\uFEF7");
    }

    @Test
    void marksAreTransparentAndWordsEndAtSpaces() {
        // بَب: the fatha neither takes a form nor breaks the join
        assertThat(shape("بَب")).isEqualTo("\uFE91\u064E\uFE90");
        assertThat(shape("ب ب")).isEqualTo("\uFE8F \uFE8F");
    }

    @Test
    void persianLettersUseTheExtendedForms() {
        // پیام: peh initial, farsi yeh medial, alef final, meem isolated
        assertThat(shape("پیام")).isEqualTo("\uFB58\uFBFF\uFE8E\uFEE1");
    }

    @Test
    void tatweelAndZwjForceJoining() {
        assertThat(shape("بـ")).isEqualTo("\uFE91\u0640");
        assertThat(shape("ب\u200D")).isEqualTo("\uFE91\u200D");
    }

    @Test
    void lettersStayPlainWhereTheFontLacksTheForm() {
        int[] shaped = ArabicShaper.shape("سلام".codePoints().toArray(), (index, form) -> form != 0xFEFC);
        // without the ligature glyph the lam and alef are shaped one by one
        assertThat(shaped).containsExactly(0xFEB3, 0xFEE0, 0xFE8E, 0xFEE1);
        assertThat(ArabicShaper.shape("abc".codePoints().toArray(), (i, f) -> true))
                .containsExactly('a', 'b', 'c');
    }

    @Test
    void mirroredCharactersPairUp() {
        assertThat(BidiMirror.of('(')).isEqualTo(')');
        assertThat(BidiMirror.of(']')).isEqualTo('[');
        assertThat(BidiMirror.of(0x00AB)).isEqualTo(0x00BB);
        assertThat(BidiMirror.of('a')).isEqualTo('a');
    }
}
