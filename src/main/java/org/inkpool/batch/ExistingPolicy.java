package org.inkpool.batch;

/** What to do when the PDF already exists. Nothing is ever overwritten unless the user chose OVERWRITE. */
public enum ExistingPolicy {
    /** Skip when the PDF is newer than the source (so an interrupted batch resumes); else write "name (1).pdf". */
    SKIP_IF_NEWER,
    OVERWRITE,
    /** Keep the old PDF and write "name (1).pdf", "name (2).pdf"… */
    KEEP_BOTH
}
