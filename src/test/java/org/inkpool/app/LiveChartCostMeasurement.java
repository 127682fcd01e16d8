package org.inkpool.app;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.inkpool.batch.Batches;
import org.inkpool.batch.ExecutionMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the live chart costs the window's process during a real batch (the corpus's .docx, 2 worker
 * processes): the same batch with the chart open and collapsed, measuring the parent's CPU time, the
 * FX thread's and the renderer's, and the chart's own update time. A measurement, not a test: it
 * runs only with {@code -Dinkpool.measure.chart=true} and prints its numbers.
 */
@ExtendWith(ApplicationExtension.class)
class LiveChartCostMeasurement {
    private final WindowFixture fixture = new WindowFixture();
    private MainWindow window;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        AppSettings settings = new AppSettings(fixture.prefs);
        settings.mode(ExecutionMode.PROCESSES);
        settings.workers(2);
        window = fixture.open(stage, Batches::scan, Batches::start, 2);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void chartCostDuringACorpusBatch(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("inkpool.measure.chart"), "a measurement: -Dinkpool.measure.chart=true");
        Path corpus = Path.of(System.getProperty("user.dir")).resolve("../shared/corpus/docx").normalize();
        Assumptions.assumeTrue(Files.isDirectory(corpus), "corpus absent");
        Path copy = Files.createDirectories(dir.resolve("docx"));
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".docx")).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        CountDownLatch added = new CountDownLatch(1);
        robot.interact(() -> {
            window.model().rows().addListener((javafx.collections.ListChangeListener<FileRow>) c -> added.countDown());
            window.addInputs(List.of(copy));
        });
        assertThat(added.await(60, TimeUnit.SECONDS)).isTrue();
        long[] threadIds = new long[1];
        robot.interact(() -> threadIds[0] = Thread.currentThread().getId());
        for (boolean open : List.of(false, true, false)) { // the first warms the JIT up
            robot.interact(() -> window.chart().pane().setExpanded(open));
            measure(robot, threadIds[0], open);
        }
    }

    private void measure(FxRobot robot, long fxThread, boolean chartOpen) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long renderer = rendererThread();
        long process0 = cpu();
        long fx0 = threads.getThreadCpuTime(fxThread);
        long render0 = renderer < 0 ? 0 : threads.getThreadCpuTime(renderer);
        long[] draw0 = new long[2];
        robot.interact(() -> {
            draw0[0] = window.chart().drawNanos();
            draw0[1] = window.chart().draws();
        });
        CountDownLatch finished = WindowFixture.finishLatch(robot, window);
        long wall0 = System.nanoTime();
        org.inkpool.batch.BatchOptions options = new org.inkpool.batch.BatchOptions(2, ExecutionMode.PROCESSES, null,
                org.inkpool.batch.ExistingPolicy.OVERWRITE, true, Duration.ofSeconds(60), Duration.ofMinutes(10));
        robot.interact(() -> window.model().retry(List.copyOf(window.model().rows()), options));
        WindowFixture.await(finished, 900);
        long wall = System.nanoTime() - wall0;
        long process = cpu() - process0;
        long fx = threads.getThreadCpuTime(fxThread) - fx0;
        long render = renderer < 0 ? 0 : threads.getThreadCpuTime(renderer) - render0;
        long[] draw = new long[2];
        robot.interact(() -> {
            draw[0] = window.chart().drawNanos() - draw0[0];
            draw[1] = window.chart().draws() - draw0[1];
        });
        System.out.printf("per wall second: parent %.0f ms, FX thread %.1f ms, renderer %.1f ms%n", process / (wall / 1e3),
                fx / (wall / 1e3), render / (wall / 1e3));
        System.out.printf("chart %-9s: %d docs in %.1f s wall; parent CPU %.2f s; FX thread %.3f s (%.2f %%); renderer %.3f s (%.2f %%); chart updates %d taking %.3f s (%.3f %% of the parent)%n",
                chartOpen ? "open" : "collapsed", window.model().doneProperty().get(), wall / 1e9, process / 1e9,
                fx / 1e9, 100.0 * fx / process, render / 1e9, 100.0 * render / process, draw[1], draw[0] / 1e9,
                100.0 * draw[0] / process);
    }

    private static long cpu() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** Prism's render thread: where the chart's pixels are drawn, apart from the FX thread's layout. */
    private static long rendererThread() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .mapToLong(Thread::getId).findFirst().orElse(-1);
    }
}
