package org.inkpool.pool;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A worker that is stopped (SIGSTOP … SIGCONT) for longer than the stall limit, alone or with this process
 * as when the machine is suspended, made no progress through no fault of its file: it is not killed as stalled.
 * Linux only (signals by {@code kill}, the stopped state from {@code /proc}); skipped elsewhere.
 */
@Timeout(120)
class StoppedWorkerTest {
    /** Generous: on a loaded machine a fresh worker may need seconds for its first file (class loading). */
    private static final Duration STALL = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final RecordingPoolListener events = new RecordingPoolListener();

    @Test
    void aWorkerStoppedLongerThanTheStallLimitFinishesItsFileWhenContinued() throws Exception {
        assumeLinux();
        AtomicBoolean stopped = new AtomicBoolean();
        events.onProgress = (task, fraction) -> {
            if (task.id() == 1 && stopped.compareAndSet(false, true)) {
                long worker = events.pidOf(events.startedOn.get(0).substring(2));
                background("kill -STOP " + worker + "; sleep 12; kill -CONT " + worker);
            }
        };
        List<PoolTask> tasks = files("SLOW 2000", "ok");
        Pool.start(tasks, PoolTest.config(1).withTimeouts(STALL, Duration.ofMinutes(1)), events).awaitTermination();

        assertThat(stopped).isTrue();
        assertThat(events.outcome).containsEntry(1L, "done").containsEntry(2L, "done");
        assertThat(events.pids).as("the stopped worker was not replaced").hasSize(1);
        assertThat(events.log).anyMatch(l -> l.contains("is stopped while converting doc1.docx"));
        assertThat(tasks).allSatisfy(t -> assertThat(t.output()).isRegularFile());
    }

    @Test
    void aWorkerSuspendedTogetherWithThisProcessIsNotKilledWhenBothWake() throws Exception {
        assumeLinux();
        long self = ProcessHandle.current().pid();
        AtomicBoolean suspended = new AtomicBoolean();
        events.onProgress = (task, fraction) -> {
            if (task.id() == 1 && suspended.compareAndSet(false, true)) {
                long worker = events.pidOf(events.startedOn.get(0).substring(2));
                // as the machine would: both stop, the worker wakes first, then the scheduler
                background("kill -STOP " + self + " " + worker + "; sleep 12; kill -CONT " + worker + "; kill -CONT " + self);
            }
        };
        List<PoolTask> tasks = files("SLOW 2000", "ok");
        Pool.start(tasks, PoolTest.config(1).withTimeouts(STALL, Duration.ofMinutes(1)), events).awaitTermination();

        assertThat(suspended).isTrue();
        assertThat(events.outcome).as(String.join("\n", events.log)).containsEntry(1L, "done").containsEntry(2L, "done");
        assertThat(events.pids).as("the suspended worker was not replaced").hasSize(1);
        assertThat(events.log).anyMatch(l -> l.contains("time limits were paused"));
    }

    private static void assumeLinux() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "needs /proc (Linux)");
    }

    /** Runs a shell line in its own session, so stopping this process does not stop it. */
    private static void background(String line) {
        try {
            new ProcessBuilder("setsid", "sh", "-c", line).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<PoolTask> files(String... scripts) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<PoolTask> tasks = new ArrayList<>();
        for (int i = 0; i < scripts.length; i++) {
            Path input = Files.writeString(in.resolve("doc" + (i + 1) + ".docx"), scripts[i]);
            tasks.add(new PoolTask(i + 1, input, dir.resolve("out").resolve("doc" + (i + 1) + ".pdf"), input.getFileName().toString()));
        }
        return tasks;
    }
}
