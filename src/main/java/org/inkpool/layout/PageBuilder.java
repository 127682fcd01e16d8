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
        return setup.marginTop();
    }

    double bodyBottom() {
        return setup.height() - setup.marginBottom();
    }

    Page build() {
        return new Page(setup.width(), setup.height(), items);
    }
}
