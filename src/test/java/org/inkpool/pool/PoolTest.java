package org.inkpool.pool;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A real pool of worker JVMs (test class path, scripted converter): supervision end to end. */
@Timeout(120)
class PoolTest {
    @TempDir
    Path dir;

    private final RecordingPoolListener events = new RecordingPoolListener();

    static PoolConfig config(int workers) {
        return PoolConfig.defaults().withWorkers(workers).withConverterClass(ScriptedConverter.class.getName())
                .withTimeouts(Duration.ofSeconds(30), Duration.ofMinutes(2)).withHeapBytes(128 * WorkerCommand.MIB)
                .withClassDataSharing(false);
    }

    @Test
    void convertsAFolderWithTwoWorkers() throws Exception {
        List<PoolTask> tasks = files("ok", "ok", "ok", "ok", "ok", "ok");
        Pool pool = Pool.start(tasks, config(2), events);
        pool.awaitTermination();

        assertThat(events.finished).isTrue();
        assertThat(events.outcome).hasSize(6).allSatisfy((id, what) -> assertThat(what).isEqualTo("done"));
        assertThat(tasks).allSatisfy(t -> assertThat(t.output()).isRegularFile());
        assertThat(events.log).contains("INFO null: starting 2 worker processes for 6 files");
        // both start with the batch; on a busy machine the first may finish every file before the second is up
        assertThat(events.startedOn).hasSize(6).allMatch(s -> s.endsWith("@worker 1") || s.endsWith("@worker 2"));
        assertThat(leftovers()).isEmpty();
        assertNoWorkersLeft();
    }

    @Test
    void aWorkerKilledMidFileIsReplacedAndItsFileRetried() throws Exception {
        List<PoolTask> tasks = files("SLOW 1500", "ok", "ok");
        AtomicBoolean killed = new AtomicBoolean();
        events.onProgress = (task, fraction) -> {
            if (task.id() == 1 && killed.compareAndSet(false, true)) {
                String worker = lastWorkerOf(1);
                ProcessHandle.of(events.pidOf(worker)).orElseThrow().destroyForcibly(); // kill -9
            }
        };
        Pool pool = Pool.start(tasks, config(1), events);
        pool.awaitTermination();

        assertThat(killed).isTrue();
        assertThat(events.outcome).containsEntry(1L, "done").containsEntry(2L, "done").containsEntry(3L, "done");
        assertThat(events.startedOn.stream().filter(s -> s.startsWith("1@"))).hasSize(2);
        assertThat(events.log).anyMatch(l -> l.matches(".*worker \\(pid \\d+\\) was killed by signal 9 \\(SIGKILL.*")
                && l.contains("retrying " + tasks.get(0).display()));
        assertThat(events.pids).hasSizeGreaterThanOrEqualTo(2);
        assertThat(leftovers()).isEmpty();
        assertNoWorkersLeft();
    }

    @Test
    void aHangingFileIsKilledAfterTheStallLimitAndTheBatchCompletes() throws Exception {
        List<PoolTask> tasks = files("HANG", "ok", "ok");
        Pool pool = Pool.start(tasks, config(1).withTimeouts(Duration.ofMillis(1500), Duration.ofMinutes(1)), events);
        pool.awaitTermination();

        assertThat(events.outcome).containsEntry(1L, "TIMED_OUT").containsEntry(2L, "done").containsEntry(3L, "done");
        assertThat(events.reasons.get(1L)).isEqualTo("timed out: no progress for 1.5 s");
        assertThat(tasks.get(0).output()).doesNotExist();
        assertThat(events.pids).as("the hung worker was replaced").hasSize(2);
        assertThat(leftovers()).isEmpty();
        assertNoWorkersLeft();
    }

    @Test
    void theHardLimitStopsAFileThatKeepsReportingProgress() throws Exception {
        List<PoolTask> tasks = files("SLOW 60000");
        Pool pool = Pool.start(tasks, config(1).withTimeouts(Duration.ofSeconds(30), Duration.ofMillis(1200)), events);
        pool.awaitTermination();

        assertThat(events.outcome).containsEntry(1L, "TIMED_OUT");
        assertThat(events.reasons.get(1L)).isEqualTo("timed out: still converting after 1.2 s");
        assertNoWorkersLeft();
    }

    @Test
    void aWorkerOutOfMemoryIsReplacedAndTheFileFailsAfterOneRetry() throws Exception {
        List<PoolTask> tasks = files("OOM", "ok");
        Pool pool = Pool.start(tasks, config(1).withHeapBytes(64 * WorkerCommand.MIB), events);
        pool.awaitTermination();

        assertThat(events.outcome).containsEntry(1L, "OUT_OF_MEMORY").containsEntry(2L, "done");
        assertThat(events.reasons.get(1L)).isEqualTo("worker ran out of memory (exit 3, its heap limit was reached)");
        assertThat(events.startedOn.stream().filter(s -> s.startsWith("1@"))).hasSize(2);
        assertThat(events.pids).as("two workers died, a third converted the rest").hasSizeGreaterThanOrEqualTo(3);
        assertNoWorkersLeft();
    }

