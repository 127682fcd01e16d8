package org.inkpool.model;

/** Paragraph alignment (w:jc). DISTRIBUTE also stretches the last line. */
public enum Alignment { LEFT, CENTER, RIGHT, JUSTIFY, DISTRIBUTE }
