package org.inkpool.batch;

import java.nio.file.Path;
import java.util.List;

/** Entry point of the batch layer, shared by the window and the command line. */
public final class Batches {
    private Batches() {
    }

    /** Finds the Word documents (.docx, .docm, .doc) under the given files and folders. */
    public static ScanResult scan(List<Path> inputs, boolean recursive) {
        throw new UnsupportedOperationException("comes with the worker pool issue");
    }

    /** Starts converting; events go to the listener, control comes back at once. */
    public static BatchControl start(List<BatchFile> files, BatchOptions options, BatchListener listener) {
        throw new UnsupportedOperationException("comes with the worker pool issue");
    }
}
