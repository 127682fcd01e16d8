package org.inkpool.pool;

import org.inkpool.convert.ConversionOptions;
import java.nio.file.Path;

/**
 * One file for the pool: convert {@code input} to {@code output} (a name the caller already reserved).
 *
 * @param display what logs call the file
 * @param options how the PDF is written
 */
public record PoolTask(long id, Path input, Path output, String display, ConversionOptions options) {
    public PoolTask {
        options = options == null ? ConversionOptions.DEFAULT : options;
    }

    /** An ordinary PDF. */
    public PoolTask(long id, Path input, Path output, String display) {
        this(id, input, output, display, ConversionOptions.DEFAULT);
    }
}
