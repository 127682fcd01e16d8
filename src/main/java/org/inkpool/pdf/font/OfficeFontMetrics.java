package org.inkpool.pdf.font;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The vertical metrics of common Office fonts (resource {@code office-font-metrics.txt}), used for the line
 * height when the font a document names is drawn by a substitute: Word sizes the line from the named font.
 */
public final class OfficeFontMetrics {

    private static final Map<String, VerticalMetrics> TABLE = load();

    private OfficeFontMetrics() {
    }

    public static Optional<VerticalMetrics> of(String family) {
        if (family == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(TABLE.get(normalise(family)));
    }

    static String normalise(String family) {
        return family.strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, VerticalMetrics> load() {
        Map<String, VerticalMetrics> table = new HashMap<>();
        try (InputStream in = OfficeFontMetrics.class.getResourceAsStream("office-font-metrics.txt")) {
            if (in == null) {
                throw new IllegalStateException("office-font-metrics.txt missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\|");
                if (cells.length != 7) {
                    throw new IllegalStateException("office-font-metrics.txt: bad row: " + line);
                }
                VerticalMetrics metrics = new VerticalMetrics(number(cells[1]), number(cells[2]),
                        number(cells[3]), number(cells[4]), number(cells[5]), number(cells[6]));
                for (String name : cells[0].split(";")) {
                    table.put(normalise(name), metrics);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }

    private static int number(String cell) {
        return Integer.parseInt(cell.strip());
    }
}
