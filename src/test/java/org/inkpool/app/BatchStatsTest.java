package org.inkpool.app;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BatchStatsTest {
    @Test
    void rateIsFinishedFilesPerSecond() {
        assertThat(BatchStats.rate(30, Duration.ofSeconds(10))).hasValue(3.0);
        assertThat(BatchStats.rate(0, Duration.ofSeconds(10))).isEmpty();
        assertThat(BatchStats.rate(5, Duration.ZERO)).isEmpty();
    }

    @Test
    void etaExtrapolatesTheWorkDone() {
        assertThat(BatchStats.eta(25, 100, Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(30));
        assertThat(BatchStats.eta(100, 100, Duration.ofSeconds(10))).isEqualTo(Duration.ZERO);
        assertThat(BatchStats.eta(0, 100, Duration.ofSeconds(10))).isNull();
    }

    @Test
    void formatsReadLikePeopleWrite() {
        assertThat(Formats.duration(Duration.ofSeconds(7))).isEqualTo("0:07");
        assertThat(Formats.duration(Duration.ofSeconds(3723))).isEqualTo("1:02:03");
        assertThat(Formats.size(512)).isEqualTo("512 B");
        assertThat(Formats.size(20_480)).isEqualTo("20 KB");
        assertThat(Formats.size(3 * 1024 * 1024 + 100_000)).isEqualTo("3.1 MB");
        assertThat(Formats.millis(340)).isEqualTo("340 ms");
        assertThat(Formats.millis(2400)).isEqualTo("2.4 s");
    }
}
