package org.inkpool.docx.chart;

import org.inkpool.model.style.Rgb;

import java.util.List;

/**
 * The cached content of one chart part ({@code c:chartSpace}): what the chart shows, not how it is drawn.
 *
 * @param type           the first chart group's kind
 * @param typeName       the element name of that group (for warnings about kinds not drawn)
 * @param horizontal     bars run left to right (c:barDir bar)
 * @param grouping       how series share a category
 * @param title          the title to show, or null
 * @param categories     category names (may be shorter than the series when the cache is partial)
 * @param series         in c:order order
 * @param legend         where the legend sits, or null when there is none
 * @param categoryAxis   whether the category axis (labels) is shown
 * @param valueAxis      whether the value axis (tick labels) is shown
 * @param gridlines      whether the value axis has major gridlines
 * @param varyColors     each point of a single series gets its own colour (pies)
 * @param textSize       the chart's text size in points
 * @param titleSize      the title's size in points
 * @param pointColors    explicit colours of the first series' points (c:dPt), null where it has none
 * @param titleBold      whether the title is bold
 * @param valueTitle     the value axis's title, or null
 * @param categoryTitle  the category axis's title, or null
 */
record ChartData(Type type, String typeName, boolean horizontal, Grouping grouping, String title,
                 List<String> categories, List<Series> series, LegendPosition legend, boolean categoryAxis,
                 boolean valueAxis, boolean gridlines, boolean varyColors, double textSize, double titleSize,
                 List<Rgb> pointColors, boolean titleBold, String valueTitle, String categoryTitle) {

    enum Type { BAR, LINE, PIE, AREA, OTHER }

    enum Grouping { CLUSTERED, STACKED, PERCENT }

    enum LegendPosition { RIGHT, LEFT, TOP, BOTTOM }

    /** One data series; a value is null where the cache has no point. Colour null = the palette's. */
    record Series(String name, List<Double> values, Rgb color) {
        Double value(int i) {
            return i < values.size() ? values.get(i) : null;
        }
    }

    ChartData {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        pointColors = pointColors == null ? List.of() : java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(pointColors));
    }

    /** Number of categories: the longest of the category list and any series. */
    int categoryCount() {
        int n = categories.size();
        for (Series s : series) {
            n = Math.max(n, s.values().size());
        }
        return n;
    }

    String category(int i) {
        return i < categories.size() && categories.get(i) != null ? categories.get(i) : Integer.toString(i + 1);
    }
}
