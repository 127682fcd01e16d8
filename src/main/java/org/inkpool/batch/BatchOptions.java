package org.inkpool.batch;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a batch runs.
 *
 * @param outputDir    null: each PDF next to its source; else this folder, mirroring the input tree
 * @param stallTimeout a file with no progress for this long is killed and failed as timed out
 * @param hardTimeout  no file may take longer than this
 */
public record BatchOptions(int workers, ExecutionMode mode, Path outputDir, ExistingPolicy existing,
                           boolean recursive, Duration stallTimeout, Duration hardTimeout) {

    public static BatchOptions defaults() {
        return new BatchOptions(Runtime.getRuntime().availableProcessors(), ExecutionMode.PROCESSES, null,
                ExistingPolicy.SKIP_IF_NEWER, true, Duration.ofSeconds(60), Duration.ofMinutes(10));
    }
}
