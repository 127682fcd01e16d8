package org.inkpool.model.style;

/** A colour as 0xRRGGBB. */
public record Rgb(int value) {
    public static final Rgb BLACK = new Rgb(0);

    public float red() { return ((value >> 16) & 0xff) / 255f; }

    public float green() { return ((value >> 8) & 0xff) / 255f; }

    public float blue() { return (value & 0xff) / 255f; }

    /** Parses "FF0000"; returns null for "auto", empty or malformed values. */
    public static Rgb parse(String hex) {
        if (hex == null || hex.length() != 6) {
            return null;
        }
        try {
            return new Rgb(Integer.parseInt(hex, 16));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
