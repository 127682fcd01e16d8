package org.inkpool.docx.chart;

import org.inkpool.docx.style.Hsl;
import org.inkpool.model.style.Rgb;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a chart part ({@code c:chartSpace}) into {@link ChartData} from the values Word cached in it
 * (the embedded workbook is never opened). Elements are matched by local name: the chart and
 * DrawingML namespaces have strict and transitional spellings and nothing else in the part collides.
 */
final class ChartReader {
    /** A hostile part could cache millions of points; a chart never shows more than this. */
    static final int MAX_POINTS = 4096;
    static final int MAX_SERIES = 64;

    private final List<Rgb> palette;

    /** @param palette the theme's accent1..accent6, to resolve scheme colours */
    ChartReader(List<Rgb> palette) {
        this.palette = palette;
    }

    ChartData read(Document part) {
        Element space = part.getDocumentElement();
        Element chart = child(space, "chart");
        Element plot = child(chart, "plotArea");
        Element group = firstGroup(plot);
        String typeName = group == null ? "none" : group.getLocalName();
        ChartData.Type type = typeOf(typeName);
        List<ChartData.Series> series = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<Rgb> pointColors = new ArrayList<>();
        for (Element g : groups(plot)) {
            for (Element ser : children(g, "ser")) {
                if (series.size() >= MAX_SERIES) {
                    break;
                }
                series.add(series(ser, series.size()));
                if (categories.isEmpty()) {
                    categories = strings(child(ser, "cat"));
                }
                if (series.size() == 1) {
                    pointColors = pointColors(ser);
                }
            }
        }
        Element legend = child(chart, "legend");
        double textSize = textSize(space, plot, legend);
        return new ChartData(type, typeName,
                "bar".equals(val(child(group, "barDir"))),
                grouping(val(child(group, "grouping"))),
                title(chart, series),
                categories, series, legend == null ? null : legendPosition(val(child(legend, "legendPos"))),
                shown(plot, "catAx") && shown(plot, "dateAx"), shown(plot, "valAx"),
                hasGridlines(plot),
                "1".equals(val(child(group, "varyColors"))) || "true".equals(val(child(group, "varyColors"))),
                textSize, titleSize(chart, textSize), pointColors, titleBold(chart),
                axisTitle(plot, "valAx"), axisTitle(plot, "catAx"));
    }

    private static ChartData.Type typeOf(String name) {
        return switch (name) {
            case "barChart", "bar3DChart" -> ChartData.Type.BAR;
            case "lineChart", "line3DChart" -> ChartData.Type.LINE;
            case "pieChart", "pie3DChart", "doughnutChart", "ofPieChart" -> ChartData.Type.PIE;
            case "areaChart", "area3DChart" -> ChartData.Type.AREA;
            default -> ChartData.Type.OTHER;
        };
    }

    private static ChartData.Grouping grouping(String v) {
        if ("stacked".equals(v)) {
            return ChartData.Grouping.STACKED;
        }
        return "percentStacked".equals(v) ? ChartData.Grouping.PERCENT : ChartData.Grouping.CLUSTERED;
    }

    private static ChartData.LegendPosition legendPosition(String v) {
        if (v == null) {
            return ChartData.LegendPosition.RIGHT; // the schema's default
        }
        return switch (v) {
            case "b" -> ChartData.LegendPosition.BOTTOM;
            case "t" -> ChartData.LegendPosition.TOP;
            case "l" -> ChartData.LegendPosition.LEFT;
            default -> ChartData.LegendPosition.RIGHT;
        };
    }

    private static String axisTitle(Element plot, String axis) {
        Element ax = child(plot, axis);
        Element title = child(ax, "title");
        return title == null || !shown(plot, axis) ? null : richText(title);
    }

    /** The text of a title's rich body (paragraphs joined by a space), or null when it has none. */
    private static String richText(Element title) {
        Element rich = child(child(title, "tx"), "rich");
        if (rich == null) {
            return null;
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element p : children(rich, "p")) {
            StringBuilder text = new StringBuilder();
            collectText(p, "t", text);
            if (!text.toString().isBlank()) {
                paragraphs.add(text.toString().strip());
            }
        }
        return paragraphs.isEmpty() ? null : String.join(" ", paragraphs);
    }

