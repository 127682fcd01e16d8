package org.inkpool.pool;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What a worker tells the pool: one JSON object per line on the worker's stdout, nothing else there. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Reply.Ready.class, name = "ready"),
        @JsonSubTypes.Type(value = Reply.Progress.class, name = "progress"),
        @JsonSubTypes.Type(value = Reply.Warning.class, name = "warning"),
        @JsonSubTypes.Type(value = Reply.Done.class, name = "done"),
        @JsonSubTypes.Type(value = Reply.Failed.class, name = "failed"),
        @JsonSubTypes.Type(value = Reply.Heartbeat.class, name = "heartbeat"),
})
public sealed interface Reply {

    /** The worker is up and waits for requests. */
    record Ready(long pid) implements Reply {
    }

    record Progress(long id, double fraction, String phase) implements Reply {
    }

    /**
     * A warning; {@code code} and {@code args} say it in the engine's vocabulary ({@code EngineMessages}).
     * Older workers send only the text (code null): the pool then recognises the code from the text.
     */
    record Warning(long id, String text, String code, java.util.List<String> args) implements Reply {
        public Warning(long id, String text) {
            this(id, text, null, null);
        }
    }

    /** Terminal: the PDF is in place. Heap figures (old generation after GC) let the pool recycle a worker whose heap stays high. */
    record Done(long id, int pages, long millis, long heapUsed, long heapMax) implements Reply {
    }

    /** Terminal: nothing was left at the output path. {@code kind} is a {@code FailureKind} name. */
    record Failed(long id, String kind, String message, String code, java.util.List<String> args) implements Reply {
        /** From an older worker: no code (the pool recognises it from the message). */
        public Failed(long id, String kind, String message) {
            this(id, kind, message, null, null);
        }
    }

    /** Sent periodically so the pool sees a live worker even during a long silent phase. */
    record Heartbeat(long heapUsed, long heapMax) implements Reply {
    }

    /** Terminal replies end a request; every request gets exactly one. */
    static boolean isTerminal(Reply reply) {
        return reply instanceof Done || reply instanceof Failed;
    }
}
