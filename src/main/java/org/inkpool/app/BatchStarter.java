package org.inkpool.app;

import org.inkpool.batch.BatchControl;
import org.inkpool.batch.BatchFile;
import org.inkpool.batch.BatchListener;
import org.inkpool.batch.BatchOptions;

import java.util.List;

/** Starts a batch; production is {@code Batches::start}. Injected so view-model tests can use a fake pool. */
@FunctionalInterface
public interface BatchStarter {
    BatchControl start(List<BatchFile> files, BatchOptions options, BatchListener listener);
}
