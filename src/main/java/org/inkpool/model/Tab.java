package org.inkpool.model;

import org.inkpool.model.style.RunProps;

/** A tab character (w:tab in a run). */
public record Tab(RunProps props) implements Inline {
}
