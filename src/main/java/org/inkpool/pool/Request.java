package org.inkpool.pool;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What the pool asks a worker to do: one JSON object per line on the worker's stdin. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Request.Convert.class, name = "convert"),
        @JsonSubTypes.Type(value = Request.Shutdown.class, name = "shutdown"),
})
public sealed interface Request {

    /**
     * Convert {@code input} to the PDF {@code output}; answered by exactly one done or failed.
     *
     * @param pdfa     write PDF/A-2b (absent from older senders: false)
     * @param tagged   write a tagged PDF (absent from older senders, which wrote untagged PDFs: false)
     * @param bookmarksOutline the outline from Word bookmarks, not headings (absent from older senders: false)
     */
    record Convert(long id, String input, String output, boolean pdfa, boolean tagged, boolean bookmarksOutline)
            implements Request {
        /** The outline from the headings (what senders without the field meant). */
        public Convert(long id, String input, String output, boolean pdfa, boolean tagged) {
            this(id, input, output, pdfa, tagged, false);
        }

        /** An ordinary PDF. */
        public Convert(long id, String input, String output) {
            this(id, input, output, false);
        }

        /** Tagged, as by default. */
        public Convert(long id, String input, String output, boolean pdfa) {
            this(id, input, output, pdfa, true);
        }
    }

    /** Finish the running file (if any), then exit with status 0. */
    record Shutdown() implements Request {
    }
}
