package org.inkpool.app;

import org.inkpool.batch.ExecutionMode;
import org.inkpool.batch.ModeComparison;
import org.inkpool.batch.ModeRun;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Measures documents with 1 and N workers as processes and as threads; injected so tests need no child JVMs. */
@FunctionalInterface
interface ModeComparer {
    /** Each setting is handed to {@code each} as measured (on the measuring thread); all are returned. */
    List<ModeRun> compare(List<Path> documents, int workers, Path scratch, Consumer<ModeRun> each) throws Exception;

    /** The {@code benchmark} command's measurement: a fresh {@code inkpool convert} per setting. */
    static ModeComparer production() {
        return (documents, workers, scratch, each) -> ModeComparison.run(documents,
                workers <= 1 ? List.of(1) : List.of(1, workers),
                List.of(ExecutionMode.PROCESSES, ExecutionMode.THREADS), scratch, 1, each);
    }
}
