package org.inkpool.app;

import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 10,000 fake files whose events are fired from eight threads at full speed through the window's
 * real listener → pump → FX path, while an {@link AnimationTimer} records the gap between pulses.
 */
@ExtendWith(ApplicationExtension.class)
class FxThreadResponsivenessTest {
    private static final int FILES = 10_000;
    private final WindowFixture fixture = new WindowFixture();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = fixture.open(stage, FakePool.listing(), new FakePool(5, f -> f.id() % 100 == 7, 0), 8);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    /** Records the longest time between two pulses (an AnimationTimer asks for a pulse every frame). */
    private static final class PulseGaps extends AnimationTimer {
        private long last;
        private long longest;
        private long frames;

        @Override
        public void handle(long now) {
            if (last != 0) {
                longest = Math.max(longest, now - last);
            }
            last = now;
            frames++;
        }

        long longestMillis() {
            return longest / 1_000_000;
        }
    }

    @Test
    void tenThousandFilesNeverFreezeTheWindow(FxRobot robot) throws Exception {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            paths.add(Path.of("/fake/folder-" + (i % 50), "document-" + i + ".docx"));
        }
        PulseGaps adding = new PulseGaps();
        CountDownLatch added = new CountDownLatch(1);
        robot.interact(() -> {
            adding.start();
            window.model().rows().addListener((javafx.collections.ListChangeListener<FileRow>) c -> added.countDown());
            window.addInputs(paths);
        });
        assertThat(added.await(30, TimeUnit.SECONDS)).isTrue();
        robot.interact(adding::stop); // interact waits for the pulses that laid the 10,000 rows out

        PulseGaps converting = new PulseGaps();
        CountDownLatch finished = WindowFixture.finishLatch(robot, window);
        long startNanos = System.nanoTime();
        robot.interact(() -> {
            converting.start();
            window.start();
        });
        WindowFixture.await(finished, 180);
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        robot.interact(converting::stop);

        System.out.printf("10,000 files: adding them, longest gap between pulses %d ms; converting (%d ms, "
                        + "%d pulses), longest gap %d ms%n", adding.longestMillis(), millis, converting.frames,
                converting.longestMillis());

        BatchModel model = window.model();
        assertThat(model.rows()).hasSize(FILES);
        assertThat(model.doneProperty().get()).isEqualTo(FILES - FILES / 100);
        assertThat(model.failedProperty().get()).isEqualTo(FILES / 100);
        assertThat(model.rows()).allMatch(r -> r.status() == FileStatus.DONE || r.status() == FileStatus.FAILED);
        assertThat(model.rows()).allMatch(r -> r.taskProperty().get().isDone());
        assertThat(model.logLines()).hasSizeLessThanOrEqualTo(LogModel.DEFAULT_CAPACITY);
        // the live chart was open all along, and its history stays a bounded ring
        assertThat(window.chart().pane().isExpanded()).isTrue();
        assertThat(model.liveStats().size()).isLessThanOrEqualTo(model.liveStats().capacity());
        // generous on purpose: CI machines are shared; a blocked or flooded FX thread shows many seconds
        assertThat(converting.longestMillis()).isLessThan(5_000);
        assertThat(adding.longestMillis()).isLessThan(5_000);
    }
}
