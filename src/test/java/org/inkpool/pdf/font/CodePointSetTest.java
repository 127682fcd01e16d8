package org.inkpool.pdf.font;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodePointSetTest {

    @Test
    void mergesCodePointsIntoRanges() {
        CodePointSet set = CodePointSet.fromCodePoints(new int[] {0x42, 0x41, 0x43, 0x4E2D, 0x20, 0x43});

        assertThat(set.encode()).isEqualTo("20,41-43,4e2d");
        assertThat(set.contains('A')).isTrue();
        assertThat(set.contains('C')).isTrue();
        assertThat(set.contains('D')).isFalse();
        assertThat(set.contains('中')).isTrue();
        assertThat(set.contains(0x1F)).isFalse();
    }

    @Test
    void readsBackWhatItWrites() {
        CodePointSet set = CodePointSet.fromCodePoints(new int[] {1, 2, 3, 10, 0x10FFFF});

        assertThat(CodePointSet.decode(set.encode())).isEqualTo(set);
        assertThat(CodePointSet.decode("")).isEqualTo(CodePointSet.EMPTY);
        assertThat(CodePointSet.EMPTY.contains(0)).isFalse();
    }

    @Test
    void rejectsRangesOutOfOrder() {
        assertThatThrownBy(() -> CodePointSet.decode("41-43,42")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CodePointSet.decode("43-41")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CodePointSet.decode("zz")).isInstanceOf(NumberFormatException.class);
    }
}
