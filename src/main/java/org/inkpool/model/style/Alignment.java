package org.inkpool.model.style;

/** Paragraph alignment (w:jc). DISTRIBUTE also stretches the last line. */
public enum Alignment { LEFT, CENTER, RIGHT, JUSTIFY, DISTRIBUTE }
