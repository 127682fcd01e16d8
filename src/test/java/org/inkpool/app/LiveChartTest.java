package org.inkpool.app;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The live chart under the table receives the pool's samples during a batch and stays bounded. */
@ExtendWith(ApplicationExtension.class)
class LiveChartTest {
    private final WindowFixture fixture = new WindowFixture();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        // 600 files × 5 steps × 2 ms over 2 workers: a few seconds, several samples
        window = fixture.open(stage, FakePool.listing(), new FakePool(5, f -> false, 2_000), 2);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void chartReceivesSamplesDuringABatchAndStaysBounded(FxRobot robot) throws Exception {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            paths.add(Path.of("/fake/doc-" + i + ".docx"));
        }
        CountDownLatch added = new CountDownLatch(1);
        robot.interact(() -> {
            window.model().rows().addListener((javafx.collections.ListChangeListener<FileRow>) c -> added.countDown());
            window.addInputs(paths);
        });
        assertThat(added.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(window.chart().pane().isExpanded()).as("the chart is open by default").isTrue();

        CountDownLatch finished = WindowFixture.finishLatch(robot, window);
        robot.interact(window::start);
        // while running: samples arrive through the pump and become points on the lines
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.model().liveStats().size() >= 3
                || finished.getCount() == 0);
        WindowFixture.await(finished, 180);
        robot.interact(() -> { });

        LiveStats stats = window.model().liveStats();
        assertThat(stats.size()).isGreaterThanOrEqualTo(2);
        assertThat(stats.size()).isLessThanOrEqualTo(stats.capacity());
        assertThat(stats.points()).anyMatch(p -> p.docsPerSecond() > 0);
        assertThat(stats.points()).anyMatch(p -> p.workerMemory().containsKey(LiveStats.THREADS));
        int[] drawn = new int[1];
        robot.interact(() -> drawn[0] = window.chart().drawnPoints());
        assertThat(drawn[0]).isPositive();
        // three throughput lines, machine + one process for CPU, one for memory: at most the ring each
        assertThat(drawn[0]).isLessThanOrEqualTo(6 * stats.capacity() / LiveChartPane.DRAW_EVERY + 6);

        // collapsed, nothing is drawn; expanding redraws from the ring
        robot.interact(() -> window.chart().pane().setExpanded(false));
        robot.interact(() -> window.chart().pane().setExpanded(true));
        robot.interact(() -> drawn[0] = window.chart().drawnPoints());
        assertThat(drawn[0]).isPositive();
    }
}
