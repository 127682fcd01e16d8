package org.inkpool.app;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.inkpool.batch.ExecutionMode;
import org.inkpool.batch.ModeRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** "Compare modes" measures the first documents in 4 settings and shows a table and one sentence of advice. */
@ExtendWith(ApplicationExtension.class)
class CompareModesTest {
    private final WindowFixture fixture = new WindowFixture();
    private final List<Path> measured = new CopyOnWriteArrayList<>();
    private final List<Path> scratches = new CopyOnWriteArrayList<>();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        AppSettings settings = new AppSettings(fixture.prefs);
        settings.workers(2);
        window = fixture.open(stage, FakePool.listing(), new FakePool(2, f -> false, 0), 2);
        // a fake measurement: processes scale best, as on an idle two-core machine
        window.setModeComparer((documents, workers, scratch, each) -> {
            measured.addAll(documents);
            scratches.add(scratch);
            assertThat(scratch).isDirectory();
            List<ModeRun> runs = new ArrayList<>();
            int n = documents.size();
            for (ModeRun run : List.of(
                    ModeRun.of(ExecutionMode.PROCESSES, 1, n, n / 2.0, 6.0, n, 0, 300L << 20, 420L << 20),
                    ModeRun.of(ExecutionMode.PROCESSES, workers, n, n / 3.8, 6.4, n, 0, 310L << 20, 760L << 20),
                    ModeRun.of(ExecutionMode.THREADS, 1, n, n / 2.1, 5.9, n, 0, 450L << 20, 450L << 20),
                    ModeRun.of(ExecutionMode.THREADS, workers, n, n / 2.9, 6.2, n, 0, 600L << 20, 600L << 20))) {
                each.accept(run);
                runs.add(run);
            }
            return runs;
        });
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void compareModesShowsATableAndAdvice(FxRobot robot) throws Exception {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            paths.add(Path.of("/fake/doc-" + (100 + i) + ".docx"));
        }
        CountDownLatch added = new CountDownLatch(1);
        robot.interact(() -> {
            window.model().rows().addListener((javafx.collections.ListChangeListener<FileRow>) c -> added.countDown());
            window.addInputs(paths);
        });
        assertThat(added.await(60, TimeUnit.SECONDS)).isTrue();

        robot.clickOn("#compareButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#compareAdvice").tryQuery().isPresent()
                && !robot.lookup("#compareAdvice").queryAs(Label.class).getText().isEmpty());

        Label advice = robot.lookup("#compareAdvice").queryAs(Label.class);
        assertThat(advice.getText()).isEqualTo(
                "Separate processes with 2 workers: 1.9× faster than one worker and 1.3× faster than threads on this machine.");
        @SuppressWarnings("unchecked")
        TableView<ModeRun> table = robot.lookup("#compareTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(4);
        assertThat(table.getItems()).extracting(ModeRun::workers).containsExactly(1, 2, 1, 2);
        assertThat(table.getColumns()).hasSize(7);
        // the first 20 listed documents, and the temporary folder is gone afterwards
        assertThat(measured).hasSize(20).startsWith(Path.of("/fake/doc-100.docx").toAbsolutePath());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !Files.exists(scratches.get(0)));
        robot.interact(() -> robot.lookup("#compareClose").queryButton().fire());
    }
}
