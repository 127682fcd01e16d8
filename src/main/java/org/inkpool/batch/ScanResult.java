package org.inkpool.batch;

import java.util.List;

/** The Word documents found under the user's files and folders, and what was passed over. */
public record ScanResult(List<BatchFile> files, int skippedLockFiles, int skippedHidden, int skippedOther) {
    public ScanResult {
        files = List.copyOf(files);
    }
}
