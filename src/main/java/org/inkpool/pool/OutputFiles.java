package org.inkpool.pool;

import org.inkpool.convert.AtomicMove;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a PDF is written while it is incomplete, and how leftovers are removed. A temporary file is
 * named after its target ({@code .name.pdf.inkpool-<pid>-<id>.tmp}) so the scheduler, which knows the
 * target, can sweep it up after killing a worker — including any temporary file the engine made beside it.
 */
public final class OutputFiles {
    private OutputFiles() {
    }

    public static Path temporaryFor(Path output, long pid, long id) {
        return output.resolveSibling(prefix(output) + pid + "-" + id + ".tmp");
    }

    /** Moves the finished temporary file into place in one step. */
    public static void publish(Path temporary, Path output) throws IOException {
        AtomicMove.replace(temporary, output);
    }

    /** Deletes every temporary file of this target (any worker, any attempt); returns how many. */
    public static int sweepTemporaries(Path output) {
        Path folder = output.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return 0;
        }
        // ours: ".name.pdf.inkpool-<pid>-<id>.tmp"; the engine's own temp beside it adds a dot in front
        // (and a suffix), so both read "name.pdf.inkpool-…" once the leading dots are gone
        String stem = output.getFileName() + ".inkpool-";
        int deleted = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, p -> isTemporaryOf(p.getFileName().toString(), stem))) {
            for (Path entry : entries) {
                if (Files.deleteIfExists(entry)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            // best effort: a leftover hidden temp file is harmless compared to failing the batch
        }
        return deleted;
    }

    private static boolean isTemporaryOf(String name, String stem) {
        int dots = 0;
        while (dots < name.length() && name.charAt(dots) == '.') {
            dots++;
        }
        return dots > 0 && name.startsWith(stem, dots) && name.endsWith(".tmp");
    }

    private static String prefix(Path output) {
        return "." + output.getFileName() + ".inkpool-";
    }
}
