package org.inkpool.pool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;

/**
 * What a source file looked like at one moment (size, modification time, identity of the file), so a
 * conversion can tell whether the file it read is still the file on disk: a source replaced, deleted or
 * still being written while it was converted must not leave a PDF of content that never existed as a whole.
 */
record SourceStamp(long size, long modifiedNanos, Object fileKey) {
    /** How long a changed file must stay unchanged before it is read again. */
    static final Duration QUIET = Duration.ofMillis(500);
    /** How long a file that keeps changing is waited for before it is given up as still being written. */
    static final Duration MAX_WAIT = Duration.ofSeconds(10);
    /** A file modified this recently may still be being written: a failure to read it is worth one more look. */
    static final Duration RECENT = Duration.ofSeconds(2);
    private static final long POLL_MILLIS = 100;

    /** The stamp of {@code file} now, or null when it does not exist (or cannot be looked at). */
    static SourceStamp of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new SourceStamp(a.size(), a.lastModifiedTime().toInstant().getEpochSecond() * 1_000_000_000L
                    + a.lastModifiedTime().toInstant().getNano(), a.fileKey());
        } catch (IOException e) {
            return null;
        }
    }

    /** True when the file at {@code file} is no longer the file this stamp describes. */
    boolean changed(Path file) {
        return !equals(of(file));
    }

    /** True when the file was modified within {@link #RECENT} of now (by the wall clock, as file times are). */
    boolean recentlyModified() {
        long now = System.currentTimeMillis() * 1_000_000L;
        return Math.abs(now - modifiedNanos) < RECENT.toNanos();
    }

    /**
     * Waits until {@code file} has not changed for {@link #QUIET} and returns its stamp then; null when it
     * is gone. Gives up after {@link #MAX_WAIT} of constant change.
     */
    static SourceStamp settled(Path file) throws StillChangingException, InterruptedException {
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        SourceStamp last = of(file);
        long stableSince = System.nanoTime();
        while (System.nanoTime() - stableSince < QUIET.toNanos()) {
            if (System.nanoTime() > deadline) {
                throw new StillChangingException();
            }
            Thread.sleep(POLL_MILLIS);
            SourceStamp now = of(file);
            if (!Objects.equals(now, last)) {
                last = now;
                stableSince = System.nanoTime();
            }
        }
        return last;
    }

    /** The file kept changing for longer than {@link #MAX_WAIT}. */
    static final class StillChangingException extends Exception {
        StillChangingException() {
            super(null, null, false, false);
        }
    }
}
