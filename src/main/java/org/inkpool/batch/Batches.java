package org.inkpool.batch;

import java.nio.file.Path;
import java.util.List;

/** Entry point of the batch layer, shared by the window and the command line. */
public final class Batches {
    private Batches() {
    }

    /** Finds the Word documents (.docx, .docm, .dotx, .dotm, .doc, .dot, and .xml files holding Word 2003 XML), skipping ~$ lock files, hidden and other files under the given files and folders. */
    public static ScanResult scan(List<Path> inputs, boolean recursive) {
        return new FolderScanner(recursive).scan(inputs);
    }

    /** Starts converting; events go to the listener, control comes back at once. */
    public static BatchControl start(List<BatchFile> files, BatchOptions options, BatchListener listener) {
        return BatchRun.start(files, options, listener);
    }

    /** The user's cache folder (workers' class-data archives, the font index), as the About dialog shows it. */
    public static Path cacheFolder() {
        return org.inkpool.pool.CacheFolder.forUser();
    }
}
