package org.inkpool.convert;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/** Why a PDF could not be written, in one line the user can act on: disk full, no permission, read-only. */
public final class WriteFailure {
    private WriteFailure() {
    }

    public static String describe(Path output, IOException e) {
        String name = String.valueOf(output.getFileName());
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("No space left") || m.contains("not enough space") || m.contains("Disk quota")) {
                return "disk full: could not write " + name + " (no space left on the output volume)";
            }
            if (m.contains("Read-only file system")) {
                return "could not write " + name + ": the output folder is on a read-only volume";
            }
            if (t instanceof AccessDeniedException || m.contains("Permission denied")) {
                return "could not write " + name + ": no permission to write in " + folder(output);
            }
        }
        String message = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "could not write " + name + ": " + message.lines().findFirst().orElse("").strip();
    }

    private static String folder(Path output) {
        Path parent = output.toAbsolutePath().getParent();
        return parent == null ? "the output folder" : parent.toString();
    }
}
