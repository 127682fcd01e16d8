package org.inkpool.layout;

import org.inkpool.model.HeaderFooterType;
import org.inkpool.model.PageSetup;

import java.util.ArrayList;
import java.util.List;

/**
 * A page being filled: its setup (size, margins), the section it belongs to and its page number,
 * the body area its header and footer leave, its footnotes, and its items so far.
 */
final class PageBuilder {

    private PageSetup setup;
    private int section;
    private int number;
    private boolean firstOfSection;
    private PageFurniture.Frame frame;
    final FootnoteArea footnotes = new FootnoteArea();
    final List<PageItem> items = new ArrayList<>();

    PageBuilder(PageSetup setup) {
        this(setup, 0, 1, true, PageFurniture.plain(setup));
    }

    PageBuilder(PageSetup setup, int section, int number, boolean firstOfSection, PageFurniture.Frame frame) {
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

    static double bodyHeight(PageSetup setup) {
        return bodyBottom(setup) - bodyTop(setup);
    }

    Page build() {
        return build(org.inkpool.model.PageNumberFormat.DECIMAL);
    }

    /** The finished page; {@code format} is how its section writes page numbers (for its page label). */
    Page build(org.inkpool.model.PageNumberFormat format) {
        List<PageItem> painted = new ArrayList<>(items);
        PageMarks marks = PageMarks.takeFrom(painted, number, format);
        return new Page(setup.width(), setup.height(), painted, marks);
    }
}