    @Test
    void aCrashingFileFailsWithTheExitCode() throws Exception {
        List<PoolTask> tasks = files("CRASH", "FAIL", "BOOM", "ok");
        Pool pool = Pool.start(tasks, config(2), events);
        pool.awaitTermination();

        assertThat(events.outcome).containsEntry(1L, "CRASHED").containsEntry(2L, "CORRUPT")
                .containsEntry(3L, "INTERNAL").containsEntry(4L, "done");
        assertThat(events.reasons.get(1L)).isEqualTo("worker was killed by signal 6 (SIGABRT: the JVM aborted)");
        assertThat(events.reasons.get(3L)).isEqualTo("internal error: IllegalStateException: scripted bug");
        assertNoWorkersLeft();
    }

    @Test
    void cancelStopsWorkersAndLeavesNoPartialPdfs() throws Exception {
        List<PoolTask> tasks = files("SLOW 60000", "SLOW 60000", "ok", "ok");
        CountDownLatch bothRunning = new CountDownLatch(2);
        Set<Long> running = java.util.concurrent.ConcurrentHashMap.newKeySet();
        events.onProgress = (task, fraction) -> {
            if (running.add(task.id())) {
                bothRunning.countDown();
            }
        };
        Pool pool = Pool.start(tasks, config(2), events);
        bothRunning.await();
        // a half-written temporary file, as a killed engine would leave it
        Files.writeString(tasks.get(0).output().resolveSibling("." + tasks.get(0).output().getFileName() + ".inkpool-999-1.tmp"), "%PDF-");
        Files.writeString(tasks.get(0).output().resolveSibling(".." + tasks.get(0).output().getFileName() + ".inkpool-999-1.tmp.4711.inkpool.tmp"), "%PDF-");
        Set<Long> workerPids = new HashSet<>(events.pids.values());
        pool.cancel();
        pool.awaitTermination();

        assertThat(events.outcome).hasSize(4).allSatisfy((id, what) -> assertThat(what).isEqualTo("cancelled"));
        assertThat(tasks).allSatisfy(t -> assertThat(t.output()).doesNotExist());
        assertThat(leftovers()).isEmpty();
        assertThat(workerPids).allSatisfy(pid -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty());
        assertNoWorkersLeft();
    }

    @Test
    void pauseLetsRunningFilesFinishAndStartsNothingNew() throws Exception {
        List<PoolTask> tasks = files("SLOW 600", "ok", "ok");
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch firstDone = new CountDownLatch(1);
        events.onStarted = (task, worker) -> firstStarted.countDown();
        events.onTerminal = (task, what) -> firstDone.countDown();
        Pool pool = Pool.start(tasks, config(1), events);
        firstStarted.await();
        pool.pause();
        firstDone.await(); // the running file finishes while paused
        assertThat(pool.isPaused()).isTrue();
        assertThat(pool.queued()).as("nothing new started while paused").isEqualTo(2);
        pool.resume();
        pool.awaitTermination();
        assertThat(events.outcome).hasSize(3).allSatisfy((id, what) -> assertThat(what).isEqualTo("done"));
    }

    @Test
    void aWorkerIsRecycledAfterNFilesWithItsSuccessorStartedEarly() throws Exception {
        List<PoolTask> tasks = files("ok", "ok", "ok", "ok", "ok");
        Pool pool = Pool.start(tasks, config(1).withRecycleAfter(2), events);
        pool.awaitTermination();

        assertThat(events.outcome).hasSize(5).allSatisfy((id, what) -> assertThat(what).isEqualTo("done"));
        Map<String, Long> filesPerWorker = events.startedOn.stream()
                .collect(Collectors.groupingBy(s -> s.substring(s.indexOf('@') + 1), Collectors.counting()));
        assertThat(filesPerWorker).hasSize(3).allSatisfy((worker, n) -> assertThat(n).isLessThanOrEqualTo(2));
        assertThat(events.log).noneMatch(l -> l.contains("crashed"));
        assertNoWorkersLeft();
    }

    @Test
    void aWorkerWhoseHeapStaysHighIsReplacedOnceItsSuccessorIsReady() throws Exception {
        List<PoolTask> tasks = files("LEAK", "ok", "ok", "ok", "ok", "ok", "ok");
        java.util.concurrent.CompletableFuture<Pool> started = new java.util.concurrent.CompletableFuture<>();
        // Hold the queue while the successor starts (however slow the machine), then let it go on.
        RecordingPoolListener events = new RecordingPoolListener() {
            @Override
            public void log(Level level, String worker, String message) {
                super.log(level, worker, message);
                if (message.startsWith("heap stays above")) {
                    started.join().pause();
                }
            }

            @Override
            public void workerReady(String worker, long pid, Duration coldStart) {
                super.workerReady(worker, pid, coldStart);
                if (worker.equals("worker 2")) {
                    started.join().resume();
                }
            }
        };
        Pool pool = Pool.start(tasks, config(1).withHeapBytes(96 * WorkerCommand.MIB), events);
        started.complete(pool);
        pool.awaitTermination();

        assertThat(events.outcome).hasSize(7).allSatisfy((id, what) -> assertThat(what).isEqualTo("done"));
        assertThat(events.log).anyMatch(l -> l.startsWith("INFO worker 1: heap stays above 85 %"));
        assertThat(events.startedOn).as("three files showed the high heap on worker 1; the rest went to its successor")
                .startsWith("1@worker 1", "2@worker 1", "3@worker 1")
                .endsWith("7@worker 2");
        assertThat(events.log).noneMatch(l -> l.contains("crashed") || l.contains("out of memory"));
        assertNoWorkersLeft();
    }

