package org.inkpool.docx.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An automatic value axis as Office and LibreOffice pick it: from zero (or below, for negative data) to a
 * round maximum, in steps of 1, 2 or 5 × 10ⁿ, as few steps as keep the labels apart. The data's top
 * gets 5 % head room, so a maximum that lands on a tick gets one more step (5 → 0…6).
 *
 * @param min  the lowest tick
 * @param max  the highest tick
 * @param step the distance between ticks
 */
record AxisScale(double min, double max, double step) {

    private static final double[] MANTISSAS = {1, 2, 5};

    /**
     * @param maxSteps the most intervals the axis has room for (at least 1)
     */
    static AxisScale of(double dataMin, double dataMax, int maxSteps) {
        double lo = Math.min(0, dataMin);
        double hi = Math.max(0, dataMax);
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        double margin = (hi - lo) / 20;
        double top = dataMax > 0 ? hi + margin : hi;
        double bottom = dataMin < 0 ? lo - margin : lo;
        int limit = Math.max(1, maxSteps);
        double magnitude = Math.pow(10, Math.floor(Math.log10((top - bottom) / limit)));
        for (int attempt = 0; attempt < 8; attempt++) {
            for (double m : MANTISSAS) {
                double step = m * magnitude;
                double min = Math.floor(bottom / step) * step;
                double max = Math.ceil(top / step) * step;
                if (Math.round((max - min) / step) <= limit) {
                    return new AxisScale(clean(min), clean(max), step);
                }
            }
            magnitude *= 10;
        }
        return new AxisScale(bottom, top, top - bottom);
    }

    /** A 0…100 % axis in steps of 10 or 20 (percent-stacked charts). */
    static AxisScale percent(int maxSteps) {
        return new AxisScale(0, 1, maxSteps >= 10 ? 0.1 : maxSteps >= 5 ? 0.2 : 0.5);
    }

    List<Double> ticks() {
        List<Double> out = new ArrayList<>();
        long n = Math.round((max - min) / step);
        for (long i = 0; i <= n && i <= 1000; i++) {
            out.add(clean(min + i * step));
        }
        return out;
    }

    /** A tick's label: as many decimals as the step needs, no trailing zeros, no "-0". */
    String label(double value, boolean percent) {
        double shown = percent ? value * 100 : value;
        double shownStep = percent ? step * 100 : step;
        int decimals = Math.max(0, BigDecimal.valueOf(shownStep).stripTrailingZeros().scale());
        BigDecimal d = BigDecimal.valueOf(shown).setScale(decimals, java.math.RoundingMode.HALF_UP);
        if (d.signum() == 0) {
            d = BigDecimal.ZERO.setScale(decimals);
        }
        return d.toPlainString() + (percent ? "%" : "");
    }

    /** Where a value sits between the axis ends, 0 at min, 1 at max. */
    double fraction(double value) {
        return (value - min) / (max - min);
    }

    private static double clean(double v) {
        return BigDecimal.valueOf(v).round(new java.math.MathContext(12)).doubleValue();
    }
}
