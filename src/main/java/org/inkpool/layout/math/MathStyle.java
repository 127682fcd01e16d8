package org.inkpool.layout.math;

/**
 * The style a part of an equation is set in (TeX's D, T, S, SS, with cramping): whether it is display
 * math, its script level (0 the equation's size, 1 scripts, 2 scripts of scripts) and whether it is
 * cramped (under a bar or a radical: superscripts rise less).
 */
record MathStyle(boolean display, int level, boolean cramped) {

    static final MathStyle DISPLAY = new MathStyle(true, 0, false);
    static final MathStyle TEXT = new MathStyle(false, 0, false);

    /** The style of a superscript. */
    MathStyle sup() {
        return new MathStyle(false, Math.min(2, level + 1), cramped);
    }

    /** The style of a subscript (always cramped). */
    MathStyle sub() {
        return new MathStyle(false, Math.min(2, level + 1), true);
    }

    /** Numerator: display fractions keep the text size, others go one level down. */
    MathStyle numerator() {
        return display ? new MathStyle(false, level, cramped) : sup();
    }

    MathStyle denominator() {
        return display ? new MathStyle(false, level, true) : sub();
    }

    MathStyle crampedStyle() {
        return new MathStyle(display, level, true);
    }

    /** Size factor of this level against the equation's size. */
    double scale(MathConstants c) {
        return level == 0 ? 1 : level == 1 ? c.scriptPercentScaleDown() : c.scriptScriptPercentScaleDown();
    }
}
