package org.inkpool.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How much faster this machine runs N copies of a memory-bound loop than one: about the most N workers
 * can gain here. Virtual CPUs share caches and memory bandwidth (often a physical core), so two seldom
 * give twice the work of one; the scaling check reports this next to its own speed-up.
 */
final class CpuCeiling {
    private static final long ROUNDS = 20_000_000L;
    private static final int WORDS = 1 << 22; // 16 MB of ints

    private CpuCeiling() {
    }

    /** Speed-up of {@code copies} simultaneous loops over one (best of three tries each). */
    static double speedUp(int copies) throws Exception {
        if (copies <= 1) {
            return 1.0; // one copy against itself, by definition
        }
        spin(ROUNDS / 10); // compile the loop before timing it
        double one = Double.MAX_VALUE;
        double many = Double.MAX_VALUE;
        ExecutorService threads = Executors.newFixedThreadPool(copies);
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                one = Math.min(one, timed(threads, 1));
                many = Math.min(many, timed(threads, copies));
            }
        } finally {
            threads.shutdownNow();
        }
        return copies * one / many;
    }

    private static double timed(ExecutorService threads, int copies) throws Exception {
        long start = System.nanoTime();
        List<Future<Long>> running = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            running.add(threads.submit(() -> spin(ROUNDS)));
        }
        long sink = 0;
        for (Future<Long> f : running) {
            sink += f.get();
        }
        if (sink == 42) {
            System.out.print(""); // keeps the loop's result alive so it is not optimised away
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Pseudo-random reads and writes over 16 MB per copy: beyond a core's own cache and sharing the
     * rest, as a converter's allocation and parsing do. (A loop on registers alone scales ~2.0 here.)
     */
    static long spin(long rounds) {
        int[] memory = new int[WORDS];
        long x = 0x9E3779B97F4A7C15L;
        long sum = 0;
        for (long i = 0; i < rounds; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            int at = (int) (x & (WORDS - 1));
            sum += memory[at];
            memory[at] = (int) i;
        }
        return sum;
    }
}
