package org.inkpool.pool;

/** Something that converts one file at a time for the scheduler: a worker process or a pool thread. */
interface Runner {
    String name();

    /** Begins starting; answers with {@link Events#ready} or {@link Events#exited}. */
    void start();

    void submit(long id, PoolTask task);

    /** Asks for a clean exit once the running file (if any) is done. */
    void retire();

    /** Stops at once (a process and its descendants are destroyed forcibly). */
    void kill();

    /** Callbacks from a runner's own threads. */
    interface Events {
        void ready(Runner runner, long pid);

        void progress(Runner runner, long id, double fraction, String phase);

        void warning(Runner runner, long id, org.inkpool.convert.EngineMessage message);

        void done(Runner runner, long id, int pages, long millis, long heapUsed, long heapMax);

        void failed(Runner runner, long id, org.inkpool.convert.FailureKind kind,
                    org.inkpool.convert.EngineMessage reason);

        void log(Runner runner, PoolListener.Level level, String line);

        /** The runner is gone; after this no event of it counts. {@code exitCode} -1: it never started. */
        void exited(Runner runner, int exitCode);
    }
}
