package org.inkpool.pool;

import org.inkpool.convert.EngineMessage;
import org.inkpool.convert.EngineMessages;
import org.inkpool.convert.FailureKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The scheduler: a queue of files and a set of runners (worker processes or threads), supervised.
 * <ul>
 *   <li>All runners start with the batch. A runner is recycled after {@code recycleAfter} files or when its
 *       heap stays high; its successor is started before it retires, so no file waits for a restart.</li>
 *   <li>A file with no progress for the stall limit, or past the hard limit, is failed as timed out and its
 *       worker killed (with its descendants) and replaced.</li>
 *   <li>A worker that exits unexpectedly is replaced; its file is retried once on a fresh worker, then failed
 *       with the reason. Deliberate stops set {@link Slot#expectedExit} first, so they are never mistaken
 *       for crashes. Start failures are retried with backoff, then reported.</li>
 *   <li>Pause lets running files finish and starts nothing new; cancel kills running workers, removes
 *       their partial output and cancels queued files.</li>
 * </ul>
 * All state is guarded by {@code this}; events leave through an {@link OrderedEvents} thread.
 */
public final class Pool {
    static final int MAX_ATTEMPTS = 2;
    static final int MAX_START_FAILURES = 5;
    private static final double HIGH_HEAP = 0.85;
    private static final int HIGH_HEAP_STREAK = 3;
    private static final Duration RETIRE_GRACE = Duration.ofSeconds(5);
    private static final Duration TRAINING_GRACE = Duration.ofSeconds(120);

    private final PoolConfig config;
    private final OrderedEvents events;
    private final Optional<StartupCache> startupCache;
    private final Map<Long, Job> jobs = new LinkedHashMap<>();
    private final Deque<Job> queue = new ArrayDeque<>();
    private final List<Slot> slots = new ArrayList<>();
    private final ScheduledExecutorService timer;
    private final CountDownLatch terminated = new CountDownLatch(1);
    private final RunnerEvents runnerEvents = new RunnerEvents();
    private final Thread shutdownHook = new Thread(this::killAll, "inkpool-pool-shutdown");
    private int namesGiven;
    private int openJobs;
    private int pendingStarts;
    private int startFailures;
    private boolean paused;
    private boolean cancelled;
    private boolean closing;
    private boolean ended;

    private Pool(PoolConfig config, PoolListener listener) {
        this.config = config;
        this.events = new OrderedEvents(listener);
        this.startupCache = config.threads() || !config.classDataSharing() ? Optional.empty() : StartupCache.forThisProcess();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "inkpool-pool-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts every runner and begins converting; returns at once. */
    public static Pool start(List<PoolTask> tasks, PoolConfig config, PoolListener listener) {
        Pool pool = new Pool(config, listener);
        pool.begin(tasks);
        return pool;
    }

    private synchronized void begin(List<PoolTask> tasks) {
        for (PoolTask task : tasks) {
            Job job = new Job(task);
            if (jobs.putIfAbsent(task.id(), job) != null) {
                throw new IllegalArgumentException("duplicate task id " + task.id());
            }
            queue.add(job);
        }
        openJobs = jobs.size();
        if (!config.threads()) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        long tick = Math.max(50, Math.min(500, Math.min(config.stallTimeout().toMillis(), config.startTimeout().toMillis()) / 8));
        timer.scheduleWithFixedDelay(this::watch, tick, tick, TimeUnit.MILLISECONDS);
        if (openJobs == 0) {
            close();
            return;
        }
        events.log(PoolListener.Level.INFO, null, "starting " + config.workers() + (config.threads() ? " threads" : " worker processes")
                + " for " + openJobs + " files");
        for (int i = 0; i < config.workers(); i++) {
            spawn(null);
        }
    }

    public synchronized void pause() {
        paused = true;
    }

    public synchronized void resume() {
        paused = false;
        dispatch();
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    /** Files waiting for a worker. */
    public synchronized int queued() {
        return queue.size();
    }

    /** The live workers (started and not yet gone) at this instant: for measuring, never for steering. */
    public synchronized List<WorkerState> workerStates() {
        List<WorkerState> states = new ArrayList<>();
        for (Slot slot : slots) {
            if (!slot.exited && slot.pid >= 0) {
                states.add(new WorkerState(slot.name, slot.pid, slot.state == State.BUSY));
            }
        }
        return states;
    }

    /** Running files are stopped (partial output deleted), queued files cancelled, workers stopped. */
    public synchronized void cancel() {
        if (cancelled || closing) {
            return;
        }
        cancelled = true;
        events.log(PoolListener.Level.INFO, null, "cancelling");
        for (Job job : queue) {
            terminate(job);
            events.cancelled(job.task);
        }
        queue.clear();
        for (Slot slot : List.copyOf(slots)) {
            Job job = slot.job;
            if (job != null && !job.terminal) {
                terminate(job);
                stopAndClean(slot, job);
                events.cancelled(job.task);
            }
        }
        close();
    }

    /** Blocks until every file has its terminal event and every worker exited. */
    public void awaitTermination() throws InterruptedException {
        terminated.await();
    }

    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        return terminated.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean isTerminated() {
        return terminated.getCount() == 0;
    }

    // ---- runners -------------------------------------------------------------------------------------

    private void spawn(Slot predecessor) {
        String name = (config.threads() ? "thread " : "worker ") + (++namesGiven);
        Slot slot = new Slot(name);
        if (predecessor != null) {
            predecessor.successor = slot;
        }
        if (config.threads()) {
            slot.runner = new ThreadRunner(name, config.converterClass(), runnerEvents);
        } else {
            StartupCache.Launch launch = startupCache.map(StartupCache::nextLaunch).orElse(new StartupCache.Launch(List.of(), null));
            slot.trainingPart = launch.trainingPart();
            slot.runner = new ProcessRunner(name, WorkerCommand.build(config, launch.flags()), runnerEvents);
        }
        slots.add(slot);
        slot.launchedNanos = System.nanoTime();
        slot.runner.start();
    }

    /** Keeps {@code workers} runners that are not retiring, while files wait for one. */
    private void ensureCapacity() {
        if (cancelled || closing || queue.isEmpty()) {
            return;
        }
        long active = slots.stream().filter(s -> !s.exited && !s.retiring()).count();
        for (long i = active + pendingStarts; i < config.workers(); i++) {
            spawn(null);
        }
    }

    private void dispatch() {
        for (Slot slot : List.copyOf(slots)) {
            if (slot.state != State.IDLE) {
                continue;
            }
            if (slot.quotaReached || slot.successor != null && slot.successor.state != State.STARTING && slot.heapHigh || closing) {
                retire(slot);
                continue;
            }
            if (paused || cancelled) {
                continue;
            }
            Job job = nextJobFor(slot);
            if (job == null) {
                continue;
            }
            assign(slot, job);
        }
        ensureCapacity();
    }

    /** A retried file waits for a fresh worker if one is coming; anything else goes to anyone. */
    private Job nextJobFor(Slot slot) {
        boolean freshComing = slots.stream().anyMatch(s -> !s.exited && s.handled == 0 && s != slot) || pendingStarts > 0;
        for (Iterator<Job> it = queue.iterator(); it.hasNext(); ) {
            Job job = it.next();
            if (job.retry && slot.handled > 0 && freshComing) {
                continue;
            }
            it.remove();
            return job;
        }
        return null;
    }

    private void assign(Slot slot, Job job) {
        long now = System.nanoTime();
        job.attempts++;
        job.slot = slot;
        job.startedNanos = now;
        job.lastProgressNanos = now;
        job.startedAtMillis = System.currentTimeMillis();
        job.outputExisted = Files.exists(job.task.output());
        slot.job = job;
        slot.state = State.BUSY;
        slot.handled++;
        events.started(job.task, slot.name);
        slot.runner.submit(job.task.id(), job.task);
        if (!config.threads()) {
            int prestartAt = Math.max(1, config.recycleAfter() - 2);
            if (slot.handled >= prestartAt && slot.successor == null && !queue.isEmpty()) {
                events.log(PoolListener.Level.INFO, slot.name, "recycling after " + config.recycleAfter() + " files: starting its successor");
                spawn(slot);
            }
            if (slot.handled >= config.recycleAfter()) {
                slot.quotaReached = true;
            }
        }
    }

    private void retire(Slot slot) {
        slot.expectedExit = true;
        slot.state = State.RETIRING;
        slot.retireNanos = System.nanoTime();
        slot.runner.retire();
    }

    /** A deliberate forcible stop of a busy runner: its file is already terminal, its temp files go. */
    private void stopAndClean(Slot slot, Job job) {
        slot.expectedExit = true;
        slot.state = State.RETIRING;
        slot.job = null;
        slot.stoppedJob = job;
        slot.runner.kill();
        cleanUp(job);
    }

    /** Removes what an attempt left; done again once its worker is gone, as a dying worker may still write. */
    private static void cleanUp(Job job) {
        OutputFiles.sweepTemporaries(job.task.output());
        deleteIfWrittenSince(job);
    }

    /**
     * A PDF published in the instant between a worker's last write and its stop (its "done" still unread)
     * belongs to a file now reported cancelled or retried: remove it — unless a PDF was there before.
     */
    private static void deleteIfWrittenSince(Job job) {
        Path output = job.task.output();
        try {
            if (!job.outputExisted && Files.exists(output)
                    && Files.getLastModifiedTime(output).compareTo(FileTime.fromMillis(job.startedAtMillis - 1000)) >= 0) {
                Files.deleteIfExists(output);
            }
        } catch (Exception e) {
            // best effort
        }
    }

    private void terminate(Job job) {
        job.terminal = true;
        openJobs--;
    }

    private void fail(Job job, FailureKind kind, String reason) {
        fail(job, kind, EngineMessages.failure(kind, reason));
    }

    private void fail(Job job, FailureKind kind, EngineMessage reason) {
        terminate(job);
        events.failed(job.task, kind, reason);
    }

    // ---- the end -------------------------------------------------------------------------------------

    private void checkFinished() {
        if (openJobs == 0 && !closing) {
            close();
        }
    }

    /** No more files: retire idle runners; the last exit ends the pool. */
    private void close() {
        closing = true;
        for (Slot slot : List.copyOf(slots)) {
            if (cancelled && slot.state != State.EXITED) {
                // cancel means now: no graceful exits, not even to write a start-up archive
                slot.expectedExit = true;
                slot.state = State.RETIRING;
                slot.runner.kill();
            } else if (slot.state == State.IDLE) {
                retire(slot);
            } else if (slot.state == State.STARTING) {
                slot.expectedExit = true;
                slot.state = State.RETIRING;
                slot.retireNanos = System.nanoTime();
                if (slot.trainingPart != null) {
                    slot.runner.retire(); // let a training worker come up and write its archive
                } else {
                    slot.runner.kill();
                }
            }
        }
        endIfQuiet();
    }

    private void endIfQuiet() {
        if (closing && slots.isEmpty() && !ended) {
            ended = true;
            timer.shutdownNow();
            if (!config.threads()) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (IllegalStateException e) {
                    // the JVM is already shutting down
                }
            }
            events.log(PoolListener.Level.INFO, null, "all workers stopped");
            events.finished(terminated);
        }
    }

    /** Shutdown hook: the parent is going away — cancel (partial output removed) and take every worker with it. */
    private void killAll() {
        cancel();
        List<Slot> live;
        synchronized (this) {
            live = List.copyOf(slots);
            live.forEach(s -> s.expectedExit = true);
        }
        live.forEach(s -> s.runner.kill());
    }

    // ---- supervision ---------------------------------------------------------------------------------

    /** A watch tick this late means the process was not running in between (suspend, SIGSTOP). */
    static final Duration SUSPEND_GAP = Duration.ofSeconds(5);
    private long lastWatchNanos;

    private synchronized void watch() {
        long now = System.nanoTime();
        long sinceLastTick = lastWatchNanos == 0 ? 0 : now - lastWatchNanos;
        pauseClocksAcrossSuspend(now);
        for (Slot slot : List.copyOf(slots)) {
            Job job = slot.job;
            if (slot.state == State.BUSY && job != null && pausedWhileStopped(slot, job, sinceLastTick)) {
                continue;
            }
            if (slot.state == State.BUSY && job != null) {
                long stalled = now - job.lastProgressNanos;
                long running = now - job.startedNanos;
                String reason = null;
                if (stalled > config.stallTimeout().toNanos()) {
                    reason = "timed out: no progress for " + seconds(config.stallTimeout());
                } else if (running > config.hardTimeout().toNanos()) {
                    reason = "timed out: still converting after " + seconds(config.hardTimeout());
                }
                if (reason != null) {
                    events.log(PoolListener.Level.WARN, slot.name, job.task.display() + " " + reason + "; stopping the worker");
                    fail(job, FailureKind.TIMED_OUT, reason);
                    stopAndClean(slot, job);
                    checkFinished();
                    ensureCapacity();
                }
            } else if (slot.state == State.STARTING && now - slot.launchedNanos > config.startTimeout().toNanos()) {
                events.log(PoolListener.Level.ERROR, slot.name, "not ready after " + seconds(config.startTimeout()) + "; stopping it");
                slot.runner.kill(); // not expected: reported as a failed start
                slot.launchedNanos = Long.MAX_VALUE / 2; // kill once
            } else if (slot.state == State.RETIRING && slot.retireNanos != 0) {
                Duration grace = slot.trainingPart != null ? TRAINING_GRACE : RETIRE_GRACE;
                if (now - slot.retireNanos > grace.toNanos()) {
                    slot.runner.kill();
                    slot.retireNanos = 0;
                }
            }
        }
    }

    /**
     * A worker process that is stopped (SIGSTOP, or suspended on its own) is not stalling: the time since the
     * last tick is taken off its file's clocks, so it is judged on the time it could run.
     */
    private boolean pausedWhileStopped(Slot slot, Job job, long sinceLastTick) {
        boolean stopped = slot.runner instanceof ProcessRunner && ProcessState.stopped(slot.pid);
        if (stopped && !slot.stopped) {
            events.log(PoolListener.Level.WARN, slot.name, "worker (pid " + slot.pid + ") is stopped while converting "
                    + job.task.display() + ": its time limits wait until it runs again");
        }
        slot.stopped = stopped;
        if (stopped && sinceLastTick < SUSPEND_GAP.toNanos()) { // a longer gap was already paused for everyone
            job.lastProgressNanos += sinceLastTick;
            job.startedNanos += sinceLastTick;
        }
        return stopped;
    }

    /**
     * A watch tick that comes far later than scheduled means this process did not run (the machine slept, or
     * the process was stopped): that time is taken off every running clock, so a worker suspended with the
     * machine is not killed as stalled when it wakes. (On Linux nanoTime already stops during suspend; on
     * other systems it may not.)
     */
    private void pauseClocksAcrossSuspend(long now) {
        long gap = lastWatchNanos == 0 ? 0 : now - lastWatchNanos;
        lastWatchNanos = now;
        if (gap < SUSPEND_GAP.toNanos()) {
            return;
        }
        events.log(PoolListener.Level.INFO, null, "no time passed for this process for " + seconds(Duration.ofMillis(gap / 1_000_000))
                + " (the machine was suspended?): time limits were paused");
        for (Slot slot : slots) {
            slot.launchedNanos += gap;
            if (slot.retireNanos != 0) {
                slot.retireNanos += gap;
            }
            Job job = slot.job;
            if (job != null) {
                job.lastProgressNanos += gap;
                job.startedNanos += gap;
            }
        }
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format("%.1f s", ms / 1000.0);
    }

    private Slot slotOf(Runner runner) {
        for (Slot slot : slots) {
            if (slot.runner == runner) {
                return slot;
            }
        }
        return null;
    }

    /** The job this runner is converting, if the reply is about it (stale replies are ignored). */
    private Job currentJob(Runner runner, long id) {
        Slot slot = slotOf(runner);
        if (slot == null || slot.job == null || slot.job.task.id() != id || slot.job.terminal) {
            return null;
        }
        return slot.job;
    }

    private final class RunnerEvents implements Runner.Events {
        @Override
        public void ready(Runner runner, long pid) {
            synchronized (Pool.this) {
                Slot slot = slotOf(runner);
                if (slot == null || slot.state != State.STARTING) {
                    return;
                }
                slot.state = State.IDLE;
                slot.pid = pid;
                startFailures = 0;
                events.workerReady(slot.name, pid, Duration.ofNanos(System.nanoTime() - slot.launchedNanos));
                events.workers(liveCount());
                if (closing) {
                    retire(slot);
                    return;
                }
                dispatch();
            }
        }

        @Override
        public void progress(Runner runner, long id, double fraction, String phase) {
            synchronized (Pool.this) {
                Job job = currentJob(runner, id);
                if (job != null) {
                    job.lastProgressNanos = System.nanoTime();
                    events.progress(job.task, fraction, phase);
                }
            }
        }

        @Override
        public void warning(Runner runner, long id, EngineMessage message) {
            synchronized (Pool.this) {
                Job job = currentJob(runner, id);
                if (job != null) {
                    events.message(job.task, runner.name(), message);
                }
            }
        }

        @Override
        public void done(Runner runner, long id, int pages, long millis, long heapUsed, long heapMax) {
            synchronized (Pool.this) {
                Job job = currentJob(runner, id);
                if (job == null) {
                    return;
                }
                terminate(job);
                events.done(job.task, pages, millis);
                Slot slot = job.slot;
                noteHeap(slot, heapUsed, heapMax);
                finishedFile(slot);
            }
        }

        @Override
        public void failed(Runner runner, long id, FailureKind kind, EngineMessage message) {
            synchronized (Pool.this) {
                Job job = currentJob(runner, id);
                if (job == null) {
                    return;
                }
                fail(job, kind, message);
                finishedFile(job.slot);
            }
        }

        @Override
        public void log(Runner runner, PoolListener.Level level, String line) {
            events.log(level, runner.name(), line);
        }

        @Override
        public void exited(Runner runner, int exitCode) {
            synchronized (Pool.this) {
                Slot slot = slotOf(runner);
                if (slot == null) {
                    return;
                }
                slots.remove(slot);
                slot.exited = true;
                boolean wasReady = slot.pid >= 0;
                slot.state = State.EXITED;
                for (Slot s : slots) {
                    if (s.successor == slot) {
                        s.successor = null;
                    }
                }
                if (slot.trainingPart != null) {
                    startupCache.ifPresent(c -> c.trainingEnded(slot.trainingPart, exitCode == 0));
                }
                if (slot.stoppedJob != null) {
                    cleanUp(slot.stoppedJob);
                }
                if (wasReady) {
                    events.workers(liveCount());
                }
                if (!slot.expectedExit) {
                    if (!wasReady) {
                        startFailed(slot, exitCode);
                    } else {
                        crashed(slot, exitCode);
                    }
                }
                if (closing) {
                    endIfQuiet();
                } else {
                    dispatch();
                }
            }
        }
    }

    private void finishedFile(Slot slot) {
        slot.job = null;
        if (slot.state == State.BUSY) {
            slot.state = State.IDLE;
        }
        checkFinished();
        if (closing) {
            if (slot.state == State.IDLE) {
                retire(slot);
            }
            endIfQuiet();
            return;
        }
        dispatch();
    }

    private void noteHeap(Slot slot, long used, long max) {
        if (config.threads() || max <= 0) {
            return;
        }
        slot.highHeapStreak = used > HIGH_HEAP * max ? slot.highHeapStreak + 1 : 0;
        if (slot.highHeapStreak >= HIGH_HEAP_STREAK && slot.successor == null && !slot.quotaReached) {
            if (!slot.heapHigh) {
                events.log(PoolListener.Level.INFO, slot.name, "heap stays above " + (int) (HIGH_HEAP * 100) + " %: recycling");
            }
            slot.heapHigh = true;
            spawn(slot); // again, should an earlier successor have failed to start
        }
    }

    private void crashed(Slot slot, int exitCode) {
        boolean outOfMemory = exitCode == WorkerExit.OUT_OF_MEMORY;
        FailureKind kind = outOfMemory ? FailureKind.OUT_OF_MEMORY : FailureKind.CRASHED;
        String reason = WorkerExit.describe(-1, exitCode); // the file's reason; the log names the process too
        String what = WorkerExit.describe(slot.pid, exitCode);
        Job job = slot.job;
        slot.job = null;
        if (job != null && !job.terminal) {
            cleanUp(job);
            if (job.attempts < MAX_ATTEMPTS && !cancelled) {
                // a crash is the scheduler's own report (ERROR), so the command line shows it even when retried
                events.log(PoolListener.Level.ERROR, slot.name, what + " while converting " + job.task.display()
                        + "; retrying " + job.task.display() + " on a fresh worker");
                job.retry = true;
                job.slot = null;
                queue.addFirst(job);
            } else {
                events.log(PoolListener.Level.ERROR, slot.name, what + " while converting " + job.task.display());
                fail(job, kind, reason);
                checkFinished();
            }
        } else {
            events.log(PoolListener.Level.WARN, slot.name, what + " (between files); replacing it");
        }
        if (!closing) {
            ensureCapacity();
        }
    }

    private void startFailed(Slot slot, int exitCode) {
        startFailures++;
        String hint = slot.runner instanceof ProcessRunner p && !p.lastErrorLine().isBlank() ? ": " + p.lastErrorLine() : "";
        String reason = "a worker could not start (exit " + exitCode + ")" + hint;
        events.log(PoolListener.Level.ERROR, slot.name, reason);
        if (closing || cancelled) {
            return;
        }
        if (startFailures >= MAX_START_FAILURES) {
            boolean anyAlive = slots.stream().anyMatch(s -> !s.exited && s.pid >= 0);
            if (!anyAlive && pendingStarts == 0) {
                events.log(PoolListener.Level.ERROR, null, "giving up after " + startFailures + " failed starts");
                for (Job job : List.copyOf(queue)) {
                    fail(job, FailureKind.INTERNAL, reason);
                }
                queue.clear();
                checkFinished();
            }
            return;
        }
        long backoff = 250L << Math.min(startFailures - 1, 5);
        pendingStarts++;
        timer.schedule(() -> {
            synchronized (Pool.this) {
                pendingStarts--;
                ensureCapacity();
            }
        }, backoff, TimeUnit.MILLISECONDS);
    }

    private int liveCount() {
        return (int) slots.stream().filter(s -> !s.exited && s.pid >= 0).count();
    }

    private enum State { STARTING, IDLE, BUSY, RETIRING, EXITED }

    private static final class Slot {
        final String name;
        Runner runner;
        State state = State.STARTING;
        long pid = -1;
        long launchedNanos;
        long retireNanos;
        Job job;
        int handled;
        int highHeapStreak;
        boolean heapHigh;
        boolean quotaReached;
        boolean expectedExit;
        boolean exited;
        /** Seen stopped (SIGSTOP) at the last watch tick. */
        boolean stopped;
        Slot successor;
        Path trainingPart;
        /** The file this runner was converting when it was stopped on purpose (timeout, cancel). */
        Job stoppedJob;

        Slot(String name) {
            this.name = name;
        }

        boolean retiring() {
            return quotaReached || successor != null || state == State.RETIRING;
        }
    }

    private static final class Job {
        final PoolTask task;
        int attempts;
        boolean retry;
        boolean terminal;
        Slot slot;
        long startedNanos;
        long lastProgressNanos;
        long startedAtMillis;
        /** An existing PDF the user chose to overwrite is never deleted by a clean-up. */
        boolean outputExisted;

        Job(PoolTask task) {
            this.task = task;
        }
    }
}
