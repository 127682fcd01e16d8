package org.inkpool.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CpuCeilingTest {

    @Test
    void oneCopyIsItsOwnBaselineAndTwoNeverGainMoreThanTwice() throws Exception {
        assertThat(CpuCeiling.speedUp(1)).isEqualTo(1.0);
        assertThat(CpuCeiling.speedUp(2)).isGreaterThan(0.3).isLessThan(2.3);
    }
}
