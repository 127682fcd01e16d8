package org.inkpool.docx;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/** Passes each distinct warning about one document on once (a document with 200 charts gets one line). */
public final class Warnings {
    private final Consumer<String> sink;
    private final Set<String> seen = new HashSet<>();

    public Warnings(Consumer<String> sink) {
        this.sink = sink == null ? w -> { } : sink;
    }

    public void warn(String message) {
        if (seen.add(message)) {
            sink.accept(message);
        }
    }
}
