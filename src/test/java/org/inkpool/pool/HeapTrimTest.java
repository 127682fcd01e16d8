package org.inkpool.pool;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class HeapTrimTest {
    private final AtomicLong committed = new AtomicLong(100);
    private final AtomicInteger collections = new AtomicInteger();

    @Test
    void collectsOnlyAfterADocumentThatLeftTheHeapAboveTheLimit() {
        HeapTrim trim = new HeapTrim(150, committed::get, collections::incrementAndGet);

        trim.run();
        committed.set(150);
        trim.run();
        assertThat(collections).hasValue(0);

        committed.set(151);
        trim.run();
        assertThat(collections).hasValue(1);
    }

    @Test
    void aHeapThatStaysAboveTheLimitAfterCollectingIsLeftAloneUntilItGrowsAQuarter() {
        // the collection cannot bring the heap below 160: what the worker keeps is that large
        HeapTrim trim = new HeapTrim(150, committed::get, () -> {
            collections.incrementAndGet();
            committed.set(160);
        });
        committed.set(300);
        trim.run();
        assertThat(collections).hasValue(1);

        committed.set(200);
        trim.run();
        assertThat(collections).as("160 → 200 is exactly a quarter: not yet").hasValue(1);

        committed.set(201);
        trim.run();
        assertThat(collections).hasValue(2);
    }
}
