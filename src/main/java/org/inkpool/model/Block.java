package org.inkpool.model;

/** Something stacked vertically in a section or a table cell. */
public sealed interface Block permits Paragraph, Table {
}
