package org.inkpool.docx.style;

import org.inkpool.model.style.Rgb;

/** Hue, saturation and lightness (each 0…1), the space DrawingML's luminance transforms work in. */
public final class Hsl {

    private Hsl() {
    }

    public static float[] of(Rgb c) {
        float r = c.red();
        float g = c.green();
        float b = c.blue();
        float max = Math.max(r, Math.max(g, b));
        float min = Math.min(r, Math.min(g, b));
        float l = (max + min) / 2;
        float h = 0;
        float s = 0;
        float d = max - min;
        if (d > 0) {
            s = l > 0.5f ? d / (2 - max - min) : d / (max + min);
            if (max == r) {
                h = (g - b) / d + (g < b ? 6 : 0);
            } else if (max == g) {
                h = (b - r) / d + 2;
            } else {
                h = (r - g) / d + 4;
            }
            h /= 6;
        }
        return new float[] {h, s, l};
    }

    public static Rgb rgb(float[] hsl) {
        float h = hsl[0];
        float s = hsl[1];
        float l = hsl[2];
        float r;
        float g;
        float b;
        if (s == 0) {
            r = g = b = l;
        } else {
            float q = l < 0.5f ? l * (1 + s) : l + s - l * s;
            float p = 2 * l - q;
            r = channel(p, q, h + 1f / 3);
            g = channel(p, q, h);
            b = channel(p, q, h - 1f / 3);
        }
        return new Rgb((Math.round(r * 255) << 16) | (Math.round(g * 255) << 8) | Math.round(b * 255));
    }

    private static float channel(float p, float q, float t) {
        if (t < 0) {
            t += 1;
        }
        if (t > 1) {
            t -= 1;
        }
        if (t < 1f / 6) {
            return p + (q - p) * 6 * t;
        }
        if (t < 1f / 2) {
            return q;
        }
        if (t < 2f / 3) {
            return p + (q - p) * (2f / 3 - t) * 6;
        }
        return p;
    }
}
