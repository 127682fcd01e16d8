package org.inkpool.pdf.font;

import org.apache.fontbox.ttf.CmapLookup;

import java.util.Arrays;
import java.util.List;

/**
 * The code points a face has glyphs for, as sorted inclusive ranges: small enough to keep for every
 * installed face in the font index, so the per-character fallback search needs to parse no font.
 */
final class CodePointSet {

    static final CodePointSet EMPTY = new CodePointSet(new int[0]);

    /** start0, end0, start1, end1, … sorted, not overlapping, not adjacent. */
    private final int[] ranges;

    private CodePointSet(int[] ranges) {
        this.ranges = ranges;
    }

    /** Every code point the cmap maps to a real glyph, found by walking the glyphs (cheaper than the code space). */
    static CodePointSet of(CmapLookup cmap, int numberOfGlyphs) {
        int[] codes = new int[256];
        int count = 0;
        for (int gid = 1; gid < numberOfGlyphs; gid++) {
            List<Integer> charCodes = cmap.getCharCodes(gid);
            if (charCodes == null) {
                continue;
            }
            for (int code : charCodes) {
                if (count == codes.length) {
                    codes = Arrays.copyOf(codes, count * 2);
                }
                codes[count++] = code;
            }
        }
        return fromCodePoints(Arrays.copyOf(codes, count));
    }

    static CodePointSet fromCodePoints(int[] codePoints) {
        int[] sorted = codePoints.clone();
        Arrays.sort(sorted);
        int[] ranges = new int[Math.max(2, sorted.length * 2)];
        int n = 0;
        for (int cp : sorted) {
            if (n > 0 && cp <= ranges[n - 1] + 1) {
                ranges[n - 1] = Math.max(ranges[n - 1], cp);
            } else {
                ranges[n++] = cp;
                ranges[n++] = cp;
            }
        }
        return new CodePointSet(Arrays.copyOf(ranges, n));
    }

    boolean contains(int codePoint) {
        int low = 0;
        int high = ranges.length / 2 - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (codePoint < ranges[2 * mid]) {
                high = mid - 1;
            } else if (codePoint > ranges[2 * mid + 1]) {
                low = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Hex ranges separated by commas: {@code 20-7e,a0,a2-17f}. */
    String encode() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < ranges.length; i += 2) {
            if (i > 0) {
                text.append(',');
            }
            text.append(Integer.toHexString(ranges[i]));
            if (ranges[i + 1] != ranges[i]) {
                text.append('-').append(Integer.toHexString(ranges[i + 1]));
            }
        }
        return text.toString();
    }

    /** Reads {@link #encode()}'s form back; throws {@link IllegalArgumentException} on anything else. */
    static CodePointSet decode(String text) {
        if (text.isEmpty()) {
            return EMPTY;
        }
        String[] parts = text.split(",");
        int[] ranges = new int[parts.length * 2];
        int previousEnd = -2;
        for (int i = 0; i < parts.length; i++) {
            int dash = parts[i].indexOf('-');
            int start = Integer.parseInt(dash < 0 ? parts[i] : parts[i].substring(0, dash), 16);
            int end = dash < 0 ? start : Integer.parseInt(parts[i].substring(dash + 1), 16);
            if (start > end || start <= previousEnd + 1) {
                throw new IllegalArgumentException("ranges out of order: " + parts[i]);
            }
            ranges[2 * i] = start;
            ranges[2 * i + 1] = end;
            previousEnd = end;
        }
        return new CodePointSet(ranges);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CodePointSet set && Arrays.equals(ranges, set.ranges);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ranges);
    }

    @Override
    public String toString() {
        return "CodePointSet[" + ranges.length / 2 + " ranges]";
    }
}
