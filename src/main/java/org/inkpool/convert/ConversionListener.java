package org.inkpool.convert;

/** Hears how one conversion goes. Called on the converting thread. */
public interface ConversionListener {
    ConversionListener NONE = new ConversionListener() { };

    /** Overall progress 0..1 through read → layout → write. */
    default void progress(double fraction, Phase phase) { }

    /** Something the user should know about the output (a font substituted, an image left out…). */
    default void warning(String text) { }

    enum Phase { READ, LAYOUT, WRITE }
}
