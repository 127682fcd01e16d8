package org.inkpool.batch;

import java.nio.file.Path;

/**
 * One document of a batch.
 *
 * @param id       unique within the batch, stable across retries
 * @param source   absolute path of the document
 * @param display  what the user sees: the path relative to the folder it was found in
 * @param size     bytes
 */
public record BatchFile(int id, Path source, String display, long size) {
}
