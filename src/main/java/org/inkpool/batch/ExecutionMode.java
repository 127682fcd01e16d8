package org.inkpool.batch;

/** Where conversions run: isolated worker processes (default) or threads of this process. */
public enum ExecutionMode { PROCESSES, THREADS }
