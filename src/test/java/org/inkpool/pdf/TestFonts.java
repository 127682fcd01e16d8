package org.inkpool.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The machine's font files the tests use; a test skips when one is not installed. */
public final class TestFonts {
    public static final Path SYSTEM_FONTS = Path.of("/usr/share/fonts");
    public static final Path CARLITO = SYSTEM_FONTS.resolve("truetype/crosextra/Carlito-Regular.ttf");
    public static final Path CARLITO_BOLD = SYSTEM_FONTS.resolve("truetype/crosextra/Carlito-Bold.ttf");
    public static final Path CALADEA = SYSTEM_FONTS.resolve("truetype/crosextra/Caladea-Regular.ttf");
    public static final Path LIBERATION_SERIF = SYSTEM_FONTS.resolve("truetype/liberation2/LiberationSerif-Regular.ttf");
    public static final Path LIBERATION_SANS = SYSTEM_FONTS.resolve("truetype/liberation2/LiberationSans-Regular.ttf");
    public static final Path DEJAVU_SANS = SYSTEM_FONTS.resolve("truetype/dejavu/DejaVuSans.ttf");
    public static final Path WQY_ZENHEI = SYSTEM_FONTS.resolve("truetype/wqy/wqy-zenhei.ttc");
    public static final Path NIMBUS_SANS_OTF = SYSTEM_FONTS.resolve("opentype/urw-base35/NimbusSans-Regular.otf");

    private TestFonts() {
    }

    public static Path require(Path font) {
        assumeTrue(Files.isRegularFile(font), "font not installed: " + font);
        return font;
    }

    /** Copies a font into a test folder (a copy, not a link: tests touch the files' modification times). */
    public static void install(Path font, Path folder) throws IOException {
        Files.copy(require(font), folder.resolve(font.getFileName()));
    }
}
