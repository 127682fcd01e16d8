package org.inkpool.app;

import org.inkpool.batch.ScanResult;

import java.nio.file.Path;
import java.util.List;

/** Finds the Word documents under files and folders; production is {@code Batches::scan}. */
@FunctionalInterface
public interface BatchScanner {
    ScanResult scan(List<Path> inputs, boolean recursive);
}
