package org.inkpool.batch;

import org.inkpool.convert.WordFiles;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds Word documents under files and folders (see {@link WordFiles}), counting what it passes over. */
final class FolderScanner {
    private final boolean recursive;
    private final List<BatchFile> files = new ArrayList<>();
    private final Set<Path> seen = new HashSet<>();
    private int lockFiles;
    private int hidden;
    private int other;

    FolderScanner(boolean recursive) {
        this.recursive = recursive;
    }

    ScanResult scan(List<Path> inputs) {
        for (Path input : inputs) {
            Path absolute = input.toAbsolutePath().normalize();
            if (Files.isDirectory(absolute)) {
                walk(absolute);
            } else if (Files.isRegularFile(absolute)) {
                consider(absolute, absolute.getFileName().toString());
            } else {
                other++;
            }
        }
        return new ScanResult(files, lockFiles, hidden, other);
    }

    private void walk(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (isHidden(dir)) {
                        hidden++;
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return recursive ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        consider(file, display(root, file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    other++;
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            other++;
        }
    }

    private void consider(Path file, String display) {
        String name = file.getFileName().toString();
        if (name.startsWith("~$")) {
            lockFiles++;
        } else if (isHidden(file)) {
            hidden++;
        } else if (!WordFiles.isWordDocument(file)) {
            other++;
        } else if (seen.add(realPath(file))) {
            files.add(new BatchFile(files.size() + 1, file, display, size(file)));
        }
    }

    /** The path below the folder the user gave, with forward slashes on every system. */
    private static String display(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static boolean isHidden(Path path) {
        if (path.getFileName().toString().startsWith(".")) {
            return true;
        }
        try {
            return Files.isHidden(path);
        } catch (IOException e) {
            return false;
        }
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
