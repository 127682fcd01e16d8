package org.inkpool.pool;

import java.nio.file.Path;

/**
 * One file for the pool: convert {@code input} to {@code output} (a name the caller already reserved).
 *
 * @param display what logs call the file
 */
public record PoolTask(long id, Path input, Path output, String display) {
}
