package org.inkpool.pdf.font;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The font index on disk: per font file its path, size and modification time, and the faces read from
 * it, so the next process reuses them without parsing the file again. A tab-separated text file; one
 * that cannot be read back (truncated, edited, another version) is ignored and rewritten.
 */
final class FontIndexCache {

    private static final String HEADER = "inkpool-font-index 2";
    private static final String END = "end";

    /** What the cache knows about one font file. */
    record Entry(long size, long modified, List<IndexedFace> faces) {
        Entry {
            faces = List.copyOf(faces);
        }
    }

    private FontIndexCache() {
    }

    /** The cached entries by absolute path; empty when the file is missing or unreadable. */
    static Map<Path, Entry> read(Path cacheFile) {
        if (!Files.isRegularFile(cacheFile)) {
            return Map.of();
        }
        try (BufferedReader reader = Files.newBufferedReader(cacheFile, StandardCharsets.UTF_8)) {
            if (!HEADER.equals(reader.readLine())) {
                return Map.of();
            }
            Map<Path, Entry> entries = new HashMap<>();
            Path file = null;
            long size = 0;
            long modified = 0;
            List<IndexedFace> faces = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.equals(END)) {
                    if (file != null) {
                        entries.put(file, new Entry(size, modified, faces));
                    }
                    return entries;
                }
                String[] cells = line.split("\t", -1);
                switch (cells[0]) {
                    case "F" -> {
                        if (file != null) {
                            entries.put(file, new Entry(size, modified, faces));
                        }
                        expect(cells, 4);
                        file = Path.of(cells[1]);
                        size = Long.parseLong(cells[2]);
                        modified = Long.parseLong(cells[3]);
                        faces = new ArrayList<>();
                    }
                    case "A" -> {
                        if (file == null || cells.length < 9) {
                            return Map.of();
                        }
                        faces.add(new IndexedFace(file, Integer.parseInt(cells[1]), List.of(
                                Arrays.copyOfRange(cells, 8, cells.length)), flag(cells[2]), flag(cells[3]),
                                Integer.parseInt(cells[4]), Integer.parseInt(cells[5]), Integer.parseInt(cells[6]),
                                CodePointSet.decode(cells[7])));
                    }
                    default -> {
                        return Map.of();
                    }
                }
            }
            return Map.of(); // no end marker: truncated
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /** Writes the entries to a temporary file and moves it into place, so readers never see half a file. */
    static void write(Path cacheFile, Map<Path, Entry> entries) throws IOException {
        Files.createDirectories(cacheFile.getParent());
        Path temp = Files.createTempFile(cacheFile.getParent(), "font-index", ".tmp");
        try {
            try (BufferedWriter writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                writer.write(HEADER);
                writer.newLine();
                for (Map.Entry<Path, Entry> e : entries.entrySet()) {
                    String path = e.getKey().toString();
                    if (!storable(path)) {
                        continue;
                    }
                    writer.write("F\t" + path + "\t" + e.getValue().size() + "\t" + e.getValue().modified());
                    writer.newLine();
                    for (IndexedFace face : e.getValue().faces()) {
                        if (face.families().stream().allMatch(FontIndexCache::storable)) {
                            writer.write(faceLine(face));
                            writer.newLine();
                        }
                    }
                }
                writer.write(END);
                writer.newLine();
            }
            try {
                Files.move(temp, cacheFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, cacheFile, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String faceLine(IndexedFace face) {
        return "A\t" + face.index() + "\t" + (face.bold() ? 1 : 0) + "\t" + (face.italic() ? 1 : 0) + "\t"
                + face.weight() + "\t" + face.widthClass() + "\t" + face.coverage() + "\t"
                + face.codePoints().encode() + "\t" + String.join("\t", face.families());
    }

    private static boolean storable(String text) {
        return text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0;
    }

    private static boolean flag(String cell) {
        return switch (cell) {
            case "1" -> true;
            case "0" -> false;
            default -> throw new IllegalArgumentException("not a flag: " + cell);
        };
    }

    private static void expect(String[] cells, int count) {
        if (cells.length != count) {
            throw new IllegalArgumentException("expected " + count + " cells, got " + cells.length);
        }
    }
}
