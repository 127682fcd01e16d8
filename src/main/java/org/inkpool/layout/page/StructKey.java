package org.inkpool.layout.page;

/**
 * Names one structure element across the pages it spans: a paragraph, table, row or cell gets one when
 * it is laid out, and every {@link Tag} of that element holds it. A few bytes on purpose: tags stay in
 * the page items until the PDF is written, and a tag holding the laid-out paragraph itself kept every
 * paragraph's atoms and line breaker alive to the end (a 200,000-paragraph document ran a 512 MB worker
 * out of heap that way, tags written or not).
 * <p>
 * Keys are told apart by identity ({@code ==}) only; to {@code equals} all keys are alike, so two documents
 * laid out alike still compare equal, as {@link Tag}s do.
 */
public final class StructKey {

    @Override
    public boolean equals(Object o) {
        return o instanceof StructKey;
    }

    @Override
    public int hashCode() {
        return 1;
    }

    @Override
    public String toString() {
        return "StructKey";
    }
}