    private static boolean titleBold(Element chart) {
        Element title = child(chart, "title");
        if (title == null) {
            return false;
        }
        List<Element> props = new ArrayList<>();
        collect(title, "rPr", props);
        collect(title, "defRPr", props);
        for (Element e : props) {
            if (e.hasAttribute("b")) {
                return "1".equals(e.getAttribute("b")) || "true".equals(e.getAttribute("b"));
            }
        }
        return false;
    }

    /** The title's text; a title without text is Office's automatic one (the series name when there is one series). */
    private static String title(Element chart, List<ChartData.Series> series) {
        Element title = child(chart, "title");
        if (title == null) {
            return null;
        }
        Element tx = child(title, "tx");
        if (tx != null) {
            if (child(tx, "rich") != null) {
                return richText(title);
            }
            List<String> cached = strings(tx);
            if (!cached.isEmpty()) {
                return cached.get(0);
            }
        }
        return series.size() == 1 && series.get(0).name() != null ? series.get(0).name() : "Chart Title";
    }

    /**
     * The size of the chart's labels: the chart space's text properties, else (Office 2013+ styles give every
     * element its own) the first axis's or the legend's, else Office's 10 pt.
     */
    private static double textSize(Element space, Element plot, Element legend) {
        double size = size(child(space, "txPr"), -1);
        for (String axis : new String[] {"valAx", "catAx", "dateAx"}) {
            if (size < 0) {
                size = size(child(child(plot, axis), "txPr"), -1);
            }
        }
        if (size < 0) {
            size = size(child(legend, "txPr"), -1);
        }
        return size < 0 ? 10 : size;
    }

    private static double titleSize(Element chart, double textSize) {
        Element title = child(chart, "title");
        return title == null ? textSize : size(title, Math.max(14, textSize * 1.4));
    }

    /** The first a:defRPr or a:rPr size (hundredths of a point) under the element, or the fallback. */
    private static double size(Element e, double fallback) {
        if (e == null) {
            return fallback;
        }
        for (String name : new String[] {"defRPr", "rPr"}) {
            Element props = descendant(e, name);
            if (props != null && !props.getAttribute("sz").isEmpty()) {
                try {
                    double sz = Integer.parseInt(props.getAttribute("sz")) / 100.0;
                    if (sz >= 1 && sz <= 400) {
                        return sz;
                    }
                } catch (NumberFormatException ignored) {
                    // fall through to the next candidate
                }
            }
        }
        return fallback;
    }

    private ChartData.Series series(Element ser, int index) {
        Element tx = child(ser, "tx");
        String name = null;
        if (tx != null) {
            List<String> names = strings(tx);
            name = names.isEmpty() ? null : names.get(0);
            if (name == null) {
                Element v = child(tx, "v");
                name = v == null ? null : v.getTextContent();
            }
        }
        if (name == null) {
            name = "Series " + (index + 1); // Office names an unnamed series this way
        }
        List<Double> values = new ArrayList<>();
        for (String s : strings(child(ser, "val"))) {
            values.add(number(s));
        }
        return new ChartData.Series(name, values, colour(child(ser, "spPr")));
    }

    private List<Rgb> pointColors(Element ser) {
        List<Rgb> colours = new ArrayList<>();
        for (Element dPt : children(ser, "dPt")) {
            Integer idx = index(child(dPt, "idx"));
            if (idx == null || idx >= MAX_POINTS) {
                continue;
            }
            while (colours.size() <= idx) {
                colours.add(null);
            }
            colours.set(idx, colour(child(dPt, "spPr")));
        }
        return colours;
    }

    /** The solid fill of a shape's properties (an sRGB or accent scheme colour), or null. */
    private Rgb colour(Element spPr) {
        Element fill = child(spPr, "solidFill");
        if (fill == null) {
            return null;
        }
        Element srgb = child(fill, "srgbClr");
        if (srgb != null) {
            return transformed(Rgb.parse(srgb.getAttribute("val")), srgb);
        }
        Element scheme = child(fill, "schemeClr");
        if (scheme != null) {
            String v = scheme.getAttribute("val");
            if (v.startsWith("accent") && v.length() == 7) {
                int n = v.charAt(6) - '1';
                if (n >= 0 && n < palette.size()) {
                    return transformed(palette.get(n), scheme);
                }
            }
        }
        return null;
    }

