package org.inkpool.batch;

import java.time.Duration;

/** The end of a batch in numbers. */
public record BatchSummary(int converted, int skipped, int failed, int cancelled, long pages, Duration elapsed) {
}
