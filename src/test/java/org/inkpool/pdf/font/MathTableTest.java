package org.inkpool.pdf.font;

import org.inkpool.pdf.TestFonts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MathTableTest {

    /** A MATH table whose constant i is 100 + i (negative for AxisHeight), at 1000 units per em. */
    private static byte[] table() {
        ByteBuffer b = ByteBuffer.allocate(10 + 214);
        b.putShort((short) 1).putShort((short) 0).putShort((short) 10).putShort((short) 0).putShort((short) 0);
        for (int i = 0; i < 4; i++) {
            b.putShort((short) (100 + i));
        }
        for (int i = 4; i < 55; i++) {
            b.putShort((short) (i == 5 ? -(100 + i) : 100 + i)).putShort((short) 0); // value, device table offset
        }
        b.putShort((short) 155);
        return b.array();
    }

    @Test
    void readsTheConstantsInTheSpecificationsOrderPercentagesKept() {
        double[] v = MathTable.constants(table(), 1000);
        assertThat(v).hasSize(MathTable.CONSTANTS);
        assertThat(v[0]).isEqualTo(100);
        assertThat(v[1]).isEqualTo(101);
        assertThat(v[3]).isCloseTo(0.103, within(1e-12));
        assertThat(v[5]).as("a signed value").isCloseTo(-0.105, within(1e-12));
        assertThat(v[38]).as("FractionRuleThickness").isCloseTo(0.138, within(1e-12));
        assertThat(v[55]).as("RadicalDegreeBottomRaisePercent").isEqualTo(155);
    }

    @Test
    void aMissingTruncatedOrUnknownTableHasNoConstants() {
        assertThat(MathTable.constants(null, 1000)).isNull();
        byte[] truncated = java.util.Arrays.copyOf(table(), 100);
        assertThat(MathTable.constants(truncated, 1000)).isNull();
        byte[] version2 = table();
        version2[1] = 2;
        assertThat(MathTable.constants(version2, 1000)).isNull();
    }

    @Test
    void anInstalledMathFontBringsItsConstantsAndATextFontNone() throws IOException {
        Path math = TestFonts.require(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuMathTeXGyre.ttf"));
        LoadedFont font = LoadedFont.loadInstalled("DejaVu Math TeX Gyre", false, false, FontSource.file(math, 0),
                FontInstanceBudget.UNLIMITED, GlyphSource.open(math, 0));
        double[] v = font.mathConstants();
        assertThat(v[0]).as("ScriptPercentScaleDown").isBetween(50.0, 90.0);
        assertThat(v[5]).as("AxisHeight, in em").isBetween(0.2, 0.35);
        assertThat(v[38]).as("FractionRuleThickness, in em").isBetween(0.02, 0.1);
        Path text = TestFonts.require(TestFonts.LIBERATION_SERIF);
        assertThat(LoadedFont.load("Liberation Serif", false, false, FontSource.file(text, 0)).mathConstants()).isNull();
    }
}