    /**
     * Applies a:lumMod / a:lumOff (luminance in HSL, in thousandths of a percent): Office shades the seventh
     * and later series of a chart from the six accents this way.
     */
    static Rgb transformed(Rgb colour, Element colourElement) {
        if (colour == null) {
            return null;
        }
        Element mod = child(colourElement, "lumMod");
        Element off = child(colourElement, "lumOff");
        if (mod == null && off == null) {
            return colour;
        }
        double modulation = mod == null ? 1 : percent(mod.getAttribute("val"), 1);
        double offset = off == null ? 0 : percent(off.getAttribute("val"), 0);
        float[] hsl = Hsl.of(colour);
        hsl[2] = (float) Math.max(0, Math.min(1, hsl[2] * modulation + offset));
        return Hsl.rgb(hsl);
    }

    private static double percent(String v, double fallback) {
        try {
            return Integer.parseInt(v.strip()) / 100000.0;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The points of a str/num reference or literal under the element, by their idx. */
    private static List<String> strings(Element holder) {
        List<String> out = new ArrayList<>();
        if (holder == null) {
            return out;
        }
        List<Element> points = new ArrayList<>();
        collect(holder, "pt", points);
        for (Element pt : points) {
            Integer idx = index(pt);
            Element v = child(pt, "v");
            if (idx == null || v == null || idx >= MAX_POINTS) {
                continue;
            }
            while (out.size() <= idx) {
                out.add(null);
            }
            if (out.get(idx) == null) {
                out.set(idx, v.getTextContent());
            }
        }
        return out;
    }

    private static Integer index(Element e) {
        if (e == null) {
            return null;
        }
        String attr = e.hasAttribute("idx") ? e.getAttribute("idx") : e.getAttribute("val");
        try {
            int i = Integer.parseInt(attr.strip());
            return i < 0 ? null : i;
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    private static Double number(String s) {
        if (s == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(s.strip());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean shown(Element plot, String axis) {
        for (Element ax : children(plot, axis)) {
            String deleted = val(child(ax, "delete"));
            if ("1".equals(deleted) || "true".equals(deleted)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasGridlines(Element plot) {
        for (Element ax : children(plot, "valAx")) {
            if (child(ax, "majorGridlines") != null) {
                return true;
            }
        }
        return false;
    }

    private static Element firstGroup(Element plot) {
        List<Element> groups = groups(plot);
        return groups.isEmpty() ? null : groups.get(0);
    }

    /** The chart groups of the plot area (barChart, lineChart…), in document order. */
    private static List<Element> groups(Element plot) {
        List<Element> out = new ArrayList<>();
        if (plot != null) {
            for (Node n = plot.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getLocalName() != null && e.getLocalName().endsWith("Chart")) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private static String val(Element e) {
        return e == null ? null : e.getAttribute("val");
    }

    static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && localName.equals(e.getLocalName())) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private static Element descendant(Element root, String localName) {
        List<Element> found = new ArrayList<>();
        collect(root, localName, found);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Matching descendants in document order, not below a match; iterative, as a hostile part may nest deeply. */
    private static void collect(Element root, String localName, List<Element> out) {
        if (root == null) {
            return;
        }
        java.util.Deque<Node> pending = new java.util.ArrayDeque<>();
        for (Node n = root.getLastChild(); n != null; n = n.getPreviousSibling()) {
            pending.push(n);
        }
        while (!pending.isEmpty() && out.size() < MAX_POINTS * 4) {
            if (pending.pop() instanceof Element e) {
                if (localName.equals(e.getLocalName())) {
                    out.add(e);
                } else {
                    for (Node n = e.getLastChild(); n != null; n = n.getPreviousSibling()) {
                        pending.push(n);
                    }
                }
            }
        }
    }

    private static void collectText(Element root, String localName, StringBuilder out) {
        List<Element> texts = new ArrayList<>();
        collect(root, localName, texts);
        for (Element t : texts) {
            out.append(t.getTextContent());
        }
    }
}
