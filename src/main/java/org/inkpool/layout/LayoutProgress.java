package org.inkpool.layout;

/** Told how far layout has come, as a fraction 0..1 of the document's blocks. */
@FunctionalInterface
public interface LayoutProgress {
    LayoutProgress NONE = fraction -> { };

    void advanced(double fraction);
}
