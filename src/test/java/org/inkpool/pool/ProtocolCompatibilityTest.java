package org.inkpool.pool;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Codes crossed the protocol after workers without them shipped: each side reads the other's frames. */
class ProtocolCompatibilityTest {
    /** The reply records as they were before codes. */
    record OldWarning(long id, String text) {
    }

    record OldFailed(long id, String kind, String message) {
    }

    private static final ObjectMapper OLD_READER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Test
    void anOlderWorkersFramesReadWithoutCodes() throws Exception {
        Reply warning = Codec.reply("{\"type\":\"warning\",\"id\":3,\"text\":\"font 'Calibri' replaced by 'Carlito'\"}");
        assertThat(warning).isEqualTo(new Reply.Warning(3, "font 'Calibri' replaced by 'Carlito'"));
        assertThat(((Reply.Warning) warning).code()).isNull();
        Reply failed = Codec.reply("{\"type\":\"failed\",\"id\":4,\"kind\":\"CORRUPT\",\"message\":\"corrupt or damaged: x\"}");
        assertThat(failed).isEqualTo(new Reply.Failed(4, "CORRUPT", "corrupt or damaged: x"));
    }

    @Test
    void codesRoundTripAndAnOlderReaderIgnoresThem() throws Exception {
        Reply.Warning warning = new Reply.Warning(5, "font 'Calibri' replaced by 'Carlito'", "FONT_SUBSTITUTED",
                List.of("Calibri", "Carlito"));
        String frame = Codec.encode(warning);
        assertThat(Codec.reply(frame)).isEqualTo(warning);
        String body = frame.replace("\"type\":\"warning\",", "");
        assertThat(OLD_READER.readValue(body, OldWarning.class))
                .isEqualTo(new OldWarning(5, "font 'Calibri' replaced by 'Carlito'"));

        Reply.Failed failed = new Reply.Failed(6, "IO", "file not found: a.docx", "FILE_NOT_FOUND", List.of("a.docx"));
        String failedFrame = Codec.encode(failed);
        assertThat(Codec.reply(failedFrame)).isEqualTo(failed);
        assertThat(OLD_READER.readValue(failedFrame.replace("\"type\":\"failed\",", ""), OldFailed.class))
                .isEqualTo(new OldFailed(6, "IO", "file not found: a.docx"));
    }

    @Test
    void aConvertRequestWithoutTheOutlineChoiceAsksForTheHeadingsOutline() throws Exception {
        Request old = Codec.request("{\"type\":\"convert\",\"id\":1,\"input\":\"a.docx\",\"output\":\"a.pdf\",\"pdfa\":false,\"tagged\":true}");
        assertThat(old).isEqualTo(new Request.Convert(1, "a.docx", "a.pdf", false, true, false));
        Request.Convert bookmarks = new Request.Convert(2, "b.docx", "b.pdf", true, false, true);
        assertThat(Codec.request(Codec.encode(bookmarks))).isEqualTo(bookmarks);
    }
}
