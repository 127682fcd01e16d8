package org.inkpool.layout.paginate;

import org.inkpool.layout.page.Page;
import org.inkpool.layout.page.PageItem;
import org.inkpool.layout.page.PageMarks;
import org.inkpool.layout.area.FloatArea;
import org.inkpool.model.section.HeaderFooterType;
import org.inkpool.model.section.PageSetup;

import java.util.ArrayList;
import java.util.List;

/**
 * A page being filled: its setup (size, margins), the section it belongs to and its page number,
 * the body area its header and footer leave, its footnotes, and its items so far.
 */
public final class PageBuilder {

    private PageSetup setup;
    private int section;
    private int number;
    private boolean firstOfSection;
    private PageFurniture.Frame frame;
    final FootnoteArea footnotes = new FootnoteArea();
    final List<PageItem> items = new ArrayList<>();
    /** What floating objects leave free of the body for text. */
    final FloatArea area = new FloatArea();
    /** Floating objects behind the text and in front of it, each painted as a whole in z-order. */
    private final List<FloatPlacer.Placed> behind = new ArrayList<>();
    private final List<FloatPlacer.Placed> front = new ArrayList<>();
    private final List<FloatPlacer.Placed> order = new ArrayList<>();

    public PageBuilder(PageSetup setup) {
        this(setup, 0, 1, true, PageFurniture.plain(setup));
    }

    public PageBuilder(PageSetup setup, int section, int number, boolean firstOfSection, PageFurniture.Frame frame) {
        this.setup = setup;
        this.section = section;
        this.number = number;
        this.firstOfSection = firstOfSection;
        this.frame = frame;
    }

    PageSetup setup() {
        return setup;
    }

    int section() {
        return section;
    }

    /** The page number shown (pgNumType start applied). */
    int number() {
        return number;
    }

    boolean firstOfSection() {
        return firstOfSection;
    }

    HeaderFooterType type() {
        return frame.type();
    }

    /** An untouched page may still take the setup of a section that begins on it. */
    void changeSetup(PageSetup newSetup) {
        changeSetup(newSetup, section, number, firstOfSection, PageFurniture.plain(newSetup));
    }

    /** An untouched page taken over by a section that begins on it: its setup, number and frame. */
    void changeSetup(PageSetup newSetup, int newSection, int newNumber, boolean first, PageFurniture.Frame newFrame) {
        this.setup = newSetup;
        this.section = newSection;
        this.number = newNumber;
        this.firstOfSection = first;
        this.frame = newFrame;
    }

    double bodyTop() {
        return frame.bodyTop();
    }

    /** The body's bottom, above the footer and the footnotes placed so far. */
    double bodyBottom() {
        return frame.bodyBottom() - footnotes.reserve();
    }

    /** The bottom of the area between header and footer, where footnotes end. */
    double frameBottom() {
        return frame.bodyBottom();
    }

    /** A negative top margin means "this far down, whatever the header" (facts §8): its size counts. */
    static double bodyTop(PageSetup setup) {
        return Math.abs(setup.marginTop());
    }

    static double bodyBottom(PageSetup setup) {
        return setup.height() - Math.abs(setup.marginBottom());
    }

    public static double bodyHeight(PageSetup setup) {
        return bodyBottom(setup) - bodyTop(setup);
    }

    /** Adds a placed floating object to its layer and its room to the area. */
    void addFloat(FloatPlacer.Placed placed) {
        (placed.behind() ? behind : front).add(placed);
        order.add(placed);
        if (placed.exclusion() != null) {
            area.add(placed.exclusion());
        }
    }

    /** How many floats stand on the page: a mark to take back those placed after it. */
    int floatMark() {
        return behind.size() + front.size();
    }

    /** Takes back the floats placed since {@code mark} (their paragraph moved to the next page). */
    void removeFloatsSince(int mark) {
        // floats are added in order: remove the newest until the mark is reached
        while (behind.size() + front.size() > mark) {
            FloatPlacer.Placed last = lastAdded();
            behind.remove(last);
            front.remove(last);
            if (last.exclusion() != null) {
                area.remove(last.exclusion());
            }
        }
    }

    private FloatPlacer.Placed lastAdded() {
        return order.remove(order.size() - 1);
    }

    /**
     * The page in painting order (word-layout-facts: behind text, text, in front): objects behind the
     * text by z-order, the text layer (header, body, footer, notes), then the objects in front.
     */
    Page build() {
        return build(org.inkpool.model.section.PageNumberFormat.DECIMAL);
    }

    /**
     * The finished page; {@code format} is how its section writes page numbers (for its page label).
     * Painting order (word-layout-facts: behind text, text, in front): objects behind the text by
     * z-order, the text layer (header, body, footer, notes), then the objects in front.
     */
    Page build(org.inkpool.model.section.PageNumberFormat format) {
        List<PageItem> painted = new ArrayList<>(items.size() + 16);
        layer(behind, painted);
        painted.addAll(items);
        layer(front, painted);
        PageMarks marks = PageMarks.takeFrom(painted, number, format);
        return new Page(setup.width(), setup.height(), painted, marks);
    }

    private static void layer(List<FloatPlacer.Placed> objects, List<PageItem> out) {
        List<FloatPlacer.Placed> sorted = new ArrayList<>(objects);
        sorted.sort(java.util.Comparator.comparingLong(FloatPlacer.Placed::z)); // stable: equal z keeps order
        for (FloatPlacer.Placed p : sorted) {
            out.addAll(p.items());
        }
    }
}
