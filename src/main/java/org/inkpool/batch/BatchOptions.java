package org.inkpool.batch;

import org.inkpool.convert.ConversionOptions;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How a batch runs.
 *
 * @param outputDir    null: each PDF next to its source; else this folder, mirroring the input tree
 * @param stallTimeout a file with no progress for this long is killed and failed as timed out
 * @param hardTimeout  no file may take longer than this
 * @param conversion   how each PDF is written (PDF/A…)
 */
public record BatchOptions(int workers, ExecutionMode mode, Path outputDir, ExistingPolicy existing,
                           boolean recursive, Duration stallTimeout, Duration hardTimeout,
                           ConversionOptions conversion) {

    public BatchOptions {
        conversion = conversion == null ? ConversionOptions.DEFAULT : conversion;
    }

    /** Ordinary PDFs. */
    public BatchOptions(int workers, ExecutionMode mode, Path outputDir, ExistingPolicy existing,
                        boolean recursive, Duration stallTimeout, Duration hardTimeout) {
        this(workers, mode, outputDir, existing, recursive, stallTimeout, hardTimeout, ConversionOptions.DEFAULT);
    }

    public BatchOptions withConversion(ConversionOptions newConversion) {
        return new BatchOptions(workers, mode, outputDir, existing, recursive, stallTimeout, hardTimeout,
                newConversion);
    }

    public static BatchOptions defaults() {
        return new BatchOptions(Runtime.getRuntime().availableProcessors(), ExecutionMode.PROCESSES, null,
                ExistingPolicy.SKIP_IF_NEWER, true, Duration.ofSeconds(60), Duration.ofMinutes(10));
    }
}
