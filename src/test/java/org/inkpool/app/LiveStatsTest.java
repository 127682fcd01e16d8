package org.inkpool.app;

import org.inkpool.batch.PoolSample;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LiveStatsTest {
    private static final long SECOND = 1_000_000_000L;

    private static PoolSample sample(long nanos, double machine, PoolSample.Worker... workers) {
        return new PoolSample(nanos, machine, List.of(workers));
    }

    @Test
    void ratesComeFromDifferencesBetweenSamples() {
        LiveStats stats = new LiveStats(100, 2);
        stats.reset(0);
        // worker 1 uses a whole core (half the 2-CPU machine), worker 2 a quarter of one
        stats.add(sample(SECOND, 0.6, new PoolSample.Worker("worker 1", 11, true, 0, 200L << 20),
                new PoolSample.Worker("worker 2", 12, false, 0, 100L << 20)), 2, 10);
        stats.add(sample(2 * SECOND, 0.6, new PoolSample.Worker("worker 1", 11, true, SECOND, 210L << 20),
                new PoolSample.Worker("worker 2", 12, true, SECOND / 4, 100L << 20)), 4, 20);

        LiveStats.Point last = stats.last();
        assertThat(last.seconds()).isEqualTo(2.0);
        assertThat(last.docsPerSecond()).isCloseTo(2.0, within(1e-9)); // 4 documents over the 2 s kept
        assertThat(last.pagesPerSecond()).isCloseTo(10.0, within(1e-9));
        assertThat(last.workerCpu().get("worker 1")).isCloseTo(50.0, within(1e-9));
        assertThat(last.workerCpu().get("worker 2")).isCloseTo(12.5, within(1e-9));
        assertThat(last.workerMemory().get("worker 1")).isCloseTo(210.0, within(1e-9));
        assertThat(last.machineCpu()).isCloseTo(60.0, within(1e-9));
        assertThat(last.busy()).isEqualTo(2);
    }

    @Test
    void threadsOfOneProcessAreOneLine() {
        LiveStats stats = new LiveStats(100, 4);
        stats.reset(0);
        stats.add(sample(SECOND, -1, new PoolSample.Worker("thread 1", 7, true, 0, 300L << 20),
                new PoolSample.Worker("thread 2", 7, true, 0, 300L << 20)), 0, 0);
        stats.add(sample(2 * SECOND, -1, new PoolSample.Worker("thread 1", 7, true, 2 * SECOND, 300L << 20),
                new PoolSample.Worker("thread 2", 7, false, 2 * SECOND, 300L << 20)), 1, 1);

        LiveStats.Point last = stats.last();
        assertThat(last.workerCpu()).containsOnlyKeys(LiveStats.THREADS);
        assertThat(last.workerCpu().get(LiveStats.THREADS)).isCloseTo(50.0, within(1e-9)); // 2 of 4 CPUs
        assertThat(last.workerMemory()).containsOnlyKeys(LiveStats.THREADS);
        assertThat(last.machineCpu()).isEqualTo(-1); // unknown stays unknown
        assertThat(last.busy()).isEqualTo(1);
    }

    @Test
    void aLongBatchKeepsOnlyTheRing() {
        LiveStats stats = new LiveStats(50, 2);
        stats.reset(0);
        for (int i = 1; i <= 5_000; i++) {
            stats.add(sample(i * SECOND / 2, 0.5, new PoolSample.Worker("worker " + (1 + i / 100), 100 + i / 100,
                    true, i * SECOND / 4, 1L << 27)), i, 3L * i);
        }
        assertThat(stats.size()).isEqualTo(50);
        assertThat(stats.points().get(0).seconds()).isEqualTo(2475.5);
        assertThat(stats.last().docsPerSecond()).isCloseTo(2.0, within(1e-9));
        assertThat(stats.added()).isEqualTo(5_000);
    }
}
