package org.inkpool.model;

/** Text with one set of character properties. Never contains tabs or line breaks (those are their own inlines). */
public record TextRun(String text, RunProps props) implements Inline {
}
