package org.inkpool.pdf.font;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the font index from the font folders, reusing the disk cache for every file whose size and
 * modification time are unchanged: only new or changed files are parsed.
 */
final class FontIndexBuilder {

    private int filesParsed;

    /** How many font files this build had to parse (0 when the cache covered everything). */
    int filesParsed() {
        return filesParsed;
    }

    FontIndex build(List<Path> directories, Path cacheFile) {
        Map<Path, FontIndexCache.Entry> cached = FontIndexCache.read(cacheFile);
        Map<Path, FontIndexCache.Entry> current = new LinkedHashMap<>();
        for (Path file : fontFiles(directories)) {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException e) {
                continue;
            }
            long size = attributes.size();
            long modified = attributes.lastModifiedTime().toMillis();
            FontIndexCache.Entry known = cached.get(file);
            if (known != null && known.size() == size && known.modified() == modified) {
                current.put(file, known);
                continue;
            }
            filesParsed++;
            current.put(file, new FontIndexCache.Entry(size, modified, scanQuietly(file)));
        }
        if (!current.equals(cached)) {
            try {
                FontIndexCache.write(cacheFile, current);
            } catch (IOException e) {
                // A read-only cache folder costs the next process a rescan, nothing more.
            }
        }
        List<IndexedFace> faces = new ArrayList<>();
        current.values().forEach(entry -> faces.addAll(entry.faces()));
        return new FontIndex(faces);
    }

    /** A broken font file is recorded with no faces, so it is not parsed again until it changes. */
    private static List<IndexedFace> scanQuietly(Path file) {
        try {
            return FontFileScanner.scan(file);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static List<Path> fontFiles(List<Path> directories) {
        List<Path> files = new ArrayList<>();
        for (Path dir : directories) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try {
                Files.walkFileTree(dir, Set.of(FileVisitOption.FOLLOW_LINKS), 16, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (attributes.isRegularFile() && FontFileScanner.isFontFile(file)) {
                            files.add(realPath(file));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE; // unreadable entries and link loops are skipped
                    }
                });
            } catch (IOException e) {
                // an unreadable folder contributes no fonts
            }
        }
        return files.stream().distinct().sorted().toList();
    }

    /** Links to one file (common in font folders) index it once. */
    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }
}
