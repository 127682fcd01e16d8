package org.inkpool.pool;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class HeapTrimTest {

    @Test
    void collectsOnlyAfterADocumentThatLeftTheHeapAboveTheLimit() {
        AtomicLong committed = new AtomicLong(100);
        AtomicInteger collections = new AtomicInteger();
        HeapTrim trim = new HeapTrim(150, committed::get, collections::incrementAndGet);

        trim.run();
        committed.set(150);
        trim.run();
        assertThat(collections).hasValue(0);

        committed.set(151);
        trim.run();
        assertThat(collections).hasValue(1);
    }
}
