package org.inkpool.app;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.inkpool.batch.Batches;
import org.inkpool.batch.ExecutionMode;
import org.inkpool.batch.ExistingPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The window end to end on the real batch layer (thread mode), headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final int CPUS = 6;
    private final WindowFixture fixture = new WindowFixture();
    private MainWindow window;
    @TempDir
    Path dir;

    /** Until the batch layer has landed on this branch, these tests have nothing to drive. */
    @org.junit.jupiter.api.BeforeAll
    static void batchLayerPresent() {
        boolean present;
        try {
            Batches.scan(List.of(), true);
            present = true;
        } catch (UnsupportedOperationException e) {
            present = false;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(present, "the batch layer is not merged yet");
    }

    @Start
    void start(Stage stage) {
        AppSettings settings = new AppSettings(fixture.prefs);
        settings.mode(ExecutionMode.THREADS); // workers as threads: no worker JVMs in unit tests
        settings.workers(2);
        window = fixture.open(stage, Batches::scan, Batches::start, CPUS);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private void addAndWait(FxRobot robot, Path... inputs) throws InterruptedException {
        CountDownLatch added = new CountDownLatch(1);
        robot.interact(() -> {
            window.model().rows().addListener((ListChangeListener<FileRow>) c -> added.countDown());
            window.addInputs(List.of(inputs));
        });
        assertThat(added.await(30, TimeUnit.SECONDS)).as("files added").isTrue();
    }

    private void startAndWait(FxRobot robot, String button) throws InterruptedException {
        CountDownLatch finished = WindowFixture.finishLatch(robot, window);
        robot.clickOn(button);
        WindowFixture.await(finished, 120);
        robot.interact(() -> { }); // let the handlers after the last event run
    }

    private FileRow row(String display) {
        return window.model().rows().stream().filter(r -> r.file().display().endsWith(display)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + display));
    }

    @Test
    void aDroppedFolderConvertsEveryDocument(FxRobot robot) throws Exception {
        Path folder = dir.resolve("letters");
        TestDocuments.docx(folder.resolve("one.docx"), "One", 3);
        TestDocuments.docx(folder.resolve("two.docx"), "Two", 150);
        TestDocuments.docx(folder.resolve("sub/three.docx"), "Three", 5);
        Files.writeString(folder.resolve("notes.txt"), "not a document");

        addAndWait(robot, folder);
        assertThat(window.model().rows()).hasSize(3);
        assertThat(window.model().rows()).allMatch(r -> r.status() == FileStatus.WAITING);

        startAndWait(robot, "#startButton");

        assertThat(window.model().rows()).allSatisfy(r -> {
            assertThat(r.status()).as(r.file().display()).isEqualTo(FileStatus.DONE);
            assertThat(r.pagesProperty().get()).as("pages of %s", r.file().display()).isPositive();
            assertThat(r.progressProperty().get()).isEqualTo(1.0);
            assertThat(r.pdf()).exists();
        });
        // each file's Task ended with its conversion
        robot.interact(() -> assertThat(window.model().rows()).allMatch(r ->
                r.taskProperty().get().getState() == javafx.concurrent.Worker.State.SUCCEEDED));
        assertThat(row("two.docx").pagesProperty().get()).isGreaterThan(1);
        assertThat(Files.exists(folder.resolve("sub/three.pdf"))).isTrue();
        assertThat(window.model().doneProperty().get()).isEqualTo(3);
        assertThat(robot.lookup("#summaryBar").query().isVisible()).isTrue();
        assertThat(robot.lookup("#summaryText").queryAs(Label.class).getText()).contains("3 converted");
        assertThat(window.model().logLines()).anyMatch(l -> l.file().endsWith("one.docx"));
    }

    @Test
    void aBadFileFailsWithItsReasonWhileTheRestSucceed(FxRobot robot) throws Exception {
        TestDocuments.docx(dir.resolve("good-1.docx"), "Good one", 2);
        TestDocuments.docx(dir.resolve("good-2.docx"), "Good two", 2);
        TestDocuments.empty(dir.resolve("empty.docx"));
        TestDocuments.textPretendingToBeWord(dir.resolve("renamed.docx"));
        addAndWait(robot, dir);

        startAndWait(robot, "#startButton");

        assertThat(row("good-1.docx").status()).isEqualTo(FileStatus.DONE);
        assertThat(row("good-2.docx").status()).isEqualTo(FileStatus.DONE);
        for (String bad : List.of("empty.docx", "renamed.docx")) {
            FileRow row = row(bad);
            assertThat(row.status()).as(bad).isEqualTo(FileStatus.FAILED);
            assertThat(row.detailProperty().get()).as(bad).isNotBlank();
            assertThat(row.failureKind()).as(bad).isNotNull();
            assertThat(dir.resolve(bad.replace(".docx", ".pdf"))).doesNotExist();
        }
        assertThat(window.model().logLines()).anyMatch(l -> l.file().endsWith("renamed.docx")
                && l.level() == org.inkpool.batch.BatchListener.LogLevel.ERROR);

        robot.clickOn("#filterFailed");
        TableView<?> table = robot.lookup("#fileTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);
        robot.clickOn("#filterAll");
        assertThat(table.getItems()).hasSize(4);
    }

    @Test
    void failedFilesAreRetriedInOneClick(FxRobot robot) throws Exception {
        TestDocuments.docx(dir.resolve("fine.docx"), "Fine", 2);
        Path broken = TestDocuments.textPretendingToBeWord(dir.resolve("broken.docx"));
        addAndWait(robot, dir);
        startAndWait(robot, "#startButton");
        assertThat(row("broken.docx").status()).isEqualTo(FileStatus.FAILED);
        String reason = row("broken.docx").detailProperty().get();
        assertThat(reason).isNotBlank();
        assertThat(robot.lookup("#retryButton").query().isDisabled()).isFalse();

        TestDocuments.docx(broken, "Mended", 2); // the user fixed the document
        startAndWait(robot, "#retryButton");

        assertThat(row("broken.docx").status()).isEqualTo(FileStatus.DONE);
        assertThat(row("broken.docx").pagesProperty().get()).isPositive();
        assertThat(row("broken.docx").detailProperty().get()).doesNotContain(reason);
        assertThat(row("broken.docx").failureKind()).isNull();
        assertThat(row("fine.docx").status()).isEqualTo(FileStatus.DONE); // not converted again
        assertThat(window.model().batchTotalProperty().get()).isEqualTo(1);
        assertThat(robot.lookup("#retryButton").query().isDisabled()).isTrue();
    }

    @Test
    void cancelStopsTheBatchAndLeavesNoPartialPdf(FxRobot robot) throws Exception {
        robot.interact(() -> window.options().workersSpinner().getValueFactory().setValue(1));
        for (int i = 0; i < 40; i++) {
            TestDocuments.docx(dir.resolve(String.format("doc-%02d.docx", i)), "Document " + i, 30);
        }
        addAndWait(robot, dir);
        CountDownLatch firstDone = new CountDownLatch(1);
        robot.interact(() -> window.model().doneProperty().addListener((o, a, n) -> firstDone.countDown()));
        CountDownLatch finished = WindowFixture.finishLatch(robot, window);
        robot.clickOn("#startButton");
        assertThat(firstDone.await(60, TimeUnit.SECONDS)).isTrue();
        robot.clickOn("#pauseButton"); // nothing new starts…
        robot.clickOn("#cancelButton"); // …and the rest is called off
        WindowFixture.await(finished, 60);
        robot.interact(() -> { });

        BatchModelAssertions.noRowLeftRunning(window.model());
        int cancelled = window.model().cancelledProperty().get();
        // how many finish between the first "done" and the clicks depends on the machine's load; the point is
        // that the rest were called off, none half-written
        assertThat(cancelled).isPositive();
        assertThat(window.model().doneProperty().get() + cancelled).isEqualTo(40);
        for (FileRow row : window.model().rows()) {
            Path pdf = dir.resolve(row.file().display().replace(".docx", ".pdf"));
            if (row.status() == FileStatus.CANCELLED) {
                assertThat(pdf).as("no PDF for cancelled %s", row.file().display()).doesNotExist();
            } else {
                assertThat(pdf).exists();
            }
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .allMatch(n -> n.endsWith(".docx") || n.endsWith(".pdf"), "no temporary files left");
        }
        assertThat(robot.lookup("#startButton").query().isDisabled()).isFalse(); // the cancelled ones can start again
    }

    @Test
    void workerSpinnerAndCpuLabelShowTheMachine(FxRobot robot) {
        assertThat(robot.lookup("#cpuLabel").queryAs(Label.class).getText()).isEqualTo("6 CPU cores");
        @SuppressWarnings("unchecked")
        Spinner<Integer> spinner = robot.lookup("#workersSpinner").queryAs(Spinner.class);
        var factory = (javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) spinner.getValueFactory();
        assertThat(factory.getMin()).isEqualTo(1);
        assertThat(factory.getMax()).isEqualTo(4 * CPUS);
        assertThat(spinner.getValue()).isEqualTo(2); // remembered from the settings
        robot.interact(() -> factory.setValue(4 * CPUS));
        robot.interact(() -> spinner.increment(1));
        assertThat(spinner.getValue()).isEqualTo(24);
    }

    @Test
    void settingsSurviveARestart(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.options().workersSpinner().getValueFactory().setValue(5);
            robot.lookup("#modeChoice").queryAs(javafx.scene.control.ChoiceBox.class).setValue(ExecutionMode.PROCESSES);
            robot.lookup("#existingChoice").queryAs(javafx.scene.control.ChoiceBox.class)
                    .setValue(ExistingPolicy.KEEP_BOTH);
            robot.lookup("#recursiveCheck").queryAs(javafx.scene.control.CheckBox.class).setSelected(false);
            robot.lookup("#outlineChoice").queryAs(javafx.scene.control.ChoiceBox.class).setValue(true);
            window.options().useOutputDir(dir.resolve("pdfs"));
            robot.lookup("#languageChoice").queryAs(javafx.scene.control.ChoiceBox.class)
                    .setValue(java.util.Locale.SIMPLIFIED_CHINESE);
            window.stage().setWidth(1000);
            window.stage().setHeight(700);
        });
        assertThat(robot.lookup("#startButton").queryButton().getText()).isEqualTo("开始");
        robot.interact(() -> {
            Stage stage = window.stage();
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            stage.close();
        });

        MainWindow again = fixture.reopen(robot, CPUS);
        assertThat(again.options().workersSpinner().getValue()).isEqualTo(5);
        var options = again.options().options().orElseThrow();
        assertThat(options.mode()).isEqualTo(ExecutionMode.PROCESSES);
        assertThat(options.existing()).isEqualTo(ExistingPolicy.KEEP_BOTH);
        assertThat(options.recursive()).isFalse();
        assertThat(options.conversion().bookmarksOutline()).as("bookmarks panel from Word bookmarks").isTrue();
        assertThat(robot.lookup("#outlineChoice").queryAs(javafx.scene.control.ChoiceBox.class).getConverter()
                .toString(true)).isEqualTo("Word 书签");
        assertThat(options.outputDir()).isEqualTo(dir.resolve("pdfs").toAbsolutePath());
        assertThat(again.i18n().locale()).isEqualTo(java.util.Locale.SIMPLIFIED_CHINESE);
        assertThat(again.stage().getWidth()).isEqualTo(1000);
        assertThat(again.stage().getHeight()).isEqualTo(700);
        robot.interact(() -> again.stage().close());
    }

    @Test
    void doubleClickOpensThePdfAndTheMenuCopiesTheError(FxRobot robot) throws Exception {
        TestDocuments.docx(dir.resolve("a.docx"), "A", 2);
        TestDocuments.empty(dir.resolve("b.docx"));
        addAndWait(robot, dir);
        startAndWait(robot, "#startButton");

        robot.doubleClickOn("a.docx");
        assertThat(fixture.desktop.opened).containsExactly(row("a.docx").pdf());

        // Monocle's robot makes no context-menu event of a right click: ask for the menu as the OS would
        javafx.scene.control.TableRow<?> tableRow = robot.lookup(".table-row-cell")
                .match((javafx.scene.control.TableRow<FileRow> r) -> r.getItem() != null
                        && r.getItem().file().display().equals("b.docx"))
                .queryAs(javafx.scene.control.TableRow.class);
        robot.interact(() -> {
            javafx.geometry.Point2D at = tableRow.localToScreen(20, 10);
            tableRow.fireEvent(new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 10, at.getX(), at.getY(),
                    false, null));
        });
        robot.clickOn(window.i18n().get("menu.copyError"));
        String[] clip = new String[1];
        robot.interact(() -> clip[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(clip[0]).contains("b.docx").contains(row("b.docx").detailProperty().get());
    }
}
