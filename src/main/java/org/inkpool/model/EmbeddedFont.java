package org.inkpool.model;

/** A font file carried inside the document (already de-obfuscated), for the family it is declared under. */
public record EmbeddedFont(String family, boolean bold, boolean italic, byte[] data) {
}
