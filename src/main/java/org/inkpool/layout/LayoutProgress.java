package org.inkpool.layout;

/** Told how far layout has come, as a fraction 0..1 of the document's blocks. */
@FunctionalInterface
public interface LayoutProgress {
    LayoutProgress NONE = fraction -> { };

    void advanced(double fraction);

    /**
     * Layout is still working inside one block (a page opened, a table row placed): no fraction to report,
     * but a sign of life, so a single table running over thousands of pages is not taken for a hang.
     */
    default void stillWorking() {
    }
}
