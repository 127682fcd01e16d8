package org.inkpool.app;

import static org.assertj.core.api.Assertions.assertThat;

final class BatchModelAssertions {
    private BatchModelAssertions() {
    }

    /** After a batch: every row has its terminal state, and the window knows the batch is over. */
    static void noRowLeftRunning(BatchModel model) {
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.rows()).noneMatch(r -> r.status() == FileStatus.QUEUED
                || r.status() == FileStatus.CONVERTING);
    }
}
