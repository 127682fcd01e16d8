package org.inkpool.pdf.font;

import java.util.function.Supplier;

/**
 * A value computed once, on first demand, by the first thread that asks; the others wait for it. Used in
 * concurrent maps instead of {@code computeIfAbsent} with slow work inside, which would block unrelated
 * keys and forbids nested updates.
 */
final class Slot<T> {

    private T value;
    private boolean done;

    synchronized T get(Supplier<T> compute) {
        if (!done) {
            value = compute.get();
            done = true;
        }
        return value;
    }
}
