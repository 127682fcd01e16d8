package org.inkpool.model.section;

/** How a page number is written (w:pgNumType/@w:fmt, or a field's \* switch). */
public enum PageNumberFormat {
    DECIMAL, LOWER_ROMAN, UPPER_ROMAN, LOWER_LETTER, UPPER_LETTER;

    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_DIGITS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV",
            "I"};

    public String format(int n) {
        return switch (this) {
            case DECIMAL -> Integer.toString(n);
            case LOWER_ROMAN -> roman(n).toLowerCase();
            case UPPER_ROMAN -> roman(n);
            case LOWER_LETTER -> letters(n, 'a');
            case UPPER_LETTER -> letters(n, 'A');
        };
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n); // Word falls back to arabic outside the roman range
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (n >= ROMAN_VALUES[i]) {
                out.append(ROMAN_DIGITS[i]);
                n -= ROMAN_VALUES[i];
            }
        }
        return out.toString();
    }

    /** a…z, then aa…zz: Word repeats the letter. */
    private static String letters(int n, char base) {
        if (n <= 0 || n > 26 * 32) {
            return Integer.toString(n);
        }
        return String.valueOf((char) (base + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
    }
}
