package org.inkpool.layout;

import org.inkpool.layout.page.GlyphRun;
import org.inkpool.layout.page.LaidOutDocument;
import org.inkpool.layout.page.Page;
import org.inkpool.layout.page.PageItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads laid-out pages back as text lines, for assertions. */
public final class Pages {

    private Pages() {
    }

    public static List<GlyphRun> runs(Page page) {
        List<GlyphRun> runs = new ArrayList<>();
        for (PageItem item : page.items()) {
            if (item instanceof GlyphRun run) {
                runs.add(run);
            }
        }
        return runs;
    }

    public static <T extends PageItem> List<T> items(Page page, Class<T> type) {
        return page.items().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Where a run ends: its x plus every character's advance and spacing. */
    public static double end(GlyphRun run) {
        double x = run.x();
        for (int i = 0; i < run.text().length(); ) {
            int cp = run.text().codePointAt(i);
            x += run.face().advance(cp, run.size()) + run.charSpacing();
            i += Character.charCount(cp);
        }
        return x;
    }

    /**
     * The page's lines top to bottom: runs grouped by baseline (superscripts and subscripts join the
     * line whose baseline is within 5 pt), in x order, joined with a space where a gap separates them.
     */
    public static List<String> lines(Page page) {
        TreeMap<Double, List<GlyphRun>> byBaseline = new TreeMap<>();
        for (GlyphRun run : runs(page)) {
            Double key = byBaseline.floorKey(run.baseline() + 5);
            if (key == null || run.baseline() - key > 5) {
                key = run.baseline();
            }
            byBaseline.computeIfAbsent(key, k -> new ArrayList<>()).add(run);
        }
        List<String> lines = new ArrayList<>();
        for (List<GlyphRun> line : byBaseline.values()) {
            line.sort(Comparator.comparingDouble(GlyphRun::x));
            StringBuilder text = new StringBuilder();
            double end = Double.NaN;
            for (GlyphRun run : line) {
                if (!Double.isNaN(end) && run.x() - end > 0.01) {
                    text.append(' ');
                }
                text.append(run.text());
                end = end(run);
            }
            lines.add(text.toString());
        }
        return lines;
    }

    /** Lines of every page, each page's list in order. */
    public static List<List<String>> allLines(LaidOutDocument doc) {
        List<List<String>> pages = new ArrayList<>();
        for (Page page : doc.pages()) {
            pages.add(lines(page));
        }
        return pages;
    }

    /** Baselines of the distinct lines of a page, top to bottom. */
    public static List<Double> baselines(Page page) {
        Map<Double, Boolean> seen = new LinkedHashMap<>();
        runs(page).stream().map(GlyphRun::baseline).sorted().forEach(b -> seen.put(b, true));
        return new ArrayList<>(seen.keySet());
    }

    /** The first run whose text contains {@code text}. */
    public static GlyphRun find(Page page, String text) {
        return runs(page).stream().filter(r -> r.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no run with '" + text + "' in " + lines(page)));
    }
}