    @Test
    void threadModeRunsTheSameSchedulerInProcess() throws Exception {
        List<PoolTask> tasks = files("ok", "HANG", "FAIL", "ok");
        Pool pool = Pool.start(tasks, config(2).withThreads(true).withTimeouts(Duration.ofMillis(800), Duration.ofMinutes(1)), events);
        pool.awaitTermination();

        assertThat(events.outcome).containsEntry(1L, "done").containsEntry(2L, "TIMED_OUT")
                .containsEntry(3L, "CORRUPT").containsEntry(4L, "done");
        assertThat(events.pids.values()).allSatisfy(pid -> assertThat(pid).isEqualTo(ProcessHandle.current().pid()));
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void cancelInThreadModeAbandonsRunningConversionsWithoutOutput() throws Exception {
        List<PoolTask> tasks = files("SLOW 60000", "ok", "ok");
        CountDownLatch running = new CountDownLatch(1);
        events.onProgress = (task, fraction) -> running.countDown();
        Pool pool = Pool.start(tasks, config(1).withThreads(true), events);
        running.await();
        pool.cancel();
        pool.awaitTermination();

        assertThat(events.outcome).hasSize(3).allSatisfy((id, what) -> assertThat(what).isEqualTo("cancelled"));
        assertThat(tasks).allSatisfy(t -> assertThat(t.output()).doesNotExist());
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aWorkerThatCannotStartIsRetriedWithBackoffThenReported() throws Exception {
        List<PoolTask> tasks = files("ok");
        Pool pool = Pool.start(tasks, config(1).withExtraJvmArgs(List.of("-XX:+NoSuchOptionForInkpool")), events);
        pool.awaitTermination();

        assertThat(events.outcome).containsEntry(1L, "INTERNAL");
        assertThat(events.reasons.get(1L)).startsWith("a worker could not start (exit 1)");
        assertThat(events.log.stream().filter(l -> l.contains("could not start"))).hasSize(Pool.MAX_START_FAILURES);
    }

    @Test
    void workerOutputIsForwardedToTheLogTaggedWithTheWorkerAndNeverCorruptsTheProtocol() throws Exception {
        List<PoolTask> tasks = files("LOG", "ok");
        Pool pool = Pool.start(tasks, config(1), events);
        pool.awaitTermination();

        assertThat(events.outcome).containsEntry(1L, "done").containsEntry(2L, "done");
        assertThat(events.log).contains("INFO worker 1: hello from stderr", "INFO worker 1: stray stdout print");
        assertThat(events.log).noneMatch(l -> l.contains("unexpected output"));
    }

    @Test
    void aWorkerWhoseInputClosesExitsOnItsOwn() throws Exception {
        // what a worker sees when its parent JVM is killed: stdin closes
        Process worker = new ProcessBuilder(WorkerCommand.build(config(1), List.of())).start();
        FrameReader replies = LineFrames.reader(worker.getInputStream());
        assertThat(Codec.reply(replies.next())).isInstanceOf(Reply.Ready.class);

        worker.getOutputStream().close();

        assertThat(worker.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)).as("exited").isTrue();
        assertThat(worker.exitValue()).isZero();
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    /** One input file per script, each with its own output in dir/out. */
    private List<PoolTask> files(String... scripts) throws IOException {
        Files.createDirectories(dir.resolve("in"));
        List<PoolTask> tasks = new ArrayList<>();
        for (int i = 0; i < scripts.length; i++) {
            Path input = Files.writeString(dir.resolve("in").resolve("doc" + (i + 1) + ".docx"), scripts[i]);
            tasks.add(new PoolTask(i + 1, input, dir.resolve("out").resolve("doc" + (i + 1) + ".pdf"), input.getFileName().toString()));
        }
        return tasks;
    }

    private String lastWorkerOf(long id) {
        String last = null;
        for (String s : events.startedOn) {
            if (s.startsWith(id + "@")) {
                last = s.substring(s.indexOf('@') + 1);
            }
        }
        return last;
    }

    private List<Path> leftovers() throws IOException {
        Path out = dir.resolve("out");
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    static void assertNoWorkersLeft() {
        assertThat(ProcessHandle.current().descendants()
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains(WorkerMain.class.getName())))
                .as("live worker processes").isEmpty();
    }
}
