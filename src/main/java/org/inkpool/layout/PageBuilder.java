package org.inkpool.layout;

import org.inkpool.model.PageSetup;

import java.util.ArrayList;
import java.util.List;

/** A page being filled: its setup (size, margins) and its items so far. */
final class PageBuilder {

    private PageSetup setup;
    final List<PageItem> items = new ArrayList<>();

    PageBuilder(PageSetup setup) {
        this.setup = setup;
    }

    PageSetup setup() {
        return setup;
    }

    /** An untouched page may still take the setup of a section that begins on it. */
    void changeSetup(PageSetup newSetup) {
        this.setup = newSetup;
    }

    double bodyTop() {
        return bodyTop(setup);
    }

    double bodyBottom() {
        return bodyBottom(setup);
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
        return new Page(setup.width(), setup.height(), items);
    }
}
