package org.inkpool.pdf;

/** What a PNG's header (its IHDR chunk, always first) says about the picture. */
final class PngHeader {
    private static final int COLOR_TYPE_OFFSET = 8 + 8 + 9; // signature, chunk length and type, then IHDR fields
    private static final int GRAY_ALPHA = 4;
    private static final int RGB_ALPHA = 6;

    private PngHeader() {
    }

    /** True for gray + alpha and RGB + alpha pictures, which a PDF must store as colour plus a soft mask. */
    static boolean carriesAlpha(byte[] png) {
        if (png.length <= COLOR_TYPE_OFFSET) {
            return false;
        }
        int colorType = png[COLOR_TYPE_OFFSET] & 0xFF;
        return colorType == GRAY_ALPHA || colorType == RGB_ALPHA;
    }
}
