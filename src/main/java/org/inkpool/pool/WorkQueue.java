package org.inkpool.pool;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * The files waiting for a worker, longest first, so that no worker idles at the end of a batch while
 * another converts one long document alone (longest-processing-time-first scheduling). A file's time is
 * estimated as its size times the time per byte of its kind (.docx, .doc …), which the queue learns from
 * the files converted so far; a kind not seen yet borrows the average rate of the others. Retried files
 * go before everything else.
 *
 * <p>Not thread-safe: the pool guards it.
 */
final class WorkQueue<T> implements Iterable<T> {
    private final ToLongFunction<T> bytes;
    private final Function<T, String> kind;
    private final Deque<T> first = new ArrayDeque<>();
    /** Per kind, the waiting files by size, largest first (sizes do not change, so each stays sorted). */
    private final Map<String, List<T>> byKind = new LinkedHashMap<>();
    private final Map<String, Rate> rates = new LinkedHashMap<>();
    private int size;

    WorkQueue(ToLongFunction<T> bytes, Function<T, String> kind) {
        this.bytes = bytes;
        this.kind = kind;
    }

    /** Adds files in one go (sorted once, not per file). */
    void addAll(List<T> items) {
        for (T item : items) {
            byKind.computeIfAbsent(kind.apply(item), k -> new ArrayList<>()).add(item);
        }
        Comparator<T> largestFirst = Comparator.comparingLong(bytes).reversed(); // stable: equal sizes keep their order
        for (List<T> list : byKind.values()) {
            list.sort(largestFirst);
            reverseInPlace(list); // kept smallest-first so the largest is taken from the end in O(1)
        }
        size += items.size();
    }

    /** A file that must go next (a retry). */
    void addFirst(T item) {
        first.addFirst(item);
        size++;
    }

    /**
     * The file to start now among those {@code allowed}: a waiting retry first, else the one whose
     * estimated time is longest. Null when nothing allowed waits.
     */
    T next(Predicate<T> allowed) {
        for (Iterator<T> it = first.iterator(); it.hasNext(); ) {
            T item = it.next();
            if (allowed.test(item)) {
                it.remove();
                size--;
                return item;
            }
        }
        List<T> best = null;
        double bestEstimate = -1;
        for (Map.Entry<String, List<T>> e : byKind.entrySet()) {
            List<T> list = e.getValue();
            if (list.isEmpty() || !allowed.test(list.get(list.size() - 1))) {
                continue;
            }
            double estimate = rateOf(e.getKey()) * bytes.applyAsLong(list.get(list.size() - 1));
            if (estimate > bestEstimate) {
                bestEstimate = estimate;
                best = list;
            }
        }
        if (best == null) {
            return null;
        }
        size--;
        return best.remove(best.size() - 1);
    }

    /** What a converted file cost: the rate of its kind follows. */
    void learn(T item, long millis) {
        long b = bytes.applyAsLong(item);
        if (b > 0 && millis >= 0) {
            rates.computeIfAbsent(kind.apply(item), k -> new Rate()).add(b, millis);
        }
    }

    /** Estimated milliseconds per byte of a kind; before any is known, 1 (so sizes alone decide). */
    double rateOf(String k) {
        Rate r = rates.get(k);
        if (r != null) {
            return r.perByte();
        }
        return rates.isEmpty() ? 1.0 : rates.values().stream().mapToDouble(Rate::perByte).average().orElse(1.0);
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        first.clear();
        byKind.values().forEach(List::clear);
        size = 0;
    }

    /** Every waiting file: retries, then the rest (in no particular order). */
    @Override
    public Iterator<T> iterator() {
        return snapshot().iterator();
    }

    List<T> snapshot() {
        List<T> all = new ArrayList<>(first);
        byKind.values().forEach(all::addAll);
        return all;
    }

    private static <T> void reverseInPlace(List<T> list) {
        for (int i = 0, j = list.size() - 1; i < j; i++, j--) {
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    /** Time per byte of one kind: total time over total bytes, so a few tiny files do not swing it. */
    private static final class Rate {
        private long bytes;
        private long millis;

        void add(long b, long ms) {
            bytes += b;
            millis += ms;
        }

        double perByte() {
            return bytes == 0 ? 1.0 : Math.max(1e-9, (double) millis / bytes);
        }
    }
}
