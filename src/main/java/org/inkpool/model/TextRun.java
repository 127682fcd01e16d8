package org.inkpool.model;

import org.inkpool.model.style.RunProps;

/**
 * Text with one set of character properties. Never contains tabs or line breaks (those are their own inlines).
 *
 * @param link where a click on the text leads, or null
 */
public record TextRun(String text, RunProps props, LinkTarget link) implements Inline {

    /** Text that leads nowhere. */
    public TextRun(String text, RunProps props) {
        this(text, props, null);
    }
}
