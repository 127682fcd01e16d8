package org.inkpool.pdf.font;

/**
 * Reads the MathConstants subtable of an OpenType MATH table: the 56 values a math layout positions
 * fractions, scripts, limits and radicals by, in the specification's order. The three percentages
 * (ScriptPercentScaleDown, ScriptScriptPercentScaleDown, RadicalDegreeBottomRaisePercent) stay percentages;
 * every other value is divided by the font's units per em.
 */
final class MathTable {

    /** How many constants the MathConstants subtable holds. */
    static final int CONSTANTS = 56;
    private static final int RECORDS_FROM = 4;
    private static final int LAST = CONSTANTS - 1;
    /** Four 16-bit values, 51 MathValueRecords (value and device offset, 4 bytes each), one 16-bit value. */
    private static final int SUBTABLE_BYTES = 4 * 2 + (LAST - RECORDS_FROM) * 4 + 2;

    private MathTable() {
    }

    /** The constants, or null when the table is absent, too short or not version 1. */
    static double[] constants(byte[] math, int unitsPerEm) {
        if (math == null || math.length < 10 || unitsPerEm <= 0 || GlyphSource.readUInt16(math, 0) != 1) {
            return null;
        }
        int at = GlyphSource.readUInt16(math, 4);
        if (at < 10 || at + SUBTABLE_BYTES > math.length) {
            return null;
        }
        double[] out = new double[CONSTANTS];
        for (int i = 0; i < RECORDS_FROM; i++) {
            out[i] = signed(math, at + 2 * i);
        }
        for (int i = RECORDS_FROM; i < LAST; i++) {
            out[i] = signed(math, at + 8 + 4 * (i - RECORDS_FROM));
        }
        out[LAST] = signed(math, at + 8 + 4 * (LAST - RECORDS_FROM));
        for (int i = 2; i < LAST; i++) {
            out[i] /= unitsPerEm;
        }
        return out;
    }

    private static int signed(byte[] data, int at) {
        return (short) GlyphSource.readUInt16(data, at);
    }
}
