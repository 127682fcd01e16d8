package org.inkpool.model;

/** A tab character (w:tab in a run). */
public record Tab(RunProps props) implements Inline {
}
