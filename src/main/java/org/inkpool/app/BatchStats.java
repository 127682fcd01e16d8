package org.inkpool.app;

import java.time.Duration;
import java.util.OptionalDouble;

/** Rate and time left of a running batch, from how much of it is finished. Pure arithmetic. */
final class BatchStats {
    private BatchStats() {
    }

    /** Documents finished per second; empty until there is something to measure. */
    static OptionalDouble rate(int finished, Duration elapsed) {
        double seconds = elapsed.toNanos() / 1e9;
        if (finished <= 0 || seconds <= 0.0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(finished / seconds);
    }

    /**
     * Time left, extrapolated from the work done so far ({@code completed}, in files, counting the
     * running files' fractions); null while nothing is complete.
     */
    static Duration eta(double completed, int total, Duration elapsed) {
        if (completed <= 0 || total <= 0 || elapsed.isZero()) {
            return null;
        }
        double remaining = Math.max(0, total - completed);
        return Duration.ofMillis(Math.round(elapsed.toMillis() * remaining / completed));
    }
}
