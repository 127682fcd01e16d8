package org.inkpool.app;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.inkpool.batch.BatchControl;
import org.inkpool.batch.BatchFile;
import org.inkpool.batch.BatchListener;
import org.inkpool.batch.BatchOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Pause, cancel, closing during a batch, shortcuts, language and the log, on a slow fake pool. */
@ExtendWith(ApplicationExtension.class)
class WindowLifecycleTest {
    private final WindowFixture fixture = new WindowFixture();
    private final AtomicReference<BatchControl> control = new AtomicReference<>();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // every file takes ~100 ms (20 steps of 5 ms): a batch of 200 runs for seconds
        FakePool slow = new FakePool(20, f -> false, 5_000);
        BatchStarter remembering = (files, options, listener) -> {
            BatchControl c = slow.start(files, options, listener);
            control.set(c);
            return c;
        };
        window = fixture.open(stage, FakePool.listing(), remembering, 4);
    }

    @AfterEach
    void close() throws Exception {
        BatchControl c = control.get();
        if (c != null) {
            c.cancel();
        }
        fixture.close();
    }

    private void addAndStart(FxRobot robot, int files) throws InterruptedException {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            paths.add(Path.of("/fake", "file-" + i + ".docx"));
        }
        CountDownLatch added = new CountDownLatch(1);
        robot.interact(() -> {
            window.model().rows().addListener((ListChangeListener<FileRow>) c -> added.countDown());
            window.addInputs(paths);
        });
        assertThat(added.await(10, TimeUnit.SECONDS)).isTrue();
        CountDownLatch converting = new CountDownLatch(1);
        robot.interact(() -> {
            window.model().liveWorkersProperty().addListener((o, a, n) -> converting.countDown());
            window.start();
        });
        assertThat(converting.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void pauseWithTheKeyAndCancelWithEscape(FxRobot robot) throws Exception {
        addAndStart(robot, 200);
        robot.clickOn("#fileTable");
        robot.type(KeyCode.P);
        assertThat(window.model().pausedProperty().get()).isTrue();
        assertThat(robot.lookup("#pauseButton").queryButton().getText()).isEqualTo("Resume");
        robot.type(KeyCode.P);
        assertThat(window.model().pausedProperty().get()).isFalse();

        CountDownLatch finished = WindowFixture.finishLatch(robot, window);
        robot.type(KeyCode.ESCAPE);
        WindowFixture.await(finished, 30);
        robot.interact(() -> { });
        BatchModelAssertions.noRowLeftRunning(window.model());
        assertThat(window.model().cancelledProperty().get()).isPositive();
        assertThat(window.model().rows()).filteredOn(r -> r.status() == FileStatus.CANCELLED)
                .allMatch(r -> r.pdf() == null);
    }

    @Test
    void closingDuringABatchAsksThenStopsThePoolBeforeClosing(FxRobot robot) throws Exception {
        addAndStart(robot, 200);
        AtomicBoolean asked = new AtomicBoolean();
        CountDownLatch hidden = new CountDownLatch(1);
        robot.interact(() -> {
            window.setCloseConfirmation(() -> {
                asked.set(true);
                return false; // "No": keep going
            });
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
        });
        assertThat(asked).isTrue();
        assertThat(stage.isShowing()).isTrue();
        assertThat(window.model().runningProperty().get()).isTrue();

        robot.interact(() -> {
            window.setCloseConfirmation(() -> true);
            stage.setOnHidden(e -> hidden.countDown());
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
        });
        assertThat(hidden.await(30, TimeUnit.SECONDS)).isTrue();
        // the window closed only once the batch had ended: nothing is left running behind it
        assertThat(control.get().isFinished()).isTrue();
    }

    @Test
    void switchingTheLanguageRelabelsTheOpenWindow(FxRobot robot) {
        assertThat(robot.lookup("#startButton").queryButton().getText()).isEqualTo("Start");
        robot.interact(() -> window.i18n().localeProperty().set(Locale.SIMPLIFIED_CHINESE));
        assertThat(robot.lookup("#startButton").queryButton().getText()).isEqualTo("开始");
        assertThat(robot.lookup("#cpuLabel").queryLabeled().getText()).isEqualTo("4 个 CPU 核心");
        assertThat(window.stage().getTitle()).contains("Word 转 PDF");
    }

    @Test
    void theLogFollowsNewLinesUntilTheReaderScrollsUp(FxRobot robot) throws Exception {
        addAndStart(robot, 300);
        @SuppressWarnings("unchecked")
        ListView<LogLine> log = robot.lookup("#logList").queryAs(ListView.class);
        CountDownLatch many = new CountDownLatch(1);
        robot.interact(() -> log.getItems().addListener((ListChangeListener<LogLine>) c -> {
            if (log.getItems().size() > 60) {
                many.countDown();
            }
        }));
        assertThat(many.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(window.log().isFollowing()).isTrue();
        // lines keep coming; each layout pass brings the newest into view (a few lines may arrive between a
        // pass and this check on a busy machine; a log that did not follow would still show its first lines)
        org.testfx.util.WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> showsTheLastLines(robot, log));

        robot.moveTo(log).scroll(5, javafx.geometry.VerticalDirection.UP);
        assertThat(window.log().isFollowing()).isFalse();
        robot.interact(() -> control.get().cancel());
    }

    @Test
    void addingTheSameFilesAgainListsThemOnceAndClearFinishedEmptiesTheTable(FxRobot robot) throws Exception {
        addAndStart(robot, 5);
        CountDownLatch finished = WindowFixture.finishLatch(robot, window);
        WindowFixture.await(finished, 30);
        robot.interact(() -> { });
        assertThat(window.model().doneProperty().get()).isEqualTo(5);

        List<Path> again = List.of(Path.of("/fake", "file-0.docx"), Path.of("/fake", "file-4.docx"),
                Path.of("/fake", "new.docx"));
        CountDownLatch added = new CountDownLatch(1);
        robot.interact(() -> {
            window.model().rows().addListener((ListChangeListener<FileRow>) c -> added.countDown());
            window.addInputs(again);
        });
        assertThat(added.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(window.model().rows()).hasSize(6);
        assertThat(window.model().logLines()).anyMatch(l -> l.message().startsWith("Added 1 documents (2 already listed"));

        robot.clickOn("#clearButton");
        assertThat(window.model().rows()).extracting(r -> r.file().display()).containsExactly("new.docx");
        assertThat(robot.lookup("#clearButton").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#startButton").query().isDisabled()).isFalse();
    }

    private static boolean showsTheLastLines(FxRobot robot, ListView<LogLine> log) {
        boolean[] shown = new boolean[1];
        robot.interact(() -> {
            var flow = (javafx.scene.control.skin.VirtualFlow<?>) log.lookup(".virtual-flow");
            var last = flow.getLastVisibleCell();
            shown[0] = last != null && last.getIndex() >= log.getItems().size() - 20;
        });
        return shown[0];
    }

}
