package org.inkpool.convert;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's wordings map to codes and arguments; only what changes the page is a warning. */
class EngineMessagesTest {

    @Test
    void aMetricCompatibleSubstituteIsInformationNotAWarning() {
        EngineMessage m = EngineMessages.warning("font 'Calibri' replaced by 'Carlito'");
        assertThat(m.code()).isEqualTo("FONT_SUBSTITUTED");
        assertThat(m.args()).containsExactly("Calibri", "Carlito");
        assertThat(m.isWarning()).isFalse();
        assertThat(m.english()).isEqualTo("font 'Calibri' replaced by 'Carlito'");
    }

    @Test
    void whatChangesThePageStaysAWarning() {
        assertThat(EngineMessages.warning("font 'Garamond' not installed, using 'DejaVu Serif'"))
                .isEqualTo(new EngineMessage("FONT_NOT_INSTALLED", List.of("Garamond", "DejaVu Serif"),
                        "font 'Garamond' not installed, using 'DejaVu Serif'"));
        assertThat(EngineMessages.warning("font 'Foo' not installed, using bundled 'DejaVu Sans'").code())
                .isEqualTo("FONT_BUNDLED");
        EngineMessage fallback = EngineMessages.warning("12 characters drawn with fallback font 'Droid Sans Fallback'");
        assertThat(fallback.code()).isEqualTo("CHARS_FALLBACK");
        assertThat(fallback.args()).containsExactly("12", "Droid Sans Fallback");
        assertThat(fallback.isWarning()).isTrue();
        EngineMessage missing = EngineMessages.warning(
                "1 character left out: no installed font has a glyph for them (U+E000)");
        assertThat(missing.code()).isEqualTo("CHARS_MISSING");
        assertThat(missing.args()).containsExactly("1", "U+E000");
        EngineMessage picture = EngineMessages.warning(
                "picture 'logo' (PNG) could not be decoded and was left out: bad header");
        assertThat(picture.code()).isEqualTo("PICTURE_NOT_DECODED");
        assertThat(picture.args()).containsExactly("logo", "PNG", "bad header");
        assertThat(EngineMessages.warning("Charts of kind radarChart are not drawn; only the chart's frame and title are shown")
                .args()).containsExactly("radarChart");
        assertThat(EngineMessages.warning("Picture image3.emf (12 × 40 cm) was reduced to 2000 × 3000 pixels").isWarning())
                .isFalse();
    }

    @Test
    void unknownTextIsKeptAsAWarningOfItsOwn() {
        EngineMessage m = EngineMessages.warning("something new happened");
        assertThat(m.code()).isEqualTo(EngineMessages.OTHER);
        assertThat(m.args()).containsExactly("something new happened");
        assertThat(m.isWarning()).isTrue();
        // a code from a newer worker is carried as it came, with its English
        EngineMessage newer = EngineMessages.of("SOMETHING_NEWER", List.of("x"), "newer text");
        assertThat(newer.isWarning()).isTrue();
        assertThat(newer.english()).isEqualTo("newer text");
    }

    @Test
    void failureReasonsCarryTheirCodeOrTheirKindAndDetail() {
        assertThat(EngineMessages.failure(FailureKind.IO, "file not found: a.docx"))
                .isEqualTo(new EngineMessage("FILE_NOT_FOUND", List.of("a.docx"), "file not found: a.docx"));
        assertThat(EngineMessages.failure(FailureKind.TIMED_OUT, "timed out: no progress for 60 s").args())
                .containsExactly("60 s");
        EngineMessage corrupt = EngineMessages.failure(FailureKind.CORRUPT, "corrupt or damaged: no document part");
        assertThat(corrupt.code()).isEqualTo(EngineMessages.FAILURE);
        assertThat(corrupt.args()).containsExactly("CORRUPT", "no document part");
        assertThat(EngineMessages.failure(FailureKind.ENCRYPTED, null).args()).containsExactly("ENCRYPTED", "");
    }
}
