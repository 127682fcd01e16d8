package org.inkpool.docx.style;

/** Renders a list counter in one of Word's number formats (w:numFmt). */
public final class NumberFormats {
    private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety"};
    private static final String[] ORDINAL_ONES = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
    private static final String CJK_DIGITS = "〇一二三四五六七八九";

    private NumberFormats() {
    }

    public static String format(String numFmt, int n) {
        if (numFmt == null) {
            return Integer.toString(n);
        }
        return switch (numFmt) {
            case "none", "bullet" -> "";
            case "decimalZero" -> n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
            case "lowerLetter" -> letters(n, 'a');
            case "upperLetter" -> letters(n, 'A');
            case "lowerRoman" -> roman(n).toLowerCase();
            case "upperRoman" -> roman(n);
            case "ordinal" -> n + ordinalSuffix(n);
            case "cardinalText" -> capitalise(cardinal(n));
            case "ordinalText" -> capitalise(ordinalText(n));
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                 "taiwaneseCountingThousand", "koreanCounting" -> cjkCounting(n);
            case "ideographDigital", "japaneseDigitalTenThousand", "taiwaneseDigital", "koreanDigital" ->
                    cjkDigits(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                    n >= 1 && n <= 20 ? String.valueOf((char) (0x2460 + n - 1)) : Integer.toString(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(n));
            case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf("甲乙丙丁戊己庚辛壬癸".charAt(n - 1))
                    : Integer.toString(n);
            case "ideographZodiac" -> n >= 1 && n <= 12 ? String.valueOf("子丑寅卯辰巳午未申酉戌亥".charAt(n - 1))
                    : Integer.toString(n);
            case "hex" -> Integer.toHexString(n).toUpperCase();
            default -> Integer.toString(n);
        };
    }

    /** a…z, then aa…zz, aaa…: Word repeats the letter. */
    private static String letters(int n, char base) {
        if (n <= 0 || n > 26 * 32) {
            return Integer.toString(n);
        }
        char c = (char) (base + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                sb.append(symbols[i]);
                rest -= values[i];
            }
        }
        return sb.toString();
    }

    private static String ordinalSuffix(int n) {
        int mod100 = Math.abs(n) % 100;
        if (mod100 >= 11 && mod100 <= 13) {
            return "th";
        }
        return switch (Math.abs(n) % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    static String cardinal(int n) {
        if (n < 0 || n > 999_999) {
            return Integer.toString(n);
        }
        if (n < 20) {
            return ONES[n];
        }
        if (n < 100) {
            return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + ONES[n % 10]);
        }
        if (n < 1000) {
            return ONES[n / 100] + " hundred" + (n % 100 == 0 ? "" : " " + cardinal(n % 100));
        }
        return cardinal(n / 1000) + " thousand" + (n % 1000 == 0 ? "" : " " + cardinal(n % 1000));
    }

    private static String ordinalText(int n) {
        if (n < 0 || n > 999_999) {
            return n + ordinalSuffix(n);
        }
        if (n < 20) {
            return ORDINAL_ONES[n];
        }
        if (n % 10 == 0 && n < 100) {
            String t = TENS[n / 10];
            return t.substring(0, t.length() - 1) + "ieth";
        }
        if (n < 100) {
            return TENS[n / 10] + "-" + ORDINAL_ONES[n % 10];
        }
        String c = cardinal(n);
        int split = Math.max(c.lastIndexOf(' '), c.lastIndexOf('-'));
        int last = n % 100;
        if (last == 0) {
            return c + "th";
        }
        return c.substring(0, split + 1) + ordinalText(last < 20 || last % 10 == 0 ? last : last % 10);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** 一, 十, 十一, 二十, 一百零五…: the simple counting form. */
    static String cjkCounting(int n) {
        if (n <= 0 || n >= 100_000) {
            return cjkDigits(n);
        }
        String[] units = {"", "十", "百", "千", "万"};
        String digits = Integer.toString(n);
        StringBuilder sb = new StringBuilder();
        boolean pendingZero = false;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            int unit = digits.length() - 1 - i;
            if (d == 0) {
                pendingZero = sb.length() > 0;
                continue;
            }
            if (pendingZero) {
                sb.append('零');
                pendingZero = false;
            }
            // 十 rather than 一十 at the start of a number below twenty
            if (!(d == 1 && unit == 1 && sb.length() == 0)) {
                sb.append(CJK_DIGITS.charAt(d));
            }
            sb.append(units[unit]);
        }
        return sb.toString();
    }

    static String cjkDigits(int n) {
        String digits = Integer.toString(n);
        StringBuilder sb = new StringBuilder();
        for (char c : digits.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? CJK_DIGITS.charAt(c - '0') : c);
        }
        return sb.toString();
    }

    private static String fullWidth(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? (char) (c - '0' + 0xFF10) : c);
        }
        return sb.toString();
    }
}
