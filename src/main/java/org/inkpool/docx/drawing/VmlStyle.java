package org.inkpool.docx.drawing;

/** Reads the size out of a VML shape's CSS-like style attribute ("width:120pt;height:1.5in"). */
public final class VmlStyle {
    private VmlStyle() {
    }

    /** {width, height} in points; 0 where the style does not say. */
    public static double[] size(String style) {
        double w = 0;
        double h = 0;
        if (style != null) {
            for (String decl : style.split(";")) {
                int colon = decl.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String key = decl.substring(0, colon).trim().toLowerCase();
                String value = decl.substring(colon + 1).trim().toLowerCase();
                if (key.equals("width")) {
                    w = length(value);
                } else if (key.equals("height")) {
                    h = length(value);
                }
            }
        }
        return new double[]{w, h};
    }

    /** A CSS length in points; a bare number is in pixels (96 per inch). */
    static double length(String v) {
        double factor;
        String number;
        if (v.endsWith("pt")) {
            factor = 1;
            number = v.substring(0, v.length() - 2);
        } else if (v.endsWith("in")) {
            factor = 72;
            number = v.substring(0, v.length() - 2);
        } else if (v.endsWith("cm")) {
            factor = 72 / 2.54;
            number = v.substring(0, v.length() - 2);
        } else if (v.endsWith("mm")) {
            factor = 72 / 25.4;
            number = v.substring(0, v.length() - 2);
        } else if (v.endsWith("pc")) {
            factor = 12;
            number = v.substring(0, v.length() - 2);
        } else if (v.endsWith("px")) {
            factor = 0.75;
            number = v.substring(0, v.length() - 2);
        } else {
            factor = 0.75;
            number = v;
        }
        try {
            double d = Double.parseDouble(number.trim()) * factor;
            return Double.isFinite(d) && d > 0 ? d : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
