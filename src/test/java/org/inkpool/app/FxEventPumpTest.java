package org.inkpool.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class FxEventPumpTest {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    // stands in for the FX thread: one thread, runs drains in order
    private final ExecutorService fx = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        timer.shutdownNow();
        fx.shutdownNow();
    }

    @Test
    void deliversEveryEventInOrderPerProducerInFewBatches() throws Exception {
        int producers = 4;
        int perProducer = 50_000;
        List<List<int[]>> batches = new ArrayList<>();
        CountDownLatch all = new CountDownLatch(producers * perProducer);
        FxEventPump<int[]> pump = new FxEventPump<>(fx, timer, 20, 5_000, 50, batch -> {
            batches.add(batch);
            batch.forEach(e -> all.countDown());
        });
        Thread[] threads = new Thread[producers];
        for (int p = 0; p < producers; p++) {
            int producer = p;
            threads[p] = new Thread(() -> {
                for (int i = 0; i < perProducer; i++) {
                    pump.post(new int[]{producer, i});
                }
            });
            threads[p].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(all.await(10, TimeUnit.SECONDS)).isTrue();
        fx.submit(() -> { }).get(); // the last drain has returned

        int[] next = new int[producers];
        for (List<int[]> batch : batches) {
            assertThat(batch.size()).isLessThanOrEqualTo(5_000);
            for (int[] event : batch) {
                assertThat(event[1]).isEqualTo(next[event[0]]);
                next[event[0]]++;
            }
        }
        assertThat(next).containsOnly(perProducer);
        // 200,000 events in at most ~1 batch per 5,000 plus bursts: nowhere near one hand-over per event
        assertThat(batches.size()).isLessThan(200);
    }

    @Test
    void aLateEventStillArrives() throws Exception {
        CountDownLatch two = new CountDownLatch(2);
        FxEventPump<String> pump = new FxEventPump<>(fx, timer, 5, 100, 50, batch -> batch.forEach(e -> two.countDown()));
        pump.post("first");
        Thread.sleep(30); // let the first drain run, so the second post needs a new one
        pump.post("second");
        assertThat(two.await(5, TimeUnit.SECONDS)).isTrue();
    }
}
