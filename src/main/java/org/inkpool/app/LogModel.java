package org.inkpool.app;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/** The live log's lines: the last {@code capacity} lines, appended in batches on the FX thread. */
final class LogModel {
    static final int DEFAULT_CAPACITY = 10_000;

    private final int capacity;
    private final ObservableList<LogLine> lines = FXCollections.observableArrayList();
    // one read-only view, kept: a fresh wrapper per call would drop listeners once collected
    private final ObservableList<LogLine> readOnly = FXCollections.unmodifiableObservableList(lines);

    LogModel(int capacity) {
        this.capacity = capacity;
    }

    ObservableList<LogLine> lines() {
        return readOnly;
    }

    void append(List<LogLine> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<LogLine> kept = batch.size() > capacity ? batch.subList(batch.size() - capacity, batch.size()) : batch;
        int overflow = lines.size() + kept.size() - capacity;
        if (overflow > 0) {
            lines.remove(0, overflow);
        }
        lines.addAll(kept);
    }

    void clear() {
        lines.clear();
    }

    int capacity() {
        return capacity;
    }
}
